/** sitemap.xml and robots.txt, built from the same index as the pages. */
import { disallowedForCrawlers, isIndexable } from "./http/route-policy.mjs";

export interface SitemapEntry {
  path: string;
  /** YYYY-MM-DD */
  lastModified?: string;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);
}

export function sitemapXml(siteUrl: string, entries: SitemapEntry[]): string {
  // Only what the route-policy table calls indexable (never search, finder questions or the API).
  const urls = entries.filter((entry) => isIndexable(entry.path)).map((entry) => {
    const lastmod = entry.lastModified ? `<lastmod>${entry.lastModified}</lastmod>` : "";
    return `  <url><loc>${escapeXml(`${siteUrl}${entry.path}`)}</loc>${lastmod}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

export function robotsTxt(siteUrl: string): string {
  // Question and result pages say noindex themselves; crawlers must be allowed to read that.
  const disallow = disallowedForCrawlers().map((prefix) => `Disallow: ${prefix}\n`).join("");
  return `User-agent: *\nAllow: /\n${disallow}\nSitemap: ${siteUrl}/sitemap.xml\n`;
}
