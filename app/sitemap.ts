import type { MetadataRoute } from "next";
import { getContentIndex } from "@/lib/content/loader";
import { APP_ROUTES } from "@/lib/routes";
import { sitemapEntries } from "@/lib/seo";
import { SITE } from "@/lib/site";

/** /sitemap.xml, written once at build time from the content index (like the pages). */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(SITE.url, [
    ...getContentIndex().map((page) => ({ path: page.href, lastModified: page.frontmatter.lastReviewed })),
    ...APP_ROUTES.map((route) => ({ path: route.href })),
  ]);
}
