import { describe, expect, it } from "vitest";
import { describeFrontmatterError, frontmatterSchema } from "@/lib/content/frontmatter";

const valid = {
  title: "Mental capacity",
  description: "What mental capacity means and how the law tests it.",
  nations: ["england", "wales"],
  lastReviewed: new Date("2026-11-24"),
  nextReview: "2027-05-24",
  summary: ["One point.", "Two points.", "Three points."],
  law: ["mca-2005-s2", "mca-2005-s3"],
  sources: [{ title: "Mental capacity (SCIE)", url: "https://www.scie.org.uk/mca" }],
};

describe("frontmatter", () => {
  it("rejects a hand-set quickExit, saying where the rule now lives", () => {
    const result = frontmatterSchema.safeParse({ ...valid, quickExit: true });
    expect(result.success).toBe(false);
    expect(describeFrontmatterError("content/pages/x.mdx", result.error!)).toContain("lib/content/quick-exit.ts");
  });

  it("accepts a valid page and turns YAML dates into ISO strings", () => {
    const parsed = frontmatterSchema.parse(valid);
    expect(parsed.lastReviewed).toBe("2026-11-24");
  });

  it.each([
    ["nations", { nations: ["france"] }],
    ["nextReview", { nextReview: "2028-06-01" }],
    ["nextReview", { nextReview: "2026-01-01" }],
    ["sources.0.url", { sources: [{ title: "Not secure", url: "http://example.org" }] }],
    ["sources.0.url", { sources: [{ title: "An Act", url: "https://www.legislation.gov.uk/ukpga/2005/9" }] }],
    ["law.0", { law: ["no-such-provision"] }],
    ["summary", { summary: ["Only one."] }],
    ["lastReviewed", { lastReviewed: "24/11/2026" }],
  ])("rejects a bad %s", (field, change) => {
    const result = frontmatterSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(describeFrontmatterError("content/pages/x.mdx", result.error!)).toContain(field);
  });

  it("names the file in the error", () => {
    const result = frontmatterSchema.safeParse({ ...valid, title: undefined });
    expect(describeFrontmatterError("content/pages/x.mdx", result.error!)).toMatch(/^Invalid frontmatter in content\/pages\/x\.mdx:\n {2}- title:/);
  });

  it("gives an Easy Read page its full page or pages as a list", () => {
    const easyRead = { ...valid, layout: "easy-read" };
    expect(frontmatterSchema.parse({ ...easyRead, fullPage: "/your-rights/imca" }).fullPage).toEqual(["/your-rights/imca"]);
    expect(frontmatterSchema.parse({ ...easyRead, fullPage: ["/a", "/b"] }).fullPage).toEqual(["/a", "/b"]);
    expect("fullPage" in frontmatterSchema.parse(valid)).toBe(false);
  });

  it.each([
    ["a standard page", { fullPage: "/your-rights/imca" }],
    ["an address that is not a site path", { layout: "easy-read", fullPage: "https://example.org/imca" }],
    ["an empty list", { layout: "easy-read", fullPage: [] }],
  ])("rejects a full page on %s", (_case, change) => {
    const result = frontmatterSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(describeFrontmatterError("content/pages/x.mdx", result.error!)).toContain("fullPage");
  });

  it("rejects fields it does not know, so typos do not pass silently", () => {
    expect(frontmatterSchema.safeParse({ ...valid, lastReveiwed: "2026-11-24" }).success).toBe(false);
  });
});
