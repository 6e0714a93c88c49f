import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerClientError, guard, MAX_ADDRESS_LENGTH, redactAddresses, SERVER_OPTIONS } from "@/deploy/guards.mjs";


/** Stands in for Next.js: answers each test address the way a careless handler might. */
function careless(req: IncomingMessage, res: ServerResponse) {
  const path = req.url ?? "/";
  if (path.startsWith("/echo-headers")) {
    res.setHeader("Content-Type", "application/json");
    return res.end(JSON.stringify(req.headers));
  }
  if (path.startsWith("/boom")) {
    res.writeHead(500, { "Cache-Control": "public, max-age=300" });
    return res.end("broken");
  }
  if (path.startsWith("/moved")) {
    res.statusCode = 307;
    res.setHeader("Cache-Control", "public, max-age=300, stale-while-revalidate=86400");
    res.setHeader("Location", "/elsewhere");
    return res.end();
  }
  if (path === "/not-found") {
    res.statusCode = 404;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    return res.end("<h1>Page not found</h1>");
  }
  if (path.includes("%2F") || path === "*" || !path.startsWith("/")) {
    // Next.js loops on an encoded slash, and cannot parse `*`: a 500.
    res.statusCode = 500;
    return res.end("Internal Server Error");
  }
  if (path.startsWith("/your-rights/")) {
    // Next.js's trailing-slash redirect echoes the whole query in Location and Refresh.
    const target = path.replace(/\/(?=\?|$)/, "");
    res.writeHead(308, { Location: target, Refresh: `0;url=${target}` });
    return res.end();
  }
  if (path.startsWith("/find-advocacy/result")) {
    res.setHeader("Cache-Control", "public, max-age=300");
    return res.end("personal");
  }
  // Anything else: a scripted App Router style 404, streamed.
  res.statusCode = 404;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.flushHeaders();
  res.write("<script src=/_next/static/chunks/x.js></script>");
  res.end("<h1>404</h1>");
}

let server: Server;
let port = 0;

beforeAll(async () => {
  server = createServer(SERVER_OPTIONS, (req, res) => {
    if (!guard(req, res)) careless(req, res);
  });
  server.on("clientError", answerClientError);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers, insecureHTTPParser: true }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the production server's guards", () => {
  it("never lets a 5xx or a redirect be public, whoever set the header", async () => {
    const boom = await get("/boom");
    expect(boom.status).toBe(500);
    expect(boom.headers["cache-control"]).toBe("no-store");
    const moved = await get("/moved");
    expect(moved.status).toBe(307);
    expect(moved.headers["cache-control"]).toBe("no-store");
    expect((await get("/find-advocacy/result?nation=england")).headers["cache-control"]).toBe("no-store");
  });

  it("puts the security headers on every answer, the 405 included", async () => {
    for (const answer of [await get("/boom"), await get("/moved"), await get("/", {}, "POST"), await get("/nothing-here")]) {
      expect(answer.headers["content-security-policy"]).toContain("script-src 'self'");
      expect(answer.headers["strict-transport-security"]).toBeTruthy();
      expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    }
  });

  it("drops Next.js's internal request headers before the handler sees them", async () => {
    const seen = JSON.parse(
      (await get("/echo-headers", { RSC: "1", "Next-Router-State-Tree": "x", "X-Middleware-Subrequest": "m", "x-nextjs-data": "1", Accept: "text/html" })).body,
    );
    expect(Object.keys(seen)).not.toContain("rsc");
    expect(Object.keys(seen)).not.toContain("next-router-state-tree");
    expect(Object.keys(seen)).not.toContain("x-middleware-subrequest");
    expect(Object.keys(seen)).not.toContain("x-nextjs-data");
    expect(seen.accept).toBe("text/html");
  });

  it("makes a 404 briefly public only where nothing is personal", async () => {
    const missing = await get("/nothing-here");
    expect(missing.status).toBe(404);
    expect(missing.headers["cache-control"]).toBe("public, max-age=60");
    expect((await get("/nothing-here?q=abuse")).headers["cache-control"]).toBe("no-store");
  });

  it("refuses an address too long for any proxy's header buffer with 414, before a redirect can echo it", async () => {
    const long = await get(`/your-rights/?x=${"a".repeat(7000)}`);
    expect(long.status).toBe(414);
    expect(long.headers.location).toBeUndefined();
    expect(long.headers["cache-control"]).toBe("no-store");
    expect(long.headers["content-security-policy"]).toContain("script-src 'self'");
    const justUnder = await get(`/your-rights/?x=${"a".repeat(MAX_ADDRESS_LENGTH - 20)}`);
    expect(justUnder.status).toBe(308);
    expect(justUnder.headers.location!.length).toBeLessThanOrEqual(MAX_ADDRESS_LENGTH);
  });

  it("answers an encoded slash or backslash, and targets that are not a path, with 400, never 5xx", async () => {
    for (const path of ["/find-advocacy%2Fresult?nation=england&topic=safeguarding", "/api%2ffinder", "/your-rights%5Cx", "*", "http://evil.example/"]) {
      const answer = await get(path);
      expect(answer.status, path).toBe(400);
      expect(answer.headers["cache-control"], path).toBe("no-store");
      expect(answer.headers["content-security-policy"], path).toContain("script-src 'self'");
      expect(answer.headers.location, path).toBeUndefined();
    }
  });

  it("answers framework-only addresses with the site's own script-free 404, never cached", async () => {
    for (const path of ["/_app", "/_document", "/_next/data/build/find-advocacy/mha.json?nation=england", "/_next/image?url=%2Ficon.svg&w=64&q=75"]) {
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).toBe("<h1>Page not found</h1>");
      expect(answer.headers["cache-control"], path).toBe("no-store");
    }
  });

  it("keeps query strings and personal paths out of what the server logs", () => {
    const logged = redactAddresses("Error: Attempted to handle request too many times /find-advocacy%2Fresult?nation=england&topic=safeguarding");
    expect(logged).not.toMatch(/nation|safeguarding|result/);
    expect(redactAddresses("GET /search?q=domestic+abuse")).not.toMatch(/domestic|abuse/);
    expect(redactAddresses("/_next/data/b/find-advocacy/mha.json")).not.toContain("mha");
    expect(redactAddresses("at node_modules/next/dist/server/base-server.js:12:3")).toBe("at node_modules/next/dist/server/base-server.js:12:3");
  });
});
