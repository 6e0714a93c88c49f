import type { NextConfig } from "next";
import { PUBLIC_PAGE, ROUTES, routePolicyOf, securityHeaders } from "./lib/http/route-policy.mjs";
import { siteUrlWarning } from "./lib/site";

const isDev = process.env.NODE_ENV === "development";

const warning = siteUrlWarning(process.env);
if (warning) console.warn(warning);

/** The route-policy table as Next.js header rules (path-to-regexp sources). */
function routeHeaders() {
  return ROUTES.filter((route) => route.kind !== "static").map((route) => {
    const source = route.exact ?? `${route.prefix}:path+`;
    const policy = routePolicyOf(route.exact ?? route.prefix);
    return {
      source,
      headers: [
        { key: "Referrer-Policy", value: policy.referrerPolicy },
        { key: "Cache-Control", value: policy.cacheControl },
      ],
    };
  });
}

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // Next 16.5's `next dev` writes managed blocks into AGENTS.md by default; keep dev runs from
  // writing files into the repository.
  agentRules: false,
  experimental: { agentUpgrade: false },
  async rewrites() {
    // Once app/ holds a route, Next.js answers 404s with the App Router's built-in page, which
    // ships React. Send every unmatched address, and the error pages' own addresses (which would
    // otherwise answer 200 or a scripted 404 with nothing wrong), to pages/not-found instead
    // (docs/decisions/0005).
    const notFound = "/not-found";
    return {
      beforeFiles: [{ source: "/:builtin(404|500|_error|_not-found|_global-error)/:rest*", destination: notFound }],
      fallback: [{ source: "/:path*", destination: notFound }],
    };
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(isDev) },
      // Prerendered pages (Next.js would send `s-maxage=31536000`). Hashed files under /_next/
      // keep Next's own `immutable`. Later entries win for the same header.
      { source: "/:path((?!_next/).*)", headers: [{ key: "Cache-Control", value: PUBLIC_PAGE }] },
      // Routes that render per request also set these in code; repeated here so a slip in a
      // page can never make a personal answer public.
      ...routeHeaders(),
    ];
  },
};

export default nextConfig;
