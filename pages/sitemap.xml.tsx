import type { GetServerSideProps } from "next";
import { SITE_FILES } from "@/lib/http/cache-control";
import { getContentIndex } from "@/lib/content/loader";
import { APP_ROUTES } from "@/lib/routes";
import { sitemapXml } from "@/lib/seo";
import { SITE } from "@/lib/site";

export const getServerSideProps: GetServerSideProps = async ({ res }) => {
  const entries = [
    ...getContentIndex().map((page) => ({ path: page.href, lastModified: page.frontmatter.lastReviewed })),
    ...APP_ROUTES.map((route) => ({ path: route.href })),
  ];
  res.setHeader("Content-Type", "application/xml; charset=utf-8");
  res.setHeader("Cache-Control", SITE_FILES);
  res.end(sitemapXml(SITE.url, entries));
  return { props: {} };
};

export default function Sitemap() {
  return null;
}
