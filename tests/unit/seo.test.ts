import { describe, expect, it } from "vitest";
import { robotsTxt, sitemapXml } from "@/lib/seo";

describe("sitemap.xml", () => {
  it("lists every entry under the site address, with last-modified dates", () => {
    const xml = sitemapXml("https://example.org", [{ path: "/", lastModified: "2026-11-24" }, { path: "/find-advocacy" }]);
    expect(xml).toContain("<loc>https://example.org/</loc><lastmod>2026-11-24</lastmod>");
    expect(xml).toContain("<loc>https://example.org/find-advocacy</loc></url>");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it("escapes characters that XML reserves", () => {
    expect(sitemapXml("https://example.org", [{ path: "/a?b=1&c=<2>" }])).toContain("/a?b=1&amp;c=&lt;2&gt;");
  });
});

describe("robots.txt", () => {
  it("points crawlers to the sitemap and keeps them out of the API", () => {
    const txt = robotsTxt("https://example.org");
    expect(txt).toContain("Sitemap: https://example.org/sitemap.xml");
    expect(txt).toContain("Disallow: /api/");
  });
});

describe("the route-policy table in the sitemap", () => {
  it("leaves out addresses that are not indexable", () => {
    const xml = sitemapXml("https://example.org", [{ path: "/your-rights" }, { path: "/search" }, { path: "/find-advocacy/nation" }]);
    expect(xml).toContain("/your-rights");
    expect(xml).not.toContain("/search");
    expect(xml).not.toContain("/find-advocacy/nation");
  });
});
