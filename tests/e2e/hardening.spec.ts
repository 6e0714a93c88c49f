import { connect } from "node:net";
import { expect, test, type APIResponse } from "@playwright/test";
import { INTERNAL_REQUEST_HEADERS } from "@/lib/http/route-policy.mjs";
import { isAllowedScript, scriptsIn } from "./support";

const PORT = Number(process.env.E2E_PORT ?? 3100);

/** One header from each family Next.js treats as its own, with values that change its answer. */
const INTERNAL_HEADERS: Record<string, string> = {
  ...Object.fromEntries(INTERNAL_REQUEST_HEADERS.map((name) => [name, "1"])),
  "next-router-state-tree": encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }, null, null, true])),
  "next-url": "/search",
  "x-matched-path": "/api/finder",
  "x-now-route-matches": "slug=search",
  "x-nextjs-data": "1",
  "x-middleware-rewrite": "/search?q=abuse",
  "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware",
  "x-invoke-path": "/api/finder",
  "x-invoke-status": "500",
};
const PUBLIC_PAGES = ["/", "/your-rights", "/find-advocacy"];

const SECURITY_HEADERS = ["content-security-policy", "strict-transport-security", "x-content-type-options"];

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  for (const name of SECURITY_HEADERS) expect(headers[name], `${what}: ${name}`).toBeTruthy();
  expect(headers["content-security-policy"], what).toContain("script-src 'self'");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
}

/** Sends bytes exactly as given (no client tidies them) and returns the status and headers. */
function rawRequest(text: string): Promise<{ status: number; headers: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(PORT, "127.0.0.1", () => socket.write(text));
    let received = "";
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
      if (received.includes("\r\n\r\n")) socket.destroy();
    });
    socket.on("close", () => {
      const [statusLine = "", ...lines] = received.split("\r\n\r\n")[0]!.split("\r\n");
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]));
      resolve({ status: Number(statusLine.split(" ")[1]), headers });
    });
    socket.on("error", reject);
  });
}

/** Seconds until the server closes a connection, sending `onConnect` then `tick` every tickMs. */
function untilClosed(onConnect: string, tick: string | Buffer, tickMs: number, capSeconds: number): Promise<{ seconds: number; statusLine: string }> {
  return new Promise((resolve) => {
    let received = "";
    const started = Date.now();
    let timer: ReturnType<typeof setInterval> | undefined;
    // Ticks start once the request line is written: a socket buffers writes before it connects,
    // so a tick scheduled earlier could reach the server ahead of the request line.
    const socket = connect(PORT, "127.0.0.1", () => {
      socket.write(onConnect);
      timer = setInterval(() => socket.writable && socket.write(tick), tickMs);
    });
    const done = () => {
      clearInterval(timer);
      clearTimeout(cap);
      socket.destroy();
      resolve({ seconds: (Date.now() - started) / 1000, statusLine: received.split("\r\n")[0] ?? "" });
    };
    const cap = setTimeout(done, capSeconds * 1000);
    socket.on("data", (chunk) => (received += chunk.toString("latin1")));
    socket.on("close", done);
    socket.on("error", done);
  });
}

function isCacheableRedirect(response: APIResponse) {
  const status = response.status();
  return status >= 300 && status < 400 && !/no-store/.test(response.headers()["cache-control"] ?? "");
}

test("Next.js's internal request headers never change a public page or make a cacheable redirect", async ({ request }) => {
  for (const path of PUBLIC_PAGES) {
    const plain = await request.get(path);
    const h1 = (await plain.text()).match(/<h1[^>]*>([^<]*)/)?.[1];
    for (const [name, value] of Object.entries(INTERNAL_HEADERS)) {
      const response = await request.get(path, { headers: { [name]: value }, maxRedirects: 0 });
      const what = `${path} with ${name}`;
      expect(isCacheableRedirect(response), what).toBe(false);
      expect(response.status() === 200 || /no-store/.test(response.headers()["cache-control"] ?? ""), what).toBe(true);
      expect(response.headers()["content-type"], what).toContain("text/html");
      expect((await response.text()).match(/<h1[^>]*>([^<]*)/)?.[1], what).toBe(h1);
    }
  }
});

