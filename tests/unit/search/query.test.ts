import { describe, expect, it } from "vitest";
import { MAX_PAGE, MAX_QUERY_LENGTH, parseSearchQuery, searchHref } from "@/lib/search/query";

const parse = (query: string) => parseSearchQuery(new URLSearchParams(query));

describe("parseSearchQuery", () => {
  it("reads, trims and tidies the words", () => {
    expect(parse("q=%20care%20%20act%20")).toEqual({ ok: true, q: "care act", page: 1 });
  });

  it("treats a missing or blank q as an empty search", () => {
    expect(parse("")).toEqual({ ok: true, q: "", page: 1 });
    expect(parse("q=%20%09")).toEqual({ ok: true, q: "", page: 1 });
  });

  it("turns control characters into spaces", () => {
    expect(parse("q=care%00%1Bact%E2%80%8B")).toEqual({ ok: true, q: "care act", page: 1 });
  });

  it(`accepts ${MAX_QUERY_LENGTH} characters and refuses more with a plain message`, () => {
    expect(parse(`q=${"a".repeat(MAX_QUERY_LENGTH)}`)).toEqual({ ok: true, q: "a".repeat(MAX_QUERY_LENGTH), page: 1 });
    expect(parse(`q=${"a".repeat(MAX_QUERY_LENGTH + 1)}`)).toEqual({
      ok: false,
      message: `Your search must be ${MAX_QUERY_LENGTH} characters or fewer.`,
    });
  });

  it("asks for one search when q is sent twice with different words, but allows repeats", () => {
    expect(parse("q=care&q=act")).toEqual({ ok: false, message: "Search for one thing at a time." });
    expect(parse("q=care&q=care")).toEqual({ ok: true, q: "care", page: 1 });
  });

  it("keeps regular-expression characters as plain text", () => {
    expect(parse("q=(a%2B)%2B%24%5B")).toEqual({ ok: true, q: "(a+)+$[", page: 1 });
  });

  it("reads the page of results, 1 when it is missing or blank", () => {
    expect(parse("q=care&page=3")).toEqual({ ok: true, q: "care", page: 3 });
    expect(parse("q=care&page=")).toEqual({ ok: true, q: "care", page: 1 });
    expect(parse("q=care&page=2&page=2")).toEqual({ ok: true, q: "care", page: 2 });
  });

  it("refuses a page that is not a whole number in range, with one plain message", () => {
    const message = `The page of results must be a whole number from 1 to ${MAX_PAGE}.`;
    for (const page of ["0", "-1", "1.5", "two", "1e3", "0x10", `${MAX_PAGE + 1}`, "99999999999999999999"]) {
      expect(parse(`q=care&page=${encodeURIComponent(page)}`), page).toEqual({ ok: false, message });
    }
    expect(parse("q=care&page=1&page=2")).toEqual({ ok: false, message: "Ask for one page of results at a time." });
  });
});

describe("searchHref", () => {
  it("leaves out page 1 and encodes the words", () => {
    expect(searchHref("care & act")).toBe("/search?q=care+%26+act");
    expect(searchHref("care", 2)).toBe("/search?q=care&page=2");
  });
});
