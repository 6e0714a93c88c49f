import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPages } from "@/lib/content/loader";

const frontmatter = (overrides: string) => `---
title: A test page
description: A page that exists only for this test of the loader.
nations: [england]
lastReviewed: 2026-11-24
nextReview: 2027-05-24
summary: [One point., Two points., Three points.]
${overrides}---

## A heading

Some text.
`;

function pagesWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pages-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe("content loader", () => {
  it("turns file paths into addresses, index files into their folder", () => {
    const dir = pagesWith({ "index.mdx": frontmatter(""), "your-rights/imca.mdx": frontmatter(""), "your-rights/index.mdx": frontmatter("") });
    expect(readPages(dir).map((p) => p.href)).toEqual(["/", "/your-rights", "/your-rights/imca"]);
  });

  it("fails with the file name and the field when frontmatter is wrong", () => {
    const dir = pagesWith({ "good.mdx": frontmatter(""), "broken.mdx": frontmatter("").replace("nations: [england]", "nations: [france]") });
    expect(() => readPages(dir)).toThrow(/Invalid frontmatter in .*broken\.mdx:\n {2}- nations\.0:/);
  });
});
