// Checks the reference deployment as an attacker would, through nginx: no request header can
// poison the shared cache, answers nginx makes itself carry the security headers, and the logs
// keep nothing personal. It replays the reproduction steps of the 4 December 2026 security test
// (docs/decisions/0008-hardening-2.md names each finding: H1, H2, M1, ...). Run inside
// run-local.sh (npm run bench does):
//   deploy/run-local.sh node deploy/check-poisoning.mjs
// Exits 1 and names each failure.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import path from "node:path";
import { INTERNAL_REQUEST_HEADERS } from "../lib/http/route-policy.mjs";

const base = process.env.PROXY_URL;
const prefix = process.env.PROXY_PREFIX;
if (!base || !prefix) {
  console.error("Run inside deploy/run-local.sh, which sets PROXY_URL and PROXY_PREFIX.");
  process.exit(2);
}
const { port } = new URL(base);

/** Headers a poisoner would try: Next.js's own, plus ones that change other frameworks' answers. */
const ATTACK_HEADERS = {
  ...Object.fromEntries(INTERNAL_REQUEST_HEADERS.map((name) => [name, "1"])),
  "next-url": "/search",
  "x-matched-path": "/api/finder",
  "x-middleware-rewrite": "/search?q=abuse",
  "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware",
  "x-invoke-path": "/api/finder",
  "x-forwarded-host": "evil.example",
  "x-original-url": "/api/finder",
  "x-rewrite-url": "/api/finder",
  "accept": "text/x-component",
  "user-agent": "Googlebot/2.1",
};
const PAGES = ["/", "/your-rights", "/find-advocacy"];
const failures = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
};

const h1Of = (html) => html.match(/<h1[^>]*>([^<]*)/)?.[1];

/** Exactly the bytes given; returns the status line and headers. */
function raw(text) {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1", () => socket.write(text));
    let received = "";
    socket.on("data", (chunk) => (received += chunk.toString("latin1")));
    socket.on("close", () => {
      const [statusLine = "", ...lines] = received.split("\r\n\r\n")[0].split("\r\n");
      resolve({ status: Number(statusLine.split(" ")[1]), headers: Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(":")).toLowerCase(), l.slice(l.indexOf(":") + 1).trim()])) });
    });
    socket.on("error", reject);
  });
}