test("400, 405, 308 and 431 answers carry the security headers and are never cached", async ({ request }) => {
  const badEncoding = await rawRequest("GET /%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  expect(badEncoding.status).toBe(400);
  expectSecurityHeaders(badEncoding.headers, "400");
  expect(badEncoding.headers["cache-control"]).toContain("no-store");

  const post = await request.post("/", { data: "x" });
  expect(post.status()).toBe(405);
  expectSecurityHeaders(post.headers(), "405");
  expect(post.headers()["cache-control"]).toBe("no-store");

  for (const path of ["/your-rights/", "/find-advocacy/result/?nation=england&topic=mental-health"]) {
    const redirect = await request.get(path, { maxRedirects: 0 });
    expect(redirect.status(), path).toBe(308);
    expectSecurityHeaders(redirect.headers(), `308 ${path}`);
    expect(redirect.headers()["cache-control"], path).toBe("no-store");
  }

  const tooLarge = await rawRequest(`GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ${"a".repeat(20_000)}\r\n\r\n`);
  expect(tooLarge.status).toBe(431);
  expectSecurityHeaders(tooLarge.headers, "431");
  expect(tooLarge.headers["cache-control"]).toBe("no-store");
});

test("no error page ships a script or Next.js data", async ({ request }) => {
  const errorAnswers = [
    { path: "/no-such-page", status: 404 },
    { path: "/your-rights/no-such-page", status: 404 },
    { path: "/find-advocacy/no-such-question?nation=england", status: 404 },
    { path: "/404", status: 404 },
    { path: "/500", status: 404 },
    { path: "/not-found", status: 404 },
    { path: "/_error", status: 404 },
  ];
  for (const { path, status } of errorAnswers) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    const html = await response.text();
    expect(html, path).toContain("Page not found");
    expect(scriptsIn(html).filter((script) => !isAllowedScript(script)), path).toEqual([]);
    expect(html, path).not.toContain("__NEXT_DATA__");
  }
  const badEncoding = await request.get("/%E0%A4%A");
  expect(badEncoding.status()).toBe(400);
  const html = await badEncoding.text();
  expect(html).toContain("Sorry, we could not read that web address");
  expect(scriptsIn(html).filter((script) => !isAllowedScript(script))).toEqual([]);
  expect(html).not.toContain("__NEXT_DATA__");
});

test("addresses no page could have get a 4xx with headers, never a 5xx or a redirect that echoes them", async ({ request }) => {
  const answers = [
    { path: `/your-rights/?x=${"a".repeat(7000)}`, status: 414 },
    { path: `/find-advocacy/result/?nation=england&x=${"a".repeat(3000)}`, status: 414 },
    { path: "/find-advocacy%2Fresult?nation=england&topic=safeguarding", status: 400 },
    { path: "/api%2Ffinder", status: 400 },
    { path: "/search%5C?q=care", status: 400 },
  ];
  for (const { path, status } of answers) {
    const response = await request.get(path, { maxRedirects: 0 });
    const what = path.slice(0, 60);
    expect(response.status(), what).toBe(status);
    expect(response.headers()["location"], what).toBeUndefined();
    expect(response.headers()["cache-control"], what).toBe("no-store");
    expectSecurityHeaders(response.headers(), what);
  }
  const asterisk = await rawRequest("GET * HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  expect(asterisk.status).toBe(400);
  const absolute = await rawRequest("GET http://evil.example/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  expect(absolute.status).toBe(400);
  expect(absolute.headers["location"]).toBeUndefined();
});

test("framework-only addresses answer the site's own 404: no framework script, no live data", async ({ request }) => {
  for (const path of ["/_app", "/_document", "/_next/data/x/search.json?q=care", "/_next/data/x/find-advocacy/mha.json?nation=england", "/_next/image?url=%2Ficon.svg&w=64&q=75"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const html = await response.text();
    expect(html, path).toContain("Page not found");
    expect(scriptsIn(html).filter((script) => !isAllowedScript(script)), path).toEqual([]);
    expect(response.headers()["cache-control"], path).toBe("no-store");
  }
});

test("a client that dribbles its headers is cut off within about 10 seconds", async () => {
  test.setTimeout(40_000);
  const { seconds, statusLine } = await untilClosed("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n", "X", 1_000, 30);
  expect(seconds).toBeGreaterThan(8);
  expect(seconds).toBeLessThan(13);
  expect(statusLine).toBe("HTTP/1.1 408 Request Timeout");
});

test("a refused request with a large body is answered and closed, not read to its end", async () => {
  const head = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 1000000000\r\n\r\n";
  const { seconds, statusLine } = await untilClosed(head, Buffer.alloc(64 * 1024, 97), 10, 20);
  expect(statusLine).toBe("HTTP/1.1 405 Method Not Allowed");
  expect(seconds).toBeLessThan(3);
});

test("health check and security.txt answer from their settings", async ({ request }) => {
  const health = await request.get("/healthz");
  expect(health.status()).toBe(200);
  expect(await health.text()).toBe("ok\n");

  // The test server sets no SITE_CONTACT_EMAIL or SITE_CONTACT_URL: no contact, so no file.
  const securityTxt = await request.get("/.well-known/security.txt");
  expect(securityTxt.status()).toBe(404);
  expect(securityTxt.headers()["content-type"]).toContain("text/plain");
  expect(await securityTxt.text()).toContain("SITE_CONTACT_EMAIL");
  expectSecurityHeaders(securityTxt.headers(), "security.txt");
});

test("finder, search and error pages say noindex; public pages are canonical", async ({ request }) => {
  for (const path of ["/find-advocacy/nation", "/search?q=care", "/no-such-page"]) {
    expect(await (await request.get(path)).text(), path).toContain('<meta name="robots" content="noindex, nofollow"');
  }
  for (const path of ["/your-rights", "/find-advocacy"]) {
    expect(await (await request.get(path)).text(), path).toContain('<link rel="canonical"');
  }
});
