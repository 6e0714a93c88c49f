// Sends random and hostile addresses to a loopback server and counts answers of 500 or more.
// Seeded, so a failing case can be replayed. Usage: node bench/fuzz.mjs [baseUrl] [count]
import http from "node:http";

/** mulberry32: a tiny seeded generator, so every run sends the same cases. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROUTES = ["/", "/search", "/find-advocacy", "/find-advocacy/nation", "/find-advocacy/topic", "/find-advocacy/result", "/api/finder", "/healthz", "/your-rights", "/glossary", "/sitemap.xml", "/robots.txt", "/_next/static/chunks/x.js", "/_next/data/build/index.json", "/_next/image", "/404", "/500", "/_error", "/_app", "/_document", "/api", "/api/finder/x"];
const KEYS = ["q", "nation", "topic", "mha", "answering", "difficulty", "support", "capacity", "url", "w", "__proto__", "constructor", "q[]", "nation[0]", "_rsc", "__nextDataReq", "x-middleware-prefetch"];
const VALUES = ["england", "wales", "scotland", "northern-ireland", "mental-health", "detained", "yes", "no", "", "%00", "%", "%zz", "%E0%A4%A", "..%2f..%2f", "<script>", "'\"", "(a+)+$", "[", "\\", "%F0%9F%98%80", "null", "undefined", "-1", "1e309", "NaN"];
const SEGMENTS = ["..", ".", "%2e%2e", "%2f", "%5c", "%00", "%ff", "~", "*", ";", "@", ":", "index", "api", "_next", "static", "find-advocacy", "result", "%E2%80%AE", "a".repeat(300)];
const CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@%/?#[]";

/** Node refuses to send some bytes in a path; percent-encode anything outside visible ASCII. */
const sendable = (path) => path.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));

export function fuzzCases(count, seed = 5) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const cases = [];
  for (let i = 0; i < count; i++) {
    const kind = rand();
    let path;
    if (kind < 0.35) {
      const params = Array.from({ length: Math.floor(rand() * 5) }, () => `${pick(KEYS)}=${pick(VALUES)}`);
      path = `${pick(ROUTES)}${params.length ? `?${params.join("&")}` : ""}`;
    } else if (kind < 0.6) {
      path = `/${Array.from({ length: 1 + Math.floor(rand() * 6) }, () => pick(SEGMENTS)).join("/")}`;
    } else if (kind < 0.85) {
      path = `/${Array.from({ length: 1 + Math.floor(rand() * 60) }, () => pick(CHARS.split(""))).join("")}`;
    } else if (kind < 0.95) {
      path = `/search?q=${Array.from({ length: Math.floor(rand() * 150) }, () => String.fromCharCode(Math.floor(rand() * 0x3000))).map(encodeURIComponent).join("")}`;
    } else {
      path = `${pick(ROUTES)}${"/x".repeat(Math.floor(rand() * 2000))}`;
    }
    cases.push(sendable(path));
  }
  return cases;
}

function send(agent, base, path) {
  return new Promise((resolve) => {
    const req = http.request({ host: base.hostname, port: base.port, path, agent, method: "GET", timeout: 15_000 }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode }));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (error) => resolve({ error: error.message }));
    req.end();
  });
}

export async function fuzz(baseUrl, count = 10_000, concurrency = 20) {
  const base = new URL(baseUrl);
  if (base.hostname !== "127.0.0.1") throw new Error("Fuzz only a server on 127.0.0.1");
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const cases = fuzzCases(count);
  const byStatus = new Map();
  const failures = [];
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < cases.length) {
        const path = cases[next++];
        const { status, error } = await send(agent, base, path);
        const key = status ?? "error";
        byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
        if (error || status >= 500) failures.push({ path: path.slice(0, 200), status, error });
      }
    }),
  );
  agent.destroy();
  return { count, seconds: (Date.now() - started) / 1000, byStatus: Object.fromEntries([...byStatus].sort()), failures };
}

export function printFuzz(result) {
  const fivexx = result.failures.filter((f) => f.status >= 500).length;
  const errors = result.failures.filter((f) => f.error).length;
  console.log(`\n## Fuzz: ${result.count} random and hostile addresses in ${result.seconds.toFixed(1)} s`);
  console.log(`  responses by status: ${JSON.stringify(result.byStatus)}`);
  console.log(`  answers >= 500: ${fivexx} (goal 0); connection errors: ${errors}`);
  for (const f of result.failures.slice(0, 10)) console.log(`    ${f.status ?? f.error}  ${f.path}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await fuzz(process.argv[2] ?? "http://127.0.0.1:3301/", Number(process.argv[3] ?? 10_000));
  printFuzz(result);
  process.exitCode = result.failures.length ? 1 : 0;
}
