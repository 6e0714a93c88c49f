import { describe, expect, it } from "vitest";
import type { SearchDocument } from "@/lib/search/documents";
import { createSearchIndex, loadSearchIndex, MAX_QUERY_TERMS, queryTerms, RESULTS_PER_PAGE, searchSite, serializeSearchIndex } from "@/lib/search/engine";

const doc = (href: string, title: string, blocks: string[], nations: SearchDocument["nations"] = ["england"]): SearchDocument => ({
  href,
  title,
  description: `About ${title.toLowerCase()}.`,
  nations,
  restatement: false,
  summary: [],
  headings: [],
  blocks,
});

const DOCS = [
  doc("/care-act", "Care Act advocacy", ["The Care Act 2014 gives you an advocate for care needs."]),
  doc("/imha", "Mental health advocates", ["An IMHA helps with the Mental Health Act."], ["england", "wales"]),
  doc("/complaints", "Help with complaints", ["You can complain about care."]),
];
const index = createSearchIndex(DOCS);

describe("searchSite", () => {
  it("puts the page with every word first and marks them in the snippet", () => {
    const { hits, allWords } = searchSite(index, "care act");
    expect(allWords).toBe(true);
    expect(hits[0]?.href).toBe("/care-act");
    expect(hits[0]?.snippet.filter((p) => p.marked).map((p) => p.text)).toContain("Act");
  });

  it("forgives a small spelling slip and finds word beginnings", () => {
    expect(searchSite(index, "mentl helth").hits[0]?.href).toBe("/imha");
    expect(searchSite(index, "advoca").hits.map((h) => h.href)).toContain("/care-act");
  });

  it("falls back to pages with some of the words, and says so", () => {
    const outcome = searchSite(index, "complain zebra");
    expect(outcome.allWords).toBe(false);
    expect(outcome.hits.map((h) => h.href)).toEqual(["/complaints"]);
  });

  it("carries each page's nations", () => {
    expect(searchSite(index, "imha").hits[0]?.nations).toEqual(["england", "wales"]);
  });

  it("finds nothing for nonsense, stop words or punctuation alone, without throwing", () => {
    for (const q of ["zzqqxx", "the and of", "(((", ".*", "\\", "<script>"]) {
      expect(searchSite(index, q).hits, q).toEqual([]);
    }
  });

  it("survives a serialise and load round trip", () => {
    const reloaded = loadSearchIndex(JSON.parse(JSON.stringify(serializeSearchIndex(index))));
    expect(searchSite(reloaded, "care act").hits.map((h) => h.href)).toEqual(searchSite(index, "care act").hits.map((h) => h.href));
  });
});

describe("searchSite with everyday words and pages of results", () => {
  it("finds the site's word for a reader's word (sectioned finds detained)", () => {
    const local = createSearchIndex([doc("/imha", "Mental health advocates", ["If you are detained you can get an IMHA."]), ...DOCS.slice(0, 1)]);
    const { hits } = searchSite(local, "sectioned");
    expect(hits.map((h) => h.href)).toEqual(["/imha"]);
    expect(hits[0]?.snippet.filter((p) => p.marked).map((p) => p.text)).toContain("detained");
  });

  it("ranks the page about a thing above a page that mentions it", () => {
    const local = createSearchIndex([
      doc("/mentions", "Your rights", ["Many things. Also, you can complain about care, but this page is about rights in general and many other things."]),
      { ...doc("/about-it", "Help with complaints", ["How to get help."]), summary: ["Free help to complain."] },
    ]);
    expect(searchSite(local, "complain").hits[0]?.href).toBe("/about-it");
  });

  it("puts a letter below the page that explains the same right", () => {
    const local = createSearchIndex([{ ...doc("/letter", "Ask for an IMHA", ["IMHA IMHA"]), restatement: true }, doc("/rights", "Ask for an IMHA", ["IMHA IMHA"])]);
    expect(searchSite(local, "imha").hits.map((h) => h.href)).toEqual(["/rights", "/letter"]);
  });

  it(`shows ${RESULTS_PER_PAGE} results a page and says how many pages there are`, () => {
    const many = createSearchIndex(Array.from({ length: 25 }, (_, i) => doc(`/p${i}`, `Page ${i}`, ["advocacy"])));
    const first = searchSite(many, "advocacy");
    const third = searchSite(many, "advocacy", 3);
    expect([first.total, first.pageCount, first.page, first.hits.length]).toEqual([25, 3, 1, RESULTS_PER_PAGE]);
    expect([third.page, third.hits.length]).toEqual([3, 5]);
    const all = [1, 2, 3].flatMap((page) => searchSite(many, "advocacy", page).hits.map((h) => h.href));
    expect(new Set(all).size).toBe(25);
    expect(searchSite(many, "advocacy", 4).hits).toEqual([]);
  });
});

describe("queryTerms", () => {
  it("drops stop words and repeats and keeps at most the limit", () => {
    expect(queryTerms("What is THE care act care")).toEqual(["care", "act"]);
    const many = Array.from({ length: 30 }, (_, i) => `word${i}`).join(" ");
    expect(queryTerms(many)).toHaveLength(MAX_QUERY_TERMS);
  });
});
