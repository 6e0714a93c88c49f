import type { NextConfig } from "next";
import { NO_STORE, PRIVATE_NO_STORE, PUBLIC_PAGE, SITE_FILES } from "./lib/http/cache-control";
import { FINDER_HEADERS, securityHeaders } from "./lib/http/security-headers";

const isDev = process.env.NODE_ENV === "development";
const cacheControl = (value: string) => ({ key: "Cache-Control", value });

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  async rewrites() {
    // Once app/ holds a route, Next.js answers 404s with the App Router's built-in page, which
    // ships React. Send every unmatched address, /404 and the built-in pages' own addresses to
    // pages/not-found instead (docs/decisions/0005).
    const notFound = "/not-found";
    return {
      beforeFiles: [{ source: "/:builtin(404|_not-found|_global-error)/:rest*", destination: notFound }],
      fallback: [{ source: "/:path*", destination: notFound }],
    };
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(isDev) },
      // Prerendered pages (Next.js would send `s-maxage=31536000`). Hashed files under /_next/
      // keep Next's own `immutable`. Later entries win for the same header.
      { source: "/:path((?!_next/).*)", headers: [cacheControl(PUBLIC_PAGE)] },
      // Routes that render per request also set these in code; repeated here so a slip in a
      // page can never make a personal answer public. Finder pages and API send no referrer.
      { source: "/find-advocacy/:path+", headers: [...FINDER_HEADERS, cacheControl(NO_STORE)] },
      { source: "/find-advocacy", headers: FINDER_HEADERS },
      { source: "/api/:path*", headers: [...FINDER_HEADERS, cacheControl(NO_STORE)] },
      { source: "/search", headers: [...FINDER_HEADERS, cacheControl(PRIVATE_NO_STORE)] },
      { source: "/healthz", headers: [cacheControl(NO_STORE)] },
      // Metadata routes cannot set headers in code (app/sitemap.ts, app/robots.ts).
      { source: "/:file(sitemap.xml|robots.txt)", headers: [cacheControl(SITE_FILES)] },
    ];
  },
};

export default nextConfig;
