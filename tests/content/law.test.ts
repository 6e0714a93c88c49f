import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import lawJson from "@/content/data/law.json";
import { LAW_ENTRIES, PINPOINT, lawById, parseLaw } from "@/lib/law";

const ROOT = path.join(__dirname, "..", "..");

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

const PAGES = filesUnder("content/pages", ".mdx");
const FINDER = filesUnder("lib/finder", ".ts");
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

/** Ids a page lists under law: in its frontmatter. */
function pageLawIds(file: string): string[] {
  const law: unknown = matter(read(file)).data.law;
  return Array.isArray(law) ? law.map(String) : [];
}

/** Ids the finder names: any quoted registry id in its source. */
function finderLawIds(file: string): string[] {
  const text = read(file);
  return LAW_ENTRIES.map((entry) => entry.id).filter((id) => text.includes(`"${id}"`));
}

describe("the law registry (content/data/law.json)", () => {
  it("parses, with unique ids", () => {
    expect(LAW_ENTRIES.length).toBeGreaterThanOrEqual(40);
    expect(parseLaw(lawJson)).toHaveLength(LAW_ENTRIES.length);
  });

  it("rejects a whole Act, its explanatory notes or a duplicate id", () => {
    const good = LAW_ENTRIES[0]!;
    expect(() => parseLaw([{ ...good, url: "https://www.legislation.gov.uk/ukpga/2005/9" }])).toThrow(/one section/);
    expect(() => parseLaw([{ ...good, url: "https://www.legislation.gov.uk/ukpga/2005/9/notes/division/6/1/9/3" }])).toThrow(/one section/);
    expect(() => parseLaw([good, good])).toThrow(/duplicate id/);
  });

  it("points every entry at a section, regulation, article, schedule or part", () => {
    for (const entry of LAW_ENTRIES) {
      expect(entry.url, entry.id).toMatch(PINPOINT);
      expect(entry.url, entry.id).toMatch(/\/(section|regulation|article|schedule|part)\//);
    }
  });

  it("throws on an unknown id", () => {
    expect(lawById("care-act-2014-s67").citation).toBe("Care Act 2014, s67");
    expect(() => lawById("no-such-law")).toThrow(/no entry "no-such-law"/);
  });

  it("is the only place pages and the finder take legislation.gov.uk addresses from", () => {
    for (const file of [...PAGES, ...FINDER]) {
      const text = read(file).replace(/legislation\.gov\.uk(?![/\w])/g, "");
      expect(text.match(/https?:\/\/(www\.)?legislation\.gov\.uk\/\S*/g), file).toBeNull();
    }
  });

  it("resolves every id a page cites", () => {
    for (const file of PAGES) for (const id of pageLawIds(file)) expect(() => lawById(id), `${file}: ${id}`).not.toThrow();
  });

  it("has no entry that nothing uses", () => {
    const used = new Set([...PAGES.flatMap(pageLawIds), ...FINDER.flatMap(finderLawIds)]);
    const unused = LAW_ENTRIES.map((entry) => entry.id).filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });
});
