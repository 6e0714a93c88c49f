import { z } from "zod";

/** What a local build uses when SITE_URL is not set. */
const LOCAL_SITE_URL = "http://localhost:3000";

/** The one setting that builds canonical URLs, the sitemap and Open Graph tags. */
const siteUrl = z
  .url({ protocol: /^https?$/ })
  .transform((url) => url.replace(/\/+$/, ""))
  .parse(process.env.SITE_URL ?? LOCAL_SITE_URL);

export const SITE = {
  name: "Advocacy Guide",
  url: siteUrl,
  tagline: "Getting your voice heard in health and social care",
} as const;

export function absoluteUrl(path: string): string {
  return `${SITE.url}${path === "/" ? "/" : path}`;
}

/**
 * A production build without SITE_URL publishes localhost in every canonical link, the sitemap
 * and robots.txt. Say so loudly (next.config.ts prints it at build and start); null when fine.
 */
export function siteUrlWarning(env: Record<string, string | undefined>): string | null {
  if (env.NODE_ENV !== "production" || (env.SITE_URL ?? "").trim() !== "") return null;
  const rule = "!".repeat(72);
  return [
    rule,
    `SITE_URL is not set: canonical links, the sitemap, robots.txt and security.txt will say ${LOCAL_SITE_URL}.`,
    "Set SITE_URL to the public address before building, for example SITE_URL=https://advocacy.example.org npm run build",
    rule,
  ].join("\n");
}
