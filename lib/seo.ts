/** What sitemap.xml and robots.txt say, built from the same index as the pages. Next.js writes the files. */
import { disallowedForCrawlers, isIndexable } from "./http/route-policy.mjs";

export interface SitemapEntry {
  path: string;
  /** YYYY-MM-DD */
  lastModified?: string;
}

/** Only what the route-policy table calls indexable (never search, finder questions or the API). */
export function sitemapEntries(siteUrl: string, entries: SitemapEntry[]): { url: string; lastModified?: string }[] {
  return entries
    .filter((entry) => isIndexable(entry.path))
    .map(({ path, lastModified }) => ({ url: `${siteUrl}${path}`, ...(lastModified ? { lastModified } : {}) }));
}

export function robotsRules(siteUrl: string) {
  // Question and result pages say noindex themselves; crawlers must be allowed to read that.
  return { rules: { userAgent: "*", allow: "/", disallow: disallowedForCrawlers() }, sitemap: `${siteUrl}/sitemap.xml` };
}
