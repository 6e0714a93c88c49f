import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, parseSearchQuery } from "@/lib/search/query";

const parse = (query: string) => parseSearchQuery(new URLSearchParams(query));

describe("parseSearchQuery", () => {
  it("reads, trims and tidies the words", () => {
    expect(parse("q=%20care%20%20act%20")).toEqual({ ok: true, q: "care act" });
  });

  it("treats a missing or blank q as an empty search", () => {
    expect(parse("")).toEqual({ ok: true, q: "" });
    expect(parse("q=%20%09")).toEqual({ ok: true, q: "" });
  });

  it("turns control characters into spaces", () => {
    expect(parse("q=care%00%1Bact%E2%80%8B")).toEqual({ ok: true, q: "care act" });
  });

  it(`accepts ${MAX_QUERY_LENGTH} characters and refuses more with a plain message`, () => {
    expect(parse(`q=${"a".repeat(MAX_QUERY_LENGTH)}`)).toEqual({ ok: true, q: "a".repeat(MAX_QUERY_LENGTH) });
    expect(parse(`q=${"a".repeat(MAX_QUERY_LENGTH + 1)}`)).toEqual({
      ok: false,
      message: `Your search must be ${MAX_QUERY_LENGTH} characters or fewer.`,
    });
  });

  it("asks for one search when q is sent twice with different words, but allows repeats", () => {
    expect(parse("q=care&q=act")).toEqual({ ok: false, message: "Search for one thing at a time." });
    expect(parse("q=care&q=care")).toEqual({ ok: true, q: "care" });
  });

  it("keeps regular-expression characters as plain text", () => {
    expect(parse("q=(a%2B)%2B%24%5B")).toEqual({ ok: true, q: "(a+)+$[" });
  });
});
