import { z } from "zod";

/** The one setting that builds canonical URLs, the sitemap and Open Graph tags. */
const siteUrl = z
  .url({ protocol: /^https?$/ })
  .transform((url) => url.replace(/\/+$/, ""))
  .parse(process.env.SITE_URL ?? "http://localhost:3000");

export const SITE = {
  name: "Advocacy Guide",
  url: siteUrl,
  tagline: "Getting your voice heard in health and social care",
} as const;

export function absoluteUrl(path: string): string {
  return `${SITE.url}${path === "/" ? "/" : path}`;
}
