import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { getContentIndex } from "../../lib/content/loader";
import { NO_STORE, SITE_FILES } from "../../lib/http/cache-control";
import { responseHeadersFor } from "../../lib/http/route-policy.mjs";
import { isAllowedScript, scriptsIn } from "./support";

/**
 * Decision 0005: app/ holds only HTTP routes, and having them there changes nothing a reader
 * gets: every HTML response is still script-free, no app/ route shadows a page, and the
 * routes that moved keep their headers. Checked on the build `npm test` has just made.
 */

const readBuild = (file: string) => JSON.parse(readFileSync(path.join(".next", file), "utf8"));

/** The routes app/ must serve, and nothing else of ours. */
const APP_ROUTES = ["/api/finder", "/healthz", "/robots.txt", "/sitemap.xml"];
/** What Next.js adds to app/ by itself; pages/not-found answers their addresses (next.config.ts). */
const NEXT_BUILT_IN = ["/_global-error", "/_not-found"];

test("app/ builds only our HTTP routes, and none of them shares an address with a page", () => {
  const appEntries: Record<string, string> = readBuild("app-path-routes-manifest.json");
  const handlers = Object.entries(appEntries).filter(([entry]) => entry.endsWith("/route")).map(([, route]) => route);
  const appPages = Object.entries(appEntries).filter(([entry]) => !entry.endsWith("/route")).map(([, route]) => route);
  expect(handlers.sort()).toEqual(APP_ROUTES);
  expect(appPages.sort()).toEqual(NEXT_BUILT_IN);

  // Pages Router files, and the MDX pages that the catch-all page serves.
  const pageRoutes = Object.keys(readBuild("server/pages-manifest.json"));
  const contentPages = getContentIndex().map((page) => page.href);
  expect(contentPages.length).toBeGreaterThan(10);
  for (const route of APP_ROUTES) {
    expect(pageRoutes, route).not.toContain(route);
    expect(contentPages, route).not.toContain(route);
  }
});

/** Every kind of HTML response, with the status it must have. */
const HTML_RESPONSES: [path: string, status: number][] = [
  ["/what-is-independent-advocacy", 200],
  ["/find-advocacy", 200],
  ["/find-advocacy/nation", 200],
  ["/find-advocacy/result?nation=england&topic=mental-health&mha=detained", 200],
  ["/search?q=care+act", 200],
  ["/find-advocacy/topic?nation=atlantis", 400],
  ["/no-such-page", 404],
  ["/no-such-page?q=abuse", 404],
  ["/letters/no-such-letter", 404],
  ["/api/no-such-route", 404],
  ["/healthz/extra", 404],
  ["/find-advocacy/no-such-question?nation=england", 404],
  ["/404", 404],
  ["/500", 404],
  ...NEXT_BUILT_IN.map((route): [string, number] => [route, 404]),
];

test("every HTML response, errors included, ships no framework JavaScript", async ({ request }) => {
  for (const [address, status] of HTML_RESPONSES) {
    const response = await request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBe(status);
    const html = await response.text();
    expect(scriptsIn(html).filter((s) => !isAllowedScript(s)), address).toEqual([]);
    expect(html.match(/\/_next\/[^"']+\.js/g), address).toBeNull();
    if (status === 404) expect(html, address).toContain("<h1>Page not found</h1>");
  }
  // The error page is never reachable by address; check the file Next.js serves on a crash.
  const errorPage = readFileSync(path.join(".next", "server", "pages", "500.html"), "utf8");
  expect(errorPage).toContain("<h1>Sorry, there is a problem with this page</h1>");
  expect(scriptsIn(errorPage).filter((s) => !isAllowedScript(s))).toEqual([]);
});

/** Each moved route: what it answers with, and the headers it had as a Pages Router route. */
const ROUTE_HEADERS: { path: string; status: number; type: string; cacheControl: string }[] = [
  { path: "/api/finder?nation=england", status: 200, type: "application/json", cacheControl: NO_STORE },
  { path: "/api/finder?nation=atlantis", status: 400, type: "application/json", cacheControl: NO_STORE },
  { path: "/healthz", status: 200, type: "text/plain", cacheControl: NO_STORE },
  { path: "/sitemap.xml", status: 200, type: "application/xml", cacheControl: SITE_FILES },
  { path: "/robots.txt", status: 200, type: "text/plain", cacheControl: SITE_FILES },
];

test("the app/ routes keep their caching and security headers, for GET and HEAD", async ({ request }) => {
  // The route-policy table's headers for the address (Cache-Control is checked on its own).
  const expected = (path: string) =>
    Object.fromEntries(responseHeadersFor(path).filter(({ key }) => key !== "Cache-Control").map(({ key, value }) => [key.toLowerCase(), value]));
  for (const route of ROUTE_HEADERS) {
    for (const method of ["GET", "HEAD"] as const) {
      const response = await request.fetch(route.path, { method });
      const headers = response.headers();
      expect(response.status(), `${method} ${route.path}`).toBe(route.status);
      expect(headers["content-type"], `${method} ${route.path}`).toContain(route.type);
      expect(headers["cache-control"], `${method} ${route.path}`).toBe(route.cacheControl);
      expect(headers, `${method} ${route.path}`).toMatchObject(expected(route.path));
      expect(headers["set-cookie"], route.path).toBeUndefined();
      if (method === "HEAD") expect((await response.body()).length, route.path).toBe(0);
    }
  }
});

test("the finder API keeps its contract: answers, a 400 naming the question, and 405 for writes", async ({ request }) => {
  const answer = await (await request.get("/api/finder?nation=england&topic=mental-health&mha=detained")).json();
  expect(answer.complete).toBe(true);
  expect(answer.results.length).toBeGreaterThan(0);
  const error = await (await request.get("/api/finder?nation=atlantis")).json();
  expect(error).toEqual({ error: { question: "nation", message: expect.any(String) } });
  for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
    const response = await request.fetch("/api/finder?nation=england", { method });
    expect(response.status(), method).toBe(405);
    expect(response.headers()["allow"], method).toBe("GET, HEAD");
  }
  expect(await (await request.get("/healthz")).text()).toBe("ok\n");
});
