// What deploy/server.mjs does to every request and response around Next.js's handler, kept apart
// so that tests/unit/deploy-guards.test.ts can run it on a plain Node server. See the list at the
// top of server.mjs and docs/decisions/0007-hardening.md.
import { STATUS_CODES } from "node:http";
import { cacheControlFor, isFrameworkOnly, isInternalRequestHeader, pathOf, responseHeadersFor, securityHeaders } from "../lib/http/route-policy.mjs";

/** Node's server options: headers within 10 s (Node: 60 s, checked every 30 s), the request within 30 s (Node: 300 s). */
export const SERVER_OPTIONS = { headersTimeout: 10_000, requestTimeout: 30_000, connectionsCheckingInterval: 1_000 };

/** Drops the request headers only Next.js itself may send, before Next.js reads the request. */
function stripInternalHeaders(req) {
  const raw = req.rawHeaders;
  const kept = [];
  for (let i = 0; i < raw.length; i += 2) if (!isInternalRequestHeader(raw[i])) kept.push(raw[i], raw[i + 1]);
  if (kept.length === raw.length) return;
  // Node builds headers and headersDistinct from rawHeaders on first use, and from Node 22 on
  // rawHeaders cannot be replaced: read both first, then edit all three in place.
  const { headers, headersDistinct } = req;
  for (const name of Object.keys(headers)) {
    if (!isInternalRequestHeader(name)) continue;
    delete headers[name];
    delete headersDistinct[name];
  }
  raw.splice(0, raw.length, ...kept);
}

/** Defaults for every response; Next.js overwrites Cache-Control where it knows better. */
function setDefaultHeaders(req, res) {
  for (const { key, value } of responseHeadersFor(req.url ?? "/")) res.setHeader(key, value);
}

/**
 * Settles Cache-Control at the moment the status line is written, whoever set it before, by the
 * address the client asked for (guard() may have sent a framework-only one to the 404 page).
 */
function enforceCachePolicy(address, res) {
  const writeHead = res.writeHead;
  res.writeHead = function (statusCode, ...rest) {
    const headersArg = rest.find((arg) => arg && typeof arg === "object" && !Array.isArray(arg));
    const passedKey = headersArg && Object.keys(headersArg).find((key) => key.toLowerCase() === "cache-control");
    const current = passedKey ? String(headersArg[passedKey]) : res.getHeader("Cache-Control")?.toString();
    const settled = cacheControlFor(address, statusCode, current);
    if (passedKey) headersArg[passedKey] = settled;
    if (settled === undefined) res.removeHeader("Cache-Control");
    else res.setHeader("Cache-Control", settled);
    return writeHead.call(this, statusCode, ...rest);
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

/**
 * The longest request target answered. Finder addresses are a few hundred characters and search
 * words are capped at 100; anything longer is refused, so no answer (a trailing-slash redirect
 * echoes the query in Location and Refresh) can outgrow a proxy's header buffer.
 */
export const MAX_ADDRESS_LENGTH = 2048;
/** An encoded / or \ in the path: no address of the site has one, and Next.js loops on them (500). */
const ENCODED_SEPARATOR = /%(2f|5c)/i;

function refuse(res, status, message) {
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.writeHead(status);
  res.end(`${message}\n`);
  return true;
}

/** Request targets no page could have: refused with a 4xx before Next.js parses (or logs) them. */
function refuseOddAddresses(req, res) {
  const url = req.url ?? "";
  // Absolute form (`http://evil.example/`) and `*`: Next.js answers an off-site 308 or a 500.
  if (!url.startsWith("/")) return refuse(res, 400, "Sorry, we could not read that web address.");
  if (url.length > MAX_ADDRESS_LENGTH) return refuse(res, 414, "Sorry, that web address is too long. Check it and try again.");
  if (ENCODED_SEPARATOR.test(pathOf(url))) return refuse(res, 400, "Sorry, we could not read that web address.");
  return false;
}

/**
 * Everything before the handler runs. Returns true when the request has been answered (405,
 * or a 4xx for an address no page could have).
 */
export function guard(req, res) {
  const address = req.url ?? "/";
  setDefaultHeaders(req, res);
  enforceCachePolicy(address, res);
  if (refuseWrites(req, res)) return true;
  if (refuseOddAddresses(req, res)) return true;
  stripInternalHeaders(req);
  // The site's own script-free 404 (Next.js would answer its scripted one, or live data).
  if (isFrameworkOnly(address)) req.url = "/not-found";
  return false;
}

/**
 * What the server logs never holds a reader's answers or search words: query strings and the
 * paths of personal addresses are replaced (a Next.js error quotes the address it failed on).
 * @param {string} text
 */
export function redactAddresses(text) {
  return text
    .replace(/\/(find-advocacy|search|api|_next\/data)(?=[/?%])[^\s"'`]*/gi, "/$1[address removed]")
    .replace(/\?[^\s"'`]*=[^\s"'`]*/g, "?[query removed]");
}

/**
 * Requests Node.js refuses before our handler runs (headers too large, malformed, too slow) get
 * the same security headers as every other answer, then the connection closes.
 */
export function answerClientError(error, socket) {
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
}