const security = (headers, what) => {
  for (const name of ["content-security-policy", "strict-transport-security", "x-content-type-options"]) check(headers[name], `${what}: no ${name}`);
  check(/no-store/.test(headers["cache-control"] ?? ""), `${what}: Cache-Control ${headers["cache-control"]}`);
};
const asObject = (headers) => Object.fromEntries(headers.entries());
/** On a connection of its own: nginx closes one after a 412 it answers from its cache. */
const getAlone = (address, headers = {}) =>
  new Promise((resolve, reject) => {
    const req = request(new URL(address, base), { headers, agent: false }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
const get = async (address, headers = {}, method = "GET") => {
  const started = Date.now();
  const response = await fetch(new URL(address, base), { headers, method, redirect: "manual" }).catch((error) => {
    throw new Error(`${method} ${address.slice(0, 80)} with ${JSON.stringify(headers).slice(0, 200)}: ${error.cause?.message ?? error.message}`);
  });
  const body = await response.text();
  return { status: response.status, headers: asObject(response.headers), body, ms: Date.now() - started };
};
const scriptSources = (html) => [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/src="\/enhance\.js"|type="application\/ld\+json"/.test(tag));

const appPorts = (process.env.APP_PORTS ?? "").split(/\s+/).filter(Boolean);
// Pages nobody has asked for yet, so each attack below meets an empty cache (a miss is when an
// instance answers, and what it answers is stored).
const sitemap = await (await fetch(new URL("/sitemap.xml", base))).text();
const unvisited = [...sitemap.matchAll(/<loc>[^<]*?(\/[^<]*)<\/loc>/g)]
  .map((m) => new URL(m[1], base).pathname)
  .filter((p) => !["/", "/your-rights", "/find-advocacy", "/about", "/search"].includes(p));

// H1. A conditional request, or HEAD, on a page nobody has fetched: the next visitor still gets
// the whole page. First the report's own step, then every conditional header on a fresh page.
const conditionals = [
  ["your-rights, If-None-Match: *", "/your-rights", { "if-none-match": "*" }],
  ["If-None-Match: *", unvisited[0], { "if-none-match": "*" }],
  // The page's own ETag, asked of an instance directly so nginx's cache stays empty.
  ["If-None-Match: its ETag", unvisited[1], { "if-none-match": (await fetch(`http://127.0.0.1:${appPorts[0]}${unvisited[1]}`)).headers.get("etag") ?? '"x"' }],
  ["If-Modified-Since (future)", unvisited[2], { "if-modified-since": "Fri, 01 Jan 2100 00:00:00 GMT" }],
  ["If-Match", unvisited[3], { "if-match": '"x"' }],
  ["If-Unmodified-Since (past)", unvisited[4], { "if-unmodified-since": "Thu, 01 Jan 1970 00:00:00 GMT" }],
  ["If-Range with Range", unvisited[5], { "if-range": '"x"', range: "bytes=0-10" }],
  ["Range", unvisited[6], { range: "bytes=0-10" }],
];
for (const [what, page, headers] of conditionals) {
  const attack = await getAlone(page, headers);
  if (attack.status >= 400) security(attack.headers, `H1 ${what} on ${page}: nginx's ${attack.status}`);
  for (const visitor of [await get(page), await get(page)]) {
    check(visitor.status === 200 && visitor.body.includes("<h1"), `H1 ${what} on ${page}: then a visitor got ${visitor.status} (${visitor.headers["x-cache-status"]}, ${visitor.body.length} bytes)`);
  }
}
{
  const page = unvisited[7];
  const head = await fetch(new URL(page, base), { method: "HEAD" });
  check(head.status === 200, `H1 HEAD on ${page}: ${head.status}`);
  const visitor = await get(page);
  check(visitor.status === 200 && visitor.body.includes("<h1"), `H1 HEAD on ${page}: then a visitor got ${visitor.status} (${visitor.body.length} bytes)`);
  // nginx answers the conditional from its cache: a 304 to the one who asked, the page to the rest.
  const etag = visitor.headers.etag;
  if (etag) check((await get(page, { "if-none-match": etag })).status === 304, `H1 ${page}: nginx does not answer If-None-Match from its cache`);
}

// H2. Long addresses (the report's ten 4,000-character ones, then ten of 7,000) never take an
// instance out of service: every later finder, API and search request is answered.
const longAnswers = [];
for (const size of [4000, 7000]) {
  for (let i = 0; i < 10; i++) longAnswers.push(await get(`/your-rights/?x=${"a".repeat(size)}&n=${i}`));
}
for (const answer of longAnswers) {
  check(answer.status < 500, `H2 long address: ${answer.status}`);
  check((answer.headers.location ?? "").length <= 2048, `H2 long address: Location of ${answer.headers.location?.length} characters`);
  if (answer.status >= 400) security(answer.headers, `H2 long address: ${answer.status}`);
}
for (let i = 0; i < 4; i++) {
  for (const address of ["/api/finder?nation=wales&topic=other", "/find-advocacy/result?nation=england&topic=safeguarding", "/search?q=imha"]) {
    const after = await get(address);
    check(after.status < 500, `H2 after long addresses: ${address} answered ${after.status}`);
  }
}

// M1. Identical requests to a never-cached address do not queue behind a cache lock.
{
  const same = await Promise.all(Array.from({ length: 10 }, () => get("/find-advocacy/nation")));
  const slowest = Math.max(...same.map((r) => r.ms));
  check(same.every((r) => r.status === 200 && !r.headers["x-cache-status"]), `M1 finder start: answered via the cache (${same.map((r) => r.headers["x-cache-status"]).join(",")})`);
  // With the lock the tenth waited 4.5 s or more (0.5 s per request before it).
  check(slowest < 2500, `M1 ten identical finder requests: the slowest took ${slowest} ms`);
  console.log(`M1: ten identical /find-advocacy/nation requests at once, slowest ${slowest} ms`);
}

// M4. A request that announces a body, sent a byte a second, is refused at once, not held.
{
  const started = Date.now();
  const answer = await new Promise((resolve) => {
    let received = "";
    const socket = connect(Number(port), "127.0.0.1", () => socket.write("GET /your-rights HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\nx"));
    const timer = setInterval(() => socket.writable && socket.write("x"), 1000);
    const done = () => (clearInterval(timer), clearTimeout(cap), socket.destroy(), resolve(received.split("\r\n")[0]));
    const cap = setTimeout(done, 15_000);
    socket.on("data", (chunk) => (received += chunk.toString("latin1")));
    socket.on("close", done);
    socket.on("error", done);
  });
  const seconds = (Date.now() - started) / 1000;
  check(/^HTTP\/1\.1 413/.test(answer) && seconds < 8, `M4 slow body on a page: "${answer}" after ${seconds} s`);
}

// M5. Encoded slashes: a 4xx with headers, never a 5xx (the log check below looks for the answers).
for (const address of ["/find-advocacy%2Fresult?nation=england&topic=safeguarding", "/api%2Ffinder", "/search%2F?q=domestic+abuse", "/your-rights%5Cx"]) {
  const answer = await get(address);
  check(answer.status >= 400 && answer.status < 500, `M5 ${address}: ${answer.status}`);
  security(answer.headers, `M5 ${address}`);
}

// L1, L2. Framework-only addresses: the site's own 404, no framework script, no live data.
const buildId = readFileSync(".next/BUILD_ID", "utf8").trim();
for (const address of ["/_app", "/_document", "/_next/data/x", `/_next/data/${buildId}/search.json?q=x`, `/_next/data/${buildId}/find-advocacy/mha.json?nation=england&topic=mental-health`, `/_next/data/${buildId}/your-rights.json`, "/_next/image?url=%2Ficon.svg&w=64&q=75"]) {
  const answer = await get(address);
  check(answer.status === 404 && answer.body.includes("Page not found"), `L1/L2 ${address}: ${answer.status} ${answer.body.slice(0, 60)}`);
  check(scriptSources(answer.body).length === 0, `L1 ${address}: scripts ${scriptSources(answer.body).join(" ")}`);
}

// L3, L7. nginx's own redirects and other host names.
{
  const folder = await getAlone("/_next/static/chunks", { host: "evil.example" });
  check(!folder.headers.location && !/public/.test(folder.headers["cache-control"] ?? ""), `L3 /_next/static/chunks with another Host: ${folder.status} ${folder.headers.location ?? ""} ${folder.headers["cache-control"]}`);
  const own = await get("/_next/static/chunks");
  check(own.status === 404 && !own.headers.location, `L3 /_next/static/chunks: ${own.status} ${own.headers.location ?? ""}`);
  security(own.headers, "L3 /_next/static/chunks");
  security((await get("/_next/static/")).headers, "L4 /_next/static/ (a folder)");
  for (let i = 0; i < 2; i++) {
    const other = await getAlone("/your-rights", { host: "a1.invalid" });
    check(other.status === 421 && !other.headers["x-cache-status"], `L7 Host a1.invalid: ${other.status} ${other.headers["x-cache-status"] ?? ""}`);
    security(other.headers, "L7 Host a1.invalid");
  }
}

// L4. Answers nginx makes itself: 412, 413 (finder and page), HTTP/1.0 health check with no Host.
{
  await get("/about");
  const precondition = await getAlone("/about", { "if-match": '"x"' });
  check(precondition.status === 412, `L4 If-Match: ${precondition.status}`);
  security(precondition.headers, "L4 412");
  for (const address of ["/find-advocacy/nation", "/your-rights"]) {
    const body = await raw(`GET ${address} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: 5000\r\n\r\n${"x".repeat(5000)}`);
    check(body.status === 413, `L4 GET ${address} with a 5 KB body: ${body.status}`);
    security(body.headers, `L4 413 on ${address}`);
  }
  const old = await raw("GET /healthz HTTP/1.0\r\n\r\n");
  check(old.status === 200, `L4 GET /healthz HTTP/1.0 with no Host: ${old.status}`);
}

// M2. An instance that exits is started again, and meanwhile the others answer everything.
// Let the per-client rate limit on finder, search and API addresses refill first.
await new Promise((resolve) => setTimeout(resolve, 3000));
if (appPorts.length > 1) {
  const victim = appPorts[0];
  const pid = execFileSync("bash", ["-c", `ss -ltnpH 'sport = :${victim}' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2`], { encoding: "utf8" }).trim();
  check(pid !== "", `M2: no process listening on ${victim}`);
  if (pid) {
    process.kill(Number(pid), "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const during = await Promise.all(Array.from({ length: 12 }, (_, i) => get(i % 2 ? "/api/finder?nation=wales&topic=other" : "/search?q=care")));
    check(during.every((r) => r.status === 200), `M2 with one instance stopped: ${during.map((r) => r.status).join(",")}`);
    let back = false;
    for (let i = 0; i < 60 && !back; i++) {
      back = await fetch(`http://127.0.0.1:${victim}/healthz`).then((r) => r.ok, () => false);
      if (!back) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    check(back, `M2 the instance on ${victim} was not started again within 60 s`);
    check(readdirSync(path.join(prefix, "logs")).includes(`app-${victim}.log`), `M2 the log of ${victim} is gone`);
  }
} else failures.push("M2: APP_PORTS is not set (run inside deploy/run-local.sh)");

// 1. Each attack header, then a plain visitor: the visitor gets the real page.
for (const page of PAGES) {
  const expected = h1Of(await (await fetch(new URL(page, base))).text());
  for (const [name, value] of Object.entries(ATTACK_HEADERS)) {
    const attack = await fetch(new URL(page, base), { headers: { [name]: value }, redirect: "manual" });
    await attack.arrayBuffer();
    check(attack.status === 200, `${page} with ${name}: ${attack.status} ${attack.headers.get("location") ?? ""}`);
    const visitor = await fetch(new URL(page, base), { redirect: "manual" });
    const html = await visitor.text();
    check(visitor.status === 200 && h1Of(html) === expected, `${page} after ${name}: visitor got ${visitor.status} (${visitor.headers.get("x-cache-status")})`);
  }
}

// 2. Answers nginx makes itself.
const bad = await raw("GET /%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
check(bad.status === 400, `bad %-encoding: ${bad.status}`);
security(bad.headers, "400");
const post = await fetch(base, { method: "POST", body: "x" });
check(post.status === 405 && post.headers.get("allow") === "GET, HEAD", `POST: ${post.status}`);
security(asObject(post.headers), "405");
const slash = await fetch(new URL("/find-advocacy/result/?nation=england", base), { redirect: "manual" });
check(slash.status === 308, `trailing slash: ${slash.status}`);
security(asObject(slash.headers), "308");
const big = await raw(`GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nX-Padding: ${"a".repeat(40_000)}\r\n\r\n`);
check(big.status === 400 || big.status === 431 || big.status === 494, `huge header: ${big.status}`);
security(big.headers, `huge header (${big.status})`);

// 3. Logs: a finder answer and a search leave no query string, question or client address.
await fetch(new URL("/find-advocacy/result?nation=england&topic=safeguarding&who=someone", base)).then((r) => r.arrayBuffer());
await fetch(new URL("/find-advocacy/mha?nation=england&topic=mental-health", base)).then((r) => r.arrayBuffer());
await fetch(new URL("/search?q=domestic+abuse", base)).then((r) => r.arrayBuffer());
await new Promise((resolve) => setTimeout(resolve, 500));
const logs = ["access.log", "error.log", ...readdirSync(path.join(prefix, "logs")).filter((name) => name.startsWith("app-"))].map((name) => {
  try {
    return { name, text: readFileSync(path.join(prefix, "logs", name), "utf8") };
  } catch {
    return { name, text: "" };
  }
});
for (const { name, text } of logs) {
  // An instance's log names its own listening address; nginx's logs name no address at all.
  const secrets = ["safeguarding", "domestic", "abuse", "nation=", "/find-advocacy/mha", ...(name.startsWith("app-") ? [] : ["127.0.0.1"])];
  for (const secret of secrets) check(!text.includes(secret), `${name} records "${secret}"`);
}
const access = logs.find((log) => log.name === "access.log").text.trim().split("\n");
console.log(`Access log, last line: ${access.at(-1)}`);

// L4. Last, as it spends this client's allowance: a 429 at an address ending .json is plain text.
{
  const burst = await Promise.all(Array.from({ length: 70 }, () => get("/api/finder.json?nation=wales")));
  const refused = burst.find((r) => r.status === 429);
  check(refused !== undefined, `L4 70 requests at once to /api/finder.json: no 429 (${[...new Set(burst.map((r) => r.status))].join(",")})`);
  if (refused) {
    check(/^text\/plain/.test(refused.headers["content-type"] ?? ""), `L4 429 at a .json address: Content-Type ${refused.headers["content-type"]}`);
    security(refused.headers, "L4 429");
  }
}

if (failures.length > 0) {
  console.log(`Cache poisoning and headers check: ${failures.length} failures`);
  for (const failure of failures) console.log(`  FAIL ${failure}`);
  process.exit(1);
}
console.log(`Cache poisoning and headers check: ${Object.keys(ATTACK_HEADERS).length} headers x ${PAGES.length} pages, ${conditionals.length} conditionals and HEAD, long and encoded addresses, framework routes, other hosts, request bodies, nginx's own 400/405/308/412/413/431, an instance stopped, logs: all pass`);
