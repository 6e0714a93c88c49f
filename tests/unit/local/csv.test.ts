import { describe, expect, it } from "vitest";
import { parseCsvObjects } from "@/lib/councils/csv";

describe("reading the published council CSV files", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF, and drops a byte order mark", () => {
    expect(parseCsvObjects('\uFEFFa,b\r\n"x, y","say ""hi"""\n"two\nlines",\n')).toEqual([
      { a: "x, y", b: 'say "hi"' },
      { a: "two\nlines", b: "" },
    ]);
  });

  it("keeps a last record without a line break", () => {
    expect(parseCsvObjects("a,b\n1,2")).toEqual([{ a: "1", b: "2" }]);
  });

  it.each([
    ['a,b\n1,"2', /quote/i],
    ['a,b\n1,2"x"', /quote/i],
    ['a,b\n1,"2"x', /quote/i],
    ["slug,name\namber-valley\n", /record length|column/i],
    ["slug,slug\na,b\n", /column twice/],
  ])("refuses %j", (text, message) => {
    expect(() => parseCsvObjects(text)).toThrow(message);
  });
});
