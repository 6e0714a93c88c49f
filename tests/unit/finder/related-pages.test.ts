import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getContentIndex } from "@/lib/content/loader";
import { CHILDREN_PAGE, TOPIC_PAGES, relatedPagesFor, type TopicPath } from "../../../lib/finder/related-pages";
import { RESULT_TYPES } from "../../../lib/finder/types";
import { NATIONS } from "../../../lib/nations";

const pages = new Map(getContentIndex().map((page) => [page.href, page]));
const PAGES_DIR = path.join(__dirname, "..", "..", "..", "content", "pages");

describe("topic pages linked from finder results", () => {
  it("every topic page is an MDX file in content/pages, with the title the finder shows", () => {
    for (const [href, title] of Object.entries(TOPIC_PAGES)) {
      expect(existsSync(path.join(PAGES_DIR, `${href.slice(1)}.mdx`)), `${href} has no content/pages file`).toBe(true);
      expect(pages.get(href)?.frontmatter.title, href).toBe(title);
    }
  });

  it("every related page exists and covers the result's nation", () => {
    let links = 0;
    for (const type of RESULT_TYPES) {
      for (const nation of NATIONS) {
        for (const related of relatedPagesFor(type, nation)) {
          const page = pages.get(related.href);
          expect(page, `${type}/${nation} → ${related.href} is not a page`).toBeDefined();
          expect(page!.frontmatter.nations, `${type}/${nation} → ${related.href}`).toContain(nation);
          expect(related.title).toBe(TOPIC_PAGES[related.href]);
          links += 1;
        }
      }
    }
    expect(links).toBeGreaterThanOrEqual(15);
  });

  it("every topic page is reachable from some result, or from the finder start page", () => {
    const linked = new Set<TopicPath>([CHILDREN_PAGE]);
    for (const type of RESULT_TYPES) for (const nation of NATIONS) for (const r of relatedPagesFor(type, nation)) linked.add(r.href);
    expect([...linked].sort()).toEqual(Object.keys(TOPIC_PAGES).sort());
  });

  it("points each result to the topic readers ask about next", () => {
    const hrefs = (type: (typeof RESULT_TYPES)[number], nation: (typeof NATIONS)[number]) =>
      relatedPagesFor(type, nation).map((r) => r.href);
    for (const nation of NATIONS) expect(hrefs("complaints", nation)).toContain("/complaints-and-ombudsmen");
    expect(hrefs("imha", "england")).toContain("/mental-health-tribunals");
    expect(hrefs("imha", "wales")).toContain("/mental-health-tribunals");
    expect(hrefs("scotland-mh", "scotland")).toContain("/mental-health-tribunals");
    expect(hrefs("ni-imca", "northern-ireland")).toContain("/mental-health-tribunals");
    expect(hrefs("care-act", "england")).toContain("/nhs-continuing-healthcare");
  });

  it("links nothing for a right that does not exist in that nation", () => {
    expect(relatedPagesFor("imha", "scotland")).toEqual([]);
    expect(relatedPagesFor("care-act", "wales")).toEqual([]);
    expect(relatedPagesFor("ni-imca", "england")).toEqual([]);
  });

  it("sends children and their carers to the children's page", () => {
    expect(pages.get(CHILDREN_PAGE)?.frontmatter.nations).toEqual([...NATIONS]);
  });
});
