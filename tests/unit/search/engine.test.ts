import { describe, expect, it } from "vitest";
import type { SearchDocument } from "@/lib/search/documents";
import { createSearchIndex, loadSearchIndex, MAX_QUERY_TERMS, queryTerms, searchSite, serializeSearchIndex } from "@/lib/search/engine";

const doc = (href: string, title: string, blocks: string[], nations: SearchDocument["nations"] = ["england"]): SearchDocument => ({
  href,
  title,
  description: `About ${title.toLowerCase()}.`,
  nations,
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

describe("queryTerms", () => {
  it("drops stop words and repeats and keeps at most the limit", () => {
    expect(queryTerms("What is THE care act care")).toEqual(["care", "act"]);
    const many = Array.from({ length: 30 }, (_, i) => `word${i}`).join(" ");
    expect(queryTerms(many)).toHaveLength(MAX_QUERY_TERMS);
  });
});
