import { describe, expect, it } from "vitest";
import { createSearchIndex, serializeSearchIndex } from "@/lib/search/engine";
import { SearchIndexError, searchIndexFromFile } from "@/lib/search/site-index";

const good = serializeSearchIndex(
  createSearchIndex([{ href: "/care-act", title: "Care Act", description: "About the Care Act.", nations: ["england"], restatement: false, summary: [], headings: [], blocks: ["Text."] }]),
);

describe("the search index file check", () => {
  it("loads a good file", () => {
    expect(searchIndexFromFile(JSON.parse(JSON.stringify(good))).documents.has("/care-act")).toBe(true);
  });

  it("reports a corrupt file with its name, the problem and the fix", () => {
    const corrupt = [
      { ...good, version: 2 },
      { ...good, documents: [{ href: "care-act" }] },
      { ...good, index: "not an index" },
      { ...good, index: { documentCount: "many" } },
      null,
    ];
    for (const file of corrupt) {
      expect(() => searchIndexFromFile(file)).toThrow(SearchIndexError);
      expect(() => searchIndexFromFile(file)).toThrow(/\.next\/search-index\.json is broken \(.+\)\. Run `npm run build` again/);
    }
  });
});
