// The production server: Next.js's own request handler in a plain Node HTTP server, so that we
// control what `next start` does not let us (see docs/decisions/0002-caching.md, 0007-hardening.md):
//  0. Only GET and HEAD: everything else gets 405 here, before Next.js does any work. (A Next.js
//     proxy did this at first, but it runs as middleware on every request: removing it took a
//     prerendered page from 466 to 1,081 requests a second on this machine.)
//  1. SIGTERM: stop accepting connections, let in-flight requests finish, then exit 0
//     (`next start` 16.4.5 also drains, but exits 143, which process managers count as a failure).
//  2. The route-policy table (lib/http/route-policy.mjs) settles Cache-Control as the status line
//     is written: a 404 at an address that cannot carry anything personal is briefly public, so a
//     cache in front absorbs floods of unknown addresses (Next.js forces `private, no-store`);
//     no redirect, error or personal answer is ever public, whoever set the header before.
//  3. Security headers on every response, including those Next.js answers without its headers()
//     (400 for bad %-encoding, 308 trailing-slash redirects) and those it never sees (405, 431).
//  4. Request headers that only Next.js's own client router, middleware or host may send are
//     dropped before Next.js reads them (`RSC: 1` turned a public page into a cacheable redirect).
//  5. Slow and greedy clients are cut off: headers within 10 s, the whole request within 30 s,
//     a cap on open connections, and a refused request with a body is not read to its end.
//  (Every 404 is pages/not-found, script-free: next.config.ts rewrites unmatched addresses to it,
//     since with an app/ directory Next.js would render its App Router not-found page; 0005.)
//  6. At start it asks its own /healthz once: a broken search index stops the process with the
//     problem and the fix, instead of failing every search later.
//  7. Addresses no page could have (over 2,048 characters, an encoded / or \, absolute form) get a
//     4xx before Next.js sees them; framework-only addresses (/_next/data, /_app, ...) get the
//     site's own 404; nothing the process logs keeps a query string or a personal address.
import { createServer } from "node:http";
import { format } from "node:util";
import next from "next";
import { answerClientError, guard, redactAddresses, SERVER_OPTIONS } from "./guards.mjs";

// Every line this process writes through console, Next.js's own included, loses query strings
// and personal paths first (see the privacy page).
for (const method of ["log", "info", "warn", "error"]) {
  const write = console[method].bind(console);
  console[method] = (...args) => write(redactAddresses(format(...args)));
}

const port = Number(process.env.PORT ?? 3000);
// HOST, not HOSTNAME: shells often set HOSTNAME to the machine's name.
const hostname = process.env.HOST ?? "0.0.0.0";
/** Past this, requests still running are cut off so the process always ends. */
const SHUTDOWN_DEADLINE_MS = Number(process.env.SHUTDOWN_DEADLINE_MS ?? 25_000);
/** Open connections per instance (nginx keeps at most 32 idle ones per worker to each). */
const MAX_CONNECTIONS = Number(process.env.MAX_CONNECTIONS ?? 1024);

let stopping = false;

const app = next({ dev: false, hostname, port, dir: process.cwd() });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer(SERVER_OPTIONS, (req, res) => {
  if (guard(req, res)) return;
  // While stopping, tell clients (and nginx) not to reuse this connection.
  if (stopping) res.setHeader("Connection", "close");
  handle(req, res).catch((error) => {
    // The message only, never the address: it may hold someone's answers (see the privacy page).
    console.error(`Request failed: ${error instanceof Error ? error.message : String(error)}`);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.maxConnections = MAX_CONNECTIONS;
// Longer than nginx's upstream keepalive_timeout (60 s), so nginx always closes idle sockets first.
server.keepAliveTimeout = 65_000;

server.on("clientError", answerClientError);

server.listen(port, hostname, () => {
  console.log(`Advocacy Guide listening on http://${hostname}:${port} (pid ${process.pid})`);
  void checkHealthOnce();
});

/** A fault found at start (a broken search index) stops the process with its message and fix. */
async function checkHealthOnce() {
  const host = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
  const address = `http://${host.includes(":") ? `[${host}]` : host}:${port}/healthz`;
  try {
    const response = await fetch(address);
    if (response.ok) return;
    // The problem and its fix are in the log above (the /healthz handler writes them there).
    console.error(`Start-up check failed: ${address} answered ${response.status} ${(await response.text()).trim()}; see the message above.`);
  } catch (error) {
    console.error(`Start-up check could not reach ${address}: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}

function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: no new connections; finishing requests in flight`);
  server.close(() => {
    console.log("All requests finished; exiting");
    process.exit(0);
  });
  // close() ends only the sockets idle right now; a keep-alive socket whose response finishes
  // later would hold the server open, so keep ending idle ones until none are left.
  server.closeIdleConnections();
  setInterval(() => server.closeIdleConnections(), 100).unref();
  setTimeout(() => {
    console.error(`Requests still running after ${SHUTDOWN_DEADLINE_MS} ms; closing them`);
    server.closeAllConnections();
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
