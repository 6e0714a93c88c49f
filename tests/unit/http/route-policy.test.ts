import { describe, expect, it } from "vitest";
import {
  cacheControlFor,
  disallowedForCrawlers,
  INTERNAL_REQUEST_HEADERS,
  isIndexable,
  isInternalRequestHeader,
  NO_STORE,
  NOT_FOUND_PUBLIC,
  PRIVATE_NO_STORE,
  PUBLIC_PAGE,
  routeKindOf,
  routePolicyOf,
} from "@/lib/http/route-policy.mjs";

describe("route kinds", () => {
  it("tells personal addresses from public pages, with or without a query string", () => {
    expect(routeKindOf("/")).toBe("page");
    expect(routeKindOf("/your-rights")).toBe("page");
    expect(routeKindOf("/find-advocacy")).toBe("finder-start");
    expect(routeKindOf("/find-advocacy/result?nation=england")).toBe("finder");
    expect(routeKindOf("/search?q=abuse")).toBe("search");
    expect(routeKindOf("/searching-for-help")).toBe("page");
    expect(routeKindOf("/api/finder?nation=wales")).toBe("api");
    expect(routeKindOf("/_next/static/chunks/a.css")).toBe("static");
    expect(routeKindOf("/.well-known/security.txt")).toBe("site-file");
    for (const path of ["/_next/data/b/search.json?q=x", "/_next/image?url=/a", "/_next/webpack-hmr", "/_app", "/_document", "/_app/x"]) {
      expect(routeKindOf(path), path).toBe("framework");
    }
    expect(routeKindOf("/_apply-for-help")).toBe("page");
  });

  it("keeps finder questions, search and error pages out of search engines, and the API away from crawlers", () => {
    expect(isIndexable("/your-rights")).toBe(true);
    expect(isIndexable("/find-advocacy")).toBe(true);
    for (const path of ["/find-advocacy/nation", "/find-advocacy/result", "/search", "/404", "/500", "/_error", "/api/finder"]) {
      expect(isIndexable(path), path).toBe(false);
    }
    expect(disallowedForCrawlers()).toEqual(["/api/"]);
  });

  it("sends no referrer from any personal address", () => {
    for (const path of ["/find-advocacy", "/find-advocacy/result", "/search", "/api/finder"]) {
      expect(routePolicyOf(path).referrerPolicy, path).toBe("no-referrer");
    }
    expect(routePolicyOf("/your-rights").referrerPolicy).toBe("strict-origin-when-cross-origin");
  });
});

describe("Cache-Control as the status line is written", () => {
  it("never lets a redirect or a server error be public", () => {
    for (const status of [301, 302, 303, 307, 308, 400, 405, 431, 500, 502, 503]) {
      expect(cacheControlFor("/your-rights", status, PUBLIC_PAGE), String(status)).toBe(NO_STORE);
      expect(cacheControlFor("/your-rights", status, undefined), String(status)).toBe(NO_STORE);
    }
    // An already private value is kept as it is.
    expect(cacheControlFor("/search", 400, PRIVATE_NO_STORE)).toBe(PRIVATE_NO_STORE);
  });

  it("makes a 404 briefly public only where the address cannot carry anything personal", () => {
    expect(cacheControlFor("/no-such-page", 404, "private, no-store")).toBe(NOT_FOUND_PUBLIC);
    expect(cacheControlFor("/no-such-page?q=abuse", 404, undefined)).toBe(NO_STORE);
    expect(cacheControlFor("/find-advocacy/no-such-question", 404, undefined)).toBe(NO_STORE);
    expect(cacheControlFor("/search/abuse", 404, undefined)).toBe(NO_STORE);
  });

  it("never lets a slip in a handler make a personal answer cacheable", () => {
    expect(cacheControlFor("/find-advocacy/result?nation=england", 200, PUBLIC_PAGE)).toBe(NO_STORE);
    expect(cacheControlFor("/search?q=abuse", 200, PUBLIC_PAGE)).toBe(PRIVATE_NO_STORE);
    expect(cacheControlFor("/your-rights", 200, PUBLIC_PAGE)).toBe(PUBLIC_PAGE);
  });
});

describe("internal request headers", () => {
  it("recognises every header Next.js reads as its own, in any case", () => {
    for (const name of ["RSC", "Next-Router-State-Tree", "Next-Router-Prefetch", "Next-Router-Segment-Prefetch", "Next-Url", "Next-Action"]) {
      expect(isInternalRequestHeader(name), name).toBe(true);
    }
    for (const name of ["x-middleware-rewrite", "X-Middleware-Subrequest", "x-nextjs-data", "x-now-route-matches", "x-invoke-path", "x-matched-path"]) {
      expect(isInternalRequestHeader(name), name).toBe(true);
    }
    expect(INTERNAL_REQUEST_HEADERS.length).toBeGreaterThan(10);
  });

  it("keeps the headers a visitor's browser sends", () => {
    for (const name of ["Host", "Accept", "Accept-Language", "User-Agent", "If-None-Match", "X-Forwarded-For", "Referer"]) {
      expect(isInternalRequestHeader(name), name).toBe(false);
    }
  });
});
