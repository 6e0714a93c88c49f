import { describe, expect, it } from "vitest";
import { parseCsv, parseCsvObjects } from "@/lib/councils/csv";

describe("strict RFC 4180 CSV reader", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF", () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n"two\nlines",\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"'],
      ["two\nlines", ""],
    ]);
  });

  it("keeps a last record without a line break, and drops a byte order mark", () => {
    expect(parseCsv("\uFEFFa,b\n1,2")).toEqual([["a", "b"], ["1", "2"]]);
  });

  it.each([
    ['a,b\n1,"2', /never closed/],
    ['a,b\n1,2"x"', /quote may only open a field/],
    ['a,b\n1,"2"x', /text after a closing quote/],
    ["a,b\r1,2", /lone carriage return/],
  ])("refuses %j", (text, message) => {
    expect(() => parseCsv(text)).toThrow(message);
  });

  it("maps rows to the header, and refuses a row with the wrong number of fields or a repeated column", () => {
    expect(parseCsvObjects("slug,name\namber-valley,Amber Valley\n")).toEqual([{ slug: "amber-valley", name: "Amber Valley" }]);
    expect(() => parseCsvObjects("slug,name\namber-valley\n")).toThrow(/1 fields where the header has 2/);
    expect(() => parseCsvObjects("slug,slug\na,b\n")).toThrow(/column twice/);
  });
});
