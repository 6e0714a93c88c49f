import type { NextConfig } from "next";
import { FINDER_HEADERS, securityHeaders } from "./lib/http/security-headers";

const isDev = process.env.NODE_ENV === "development";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(isDev) },
      // Later entries win for the same header: finder pages and API send no referrer at all.
      { source: "/find-advocacy/:path*", headers: FINDER_HEADERS },
      { source: "/find-advocacy", headers: FINDER_HEADERS },
      { source: "/api/finder", headers: FINDER_HEADERS },
    ];
  },
};

export default nextConfig;
