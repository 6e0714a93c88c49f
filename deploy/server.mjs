// The production server: Next.js's own request handler in a plain Node HTTP server, so that we
// control what `next start` does not let us (see docs/decisions/0002-caching.md):
//  0. Only GET and HEAD: everything else gets 405 here, before Next.js does any work. (A Next.js
//     proxy did this at first, but it runs as middleware on every request: removing it took a
//     prerendered page from 466 to 1,081 requests a second on this machine.)
//  1. SIGTERM: stop accepting connections, let in-flight requests finish, then exit 0
//     (`next start` 16.4.5 also drains, but exits 143, which process managers count as a failure).
//  2. 404s: Next.js forces `private, no-store` on them; we send a short public lifetime so a
//     cache in front absorbs floods of unknown addresses. Not for addresses that may carry
//     personal answers (a query string, the finder, search, the API): those stay no-store.
import { createServer } from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
// HOST, not HOSTNAME: shells often set HOSTNAME to the machine's name.
const hostname = process.env.HOST ?? "0.0.0.0";
/** Past this, requests still running are cut off so the process always ends. */
const SHUTDOWN_DEADLINE_MS = Number(process.env.SHUTDOWN_DEADLINE_MS ?? 25_000);
const NOT_FOUND_CACHE_CONTROL = "public, max-age=60";
const PRIVATE_PREFIXES = ["/find-advocacy/", "/search", "/api/"];

function mayCacheNotFound(url = "/") {
  return !url.includes("?") && !PRIVATE_PREFIXES.some((prefix) => url.startsWith(prefix));
}

let stopping = false;

const app = next({ dev: false, hostname, port, dir: process.cwd() });
await app.prepare();
const handle = app.getRequestHandler();

/** Rewrites Cache-Control at the moment the status line is written, whoever set it before. */
function shortLived404(req, res) {
  if (!mayCacheNotFound(req.url)) return;
  const writeHead = res.writeHead;
  res.writeHead = function (statusCode, ...rest) {
    if (statusCode === 404) res.setHeader("Cache-Control", NOT_FOUND_CACHE_CONTROL);
    return writeHead.call(this, statusCode, ...rest);
  };
}

/** The site only reads. */
function refuseWrites(req, res) {
  if (req.method === "GET" || req.method === "HEAD") return false;
  res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  res.end("Method not allowed. This site only answers GET and HEAD requests.\n");
  return true;
}

const server = createServer((req, res) => {
  if (refuseWrites(req, res)) return;
  // The error page's own address would answer 500 with nothing wrong: treat it as unknown.
  if (req.url === "/500" || req.url?.startsWith("/500?")) req.url = "/404";
  shortLived404(req, res);
  // While stopping, tell clients (and nginx) not to reuse this connection.
  if (stopping) res.setHeader("Connection", "close");
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.setHeader("Cache-Control", "no-store");
    }
    res.end();
  });
});
// Longer than nginx's upstream keepalive_timeout (60 s), so nginx always closes idle sockets first.
server.keepAliveTimeout = 65_000;

server.listen(port, hostname, () => {
  console.log(`Advocacy Guide listening on http://${hostname}:${port} (pid ${process.pid})`);
});

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
