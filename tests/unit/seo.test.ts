import { describe, expect, it } from "vitest";
import { robotsRules, sitemapEntries } from "@/lib/seo";

describe("sitemap.xml", () => {
  it("lists every entry under the site address, with last-modified dates where known", () => {
    expect(sitemapEntries("https://example.org", [{ path: "/", lastModified: "2026-11-24" }, { path: "/find-advocacy" }])).toEqual([
      { url: "https://example.org/", lastModified: "2026-11-24" },
      { url: "https://example.org/find-advocacy" },
    ]);
  });
});

describe("robots.txt", () => {
  it("points crawlers to the sitemap and keeps them out of the API", () => {
    const robots = robotsRules("https://example.org");
    expect(robots.sitemap).toBe("https://example.org/sitemap.xml");
    expect(robots.rules).toMatchObject({ allow: "/", disallow: ["/api/"] });
  });
});

describe("the route-policy table in the sitemap", () => {
  it("leaves out addresses that are not indexable", () => {
    const entries = sitemapEntries("https://example.org", [{ path: "/your-rights" }, { path: "/search" }, { path: "/find-advocacy/nation" }]);
    expect(entries).toEqual([{ url: "https://example.org/your-rights" }]);
  });
});
