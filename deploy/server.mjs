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
//  6. Every HTML 404 is pages/page-not-found as built: with an app/ directory (route handlers),
//     Next.js renders, and even prerenders as 404.html, its App Router not-found page, with nine
//     scripts.
//  7. At start it asks its own /healthz once: a broken search index stops the process with the
//     problem and the fix, instead of failing every search later.
import { readFileSync } from "node:fs";
import { createServer, STATUS_CODES } from "node:http";
import path from "node:path";
import next from "next";
import { cacheControlFor, isInternalRequestHeader, pathOf, responseHeadersFor, securityHeaders } from "../lib/http/route-policy.mjs";

const port = Number(process.env.PORT ?? 3000);
// HOST, not HOSTNAME: shells often set HOSTNAME to the machine's name.
const hostname = process.env.HOST ?? "0.0.0.0";
/** Past this, requests still running are cut off so the process always ends. */
const SHUTDOWN_DEADLINE_MS = Number(process.env.SHUTDOWN_DEADLINE_MS ?? 25_000);
/** Open connections per instance (nginx keeps at most 32 idle ones per worker to each). */
const MAX_CONNECTIONS = Number(process.env.MAX_CONNECTIONS ?? 1024);
/** A client must send all its headers within this (Node's default is 60 s, checked every 30 s)... */
const HEADERS_TIMEOUT_MS = 10_000;
/** ...and the whole request within this (Node's default is 300 s). */
const REQUEST_TIMEOUT_MS = 30_000;

let stopping = false;

/** pages/page-not-found, prerendered by the build: the answer to every unknown address. */
const NOT_FOUND_PAGE = readFileSync(path.join(process.cwd(), ".next", "server", "pages", "page-not-found.html"));
/** Addresses of error pages, which would answer 200 or 500 with nothing wrong: treated as unknown. */
const ERROR_PAGE_PATHS = ["/500", "/page-not-found"];

const app = next({ dev: false, hostname, port, dir: process.cwd() });
await app.prepare();
const handle = app.getRequestHandler();

/** Drops the request headers only Next.js itself may send, before Next.js reads the request. */
function stripInternalHeaders(req) {
  const raw = req.rawHeaders;
  const kept = [];
  for (let i = 0; i < raw.length; i += 2) if (!isInternalRequestHeader(raw[i])) kept.push(raw[i], raw[i + 1]);
  if (kept.length === raw.length) return;
  req.rawHeaders = kept;
  for (const name of Object.keys(req.headers)) if (isInternalRequestHeader(name)) delete req.headers[name];
}

/** Defaults for every response; Next.js overwrites Cache-Control where it knows better. */
function setDefaultHeaders(req, res) {
  for (const { key, value } of responseHeadersFor(req.url ?? "/")) res.setHeader(key, value);
}

/** Settles Cache-Control at the moment the status line is written, whoever set it before. */
function enforceCachePolicy(req, res) {
  const writeHead = res.writeHead;
  res.writeHead = function (statusCode, ...rest) {
    const headersArg = rest.find((arg) => arg && typeof arg === "object" && !Array.isArray(arg));
    const passedKey = headersArg && Object.keys(headersArg).find((key) => key.toLowerCase() === "cache-control");
    const current = passedKey ? String(headersArg[passedKey]) : res.getHeader("Cache-Control")?.toString();
    const settled = cacheControlFor(req.url ?? "/", statusCode, current);
    if (passedKey) headersArg[passedKey] = settled;
    if (settled === undefined) res.removeHeader("Cache-Control");
    else res.setHeader("Cache-Control", settled);
    return writeHead.call(this, statusCode, ...rest);
  };
}

/**
 * When Next.js answers an HTML 404, send pages/page-not-found instead of whatever it rendered.
 * Decided as the status line is written (Next's compression writes it before the body), and
 * the body Next.js then writes is dropped.
 */
function plainNotFoundPage(req, res) {
  const { writeHead, write, end, flushHeaders } = res;
  let swap = false;
  const isHtml404 = (statusCode) => statusCode === 404 && /^text\/html/i.test(String(res.getHeader("Content-Type") ?? ""));
  res.writeHead = function (statusCode, ...rest) {
    if (!res.headersSent && isHtml404(statusCode)) {
      swap = true;
      for (const name of ["ETag", "Content-Encoding", "Transfer-Encoding", "Vary"]) res.removeHeader(name);
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Content-Length", NOT_FOUND_PAGE.length);
    }
    return writeHead.call(this, statusCode, ...rest);
  };
  // Whoever writes first: make sure the decision is taken before any byte of the body.
  const headFirst = () => {
    if (!res.headersSent && isHtml404(res.statusCode)) res.writeHead(res.statusCode);
  };
  res.write = function (chunk, ...rest) {
    headFirst();
    if (!swap) return write.call(this, chunk, ...rest);
    rest.find((arg) => typeof arg === "function")?.();
    return true;
  };
  res.end = function (...args) {
    headFirst();
    if (!swap) return end.apply(this, args);
    return end.call(this, req.method === "HEAD" ? undefined : NOT_FOUND_PAGE, args.find((arg) => typeof arg === "function"));
  };
  res.flushHeaders = function () {
    headFirst();
    return flushHeaders.call(this);
  };
}

const hasBody = (req) => Number(req.headers["content-length"] ?? 0) > 0 || req.headers["transfer-encoding"] !== undefined;

/** The site only reads. A refused body is never read: the connection closes after the answer. */
function refuseWrites(req, res) {
  if (req.method === "GET" || req.method === "HEAD") return false;
  const body = hasBody(req);
  if (body) res.setHeader("Connection", "close");
  res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
  res.end("Method not allowed. This site only answers GET and HEAD requests.\n");
  if (body) res.on("finish", () => req.socket.destroySoon());
  return true;
}

const server = createServer(
  { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1_000 },
  (req, res) => {
    setDefaultHeaders(req, res);
    enforceCachePolicy(req, res);
    if (refuseWrites(req, res)) return;
    plainNotFoundPage(req, res);
    stripInternalHeaders(req);
    if (ERROR_PAGE_PATHS.includes(pathOf(req.url))) req.url = "/404";
    // While stopping, tell clients (and nginx) not to reuse this connection.
    if (stopping) res.setHeader("Connection", "close");
    handle(req, res).catch((error) => {
      // The message only, never the address: it may hold someone's answers (see the privacy page).
      console.error(`Request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  },
);
server.maxConnections = MAX_CONNECTIONS;
// Longer than nginx's upstream keepalive_timeout (60 s), so nginx always closes idle sockets first.
server.keepAliveTimeout = 65_000;

/**
 * Requests Node.js refuses before our handler runs (headers too large, malformed, too slow) get
 * the same security headers as every other answer, then the connection closes.
 */
server.on("clientError", (error, socket) => {
  if (!socket.writable || error.code === "ECONNRESET") return socket.destroy();
  const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
  const body = `${STATUS_CODES[status]}\n`;
  const headers = [
    ...securityHeaders(false).map(({ key, value }) => `${key}: ${value}`),
    "Cache-Control: no-store",
    "Content-Type: text/plain; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Connection: close",
  ];
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${headers.join("\r\n")}\r\n\r\n${body}`);
});

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
    console.error(`Start-up check failed: ${address} answered ${response.status}:\n${await response.text()}`);
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
