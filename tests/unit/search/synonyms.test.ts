import { describe, expect, it } from "vitest";
import { parseSynonyms, queryIdeas, SYNONYMS } from "@/lib/search/synonyms";

const table = parseSynonyms({
  groups: [
    { reader: ["sectioned", "section 2"], site: ["detained", "imha"] },
    { reader: ["care home"], site: ["accommodation"] },
  ],
  ignore: ["mum"],
});

describe("queryIdeas", () => {
  it("turns a reader's phrase into one idea with the site's words, longest phrase first", () => {
    expect(queryIdeas("Mum was put on section 2 in a care home", 12, table)).toEqual([
      { reader: "put", site: [] },
      { reader: "section 2", site: ["detained", "imha"] },
      { reader: "care home", site: ["accommodation"] },
    ]);
  });

  it("drops stop words, ignored words and repeats, and keeps at most the limit", () => {
    expect(queryIdeas("the sectioned SECTIONED mum", 12, table)).toEqual([{ reader: "sectioned", site: ["detained", "imha"] }]);
    expect(queryIdeas("a b c d e", 2, table).map((idea) => idea.reader)).toEqual(["b", "c"]);
  });

  it("keeps ignored words when they are all the search has", () => {
    expect(queryIdeas("mum", 12, table)).toEqual([{ reader: "mum", site: [] }]);
  });

  it("matches whole words only", () => {
    expect(queryIdeas("care homeless", 12, table).map((idea) => idea.reader)).toEqual(["care", "homeless"]);
  });
});

describe("the synonyms table", () => {
  it("is valid and gives the everyday words the issue named a site word", () => {
    for (const word of ["sectioned", "detained", "section 2", "section 3", "dementia", "care home", "moving", "gp", "hospital", "complain", "solicitor", "tribunal", "social worker", "refused"]) {
      expect(queryIdeas(word, 12, SYNONYMS)[0]?.site.length, word).toBeGreaterThan(0);
    }
  });

  it("rejects a malformed table with the file and field", () => {
    expect(() => parseSynonyms({ groups: [{ reader: [], site: ["x"] }], ignore: [] })).toThrow(/search-synonyms\.json: groups\.0\.reader/);
    expect(() => parseSynonyms({ groups: [{ reader: ["..."], site: ["x"] }], ignore: [] })).toThrow(/must contain a word/);
  });
});
