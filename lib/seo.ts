/** What sitemap.xml and robots.txt say, built from the same index as the pages. Next.js writes the files. */

export interface SitemapEntry {
  path: string;
  /** YYYY-MM-DD */
  lastModified?: string;
}

export function sitemapEntries(siteUrl: string, entries: SitemapEntry[]): { url: string; lastModified?: string }[] {
  return entries.map(({ path, lastModified }) => ({ url: `${siteUrl}${path}`, ...(lastModified ? { lastModified } : {}) }));
}

export function robotsRules(siteUrl: string) {
  // Question and result pages say noindex themselves; crawlers must be allowed to read that.
  return { rules: { userAgent: "*", allow: "/", disallow: "/api/" }, sitemap: `${siteUrl}/sitemap.xml` };
}
