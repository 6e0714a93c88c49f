import { describe, expect, it } from "vitest";
import { bestBlock, snippetParts } from "@/lib/search/snippet";

const marked = (parts: { text: string; marked: boolean }[]) => parts.filter((p) => p.marked).map((p) => p.text);
const joined = (parts: { text: string }[]) => parts.map((p) => p.text).join("");

describe("bestBlock", () => {
  it("picks the block with the most different matched words", () => {
    const blocks = ["Care homes.", "The Care Act gives you an advocate.", "Act now."];
    expect(bestBlock(blocks, new Set(["care", "act"]))).toBe(blocks[1]);
  });

  it("gives null when no block matches", () => {
    expect(bestBlock(["Nothing here."], new Set(["care"]))).toBeNull();
  });
});

describe("snippetParts", () => {
  it("marks whole matched words, whatever their case, and keeps the text intact", () => {
    const parts = snippetParts("The Care Act and carers.", new Set(["care", "act"]));
    expect(marked(parts)).toEqual(["Care", "Act"]);
    expect(joined(parts)).toBe("The Care Act and carers.");
  });

  it("matches words with accents to the plain form in the index", () => {
    expect(marked(snippetParts("Ask at the Café.", new Set(["cafe"])))).toEqual(["Café"]);
  });

  it("cuts a long block to start a few words before the first match", () => {
    const block = `${"word ".repeat(80)}advocate ${"more ".repeat(80)}`;
    const parts = snippetParts(block, new Set(["advocate"]));
    const text = joined(parts);
    expect(text.startsWith("… ")).toBe(true);
    expect(text.endsWith(" …")).toBe(true);
    expect(text.length).toBeLessThan(240);
    expect(marked(parts)).toEqual(["advocate"]);
  });

  it("leaves markup characters as plain text for React to escape", () => {
    const parts = snippetParts("<b>advocate</b> & <i>", new Set(["advocate"]));
    expect(joined(parts)).toBe("<b>advocate</b> & <i>");
    expect(marked(parts)).toEqual(["advocate"]);
  });
});
