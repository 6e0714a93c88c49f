// Checks the reference deployment as an attacker would, through nginx: no request header can
// poison the shared cache, answers nginx makes itself carry the security headers, and the logs
// keep nothing personal. Run inside run-local.sh (npm run bench does):
//   deploy/run-local.sh node deploy/check-poisoning.mjs
// Exits 1 and names each failure.
import { readFileSync } from "node:fs";
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
const security = (headers, what) => {
  for (const name of ["content-security-policy", "strict-transport-security", "x-content-type-options"]) check(headers[name], `${what}: no ${name}`);
  check(/no-store/.test(headers["cache-control"] ?? ""), `${what}: Cache-Control ${headers["cache-control"]}`);
};
const asObject = (headers) => Object.fromEntries(headers.entries());
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
const logs = ["access.log", "error.log"].map((name) => {
  try {
    return { name, text: readFileSync(path.join(prefix, "logs", name), "utf8") };
  } catch {
    return { name, text: "" };
  }
});
for (const { name, text } of logs) {
  for (const secret of ["safeguarding", "domestic", "abuse", "nation=", "/find-advocacy/mha", "127.0.0.1"]) check(!text.includes(secret), `${name} records "${secret}"`);
}
const access = logs.find((log) => log.name === "access.log").text.trim().split("\n");
console.log(`Access log, last line: ${access.at(-1)}`);

if (failures.length > 0) {
  console.log(`Cache poisoning and headers check: ${failures.length} failures`);
  for (const failure of failures) console.log(`  FAIL ${failure}`);
  process.exit(1);
}
console.log(`Cache poisoning and headers check: ${Object.keys(ATTACK_HEADERS).length} headers x ${PAGES.length} pages, nginx's own 400/405/308/431, logs: all pass`);
