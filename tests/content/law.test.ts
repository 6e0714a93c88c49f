import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import lawJson from "@/content/data/law.json";
import { LAW_ENTRIES, NOT_YET_IN_FORCE, PINPOINT, citeLaw, lawById, lawSource, parseLaw, withCommencement } from "@/lib/law";

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

describe("commencement: every entry says whether it has started, and how we know (issue 17)", () => {
  const good = LAW_ENTRIES.find((entry) => entry.id === "care-act-2014-s67")!;
  const { inForce: _derived, ...raw } = good;

  it("requires it: an entry without commencement is rejected", () => {
    const { commencement: _gone, ...without } = raw;
    expect(() => parseLaw([without])).toThrow(/commencement/);
  });

  it("never accepts 'in force' without a legislation.gov.uk source, or a bare verified flag", () => {
    const bare = { status: "in-force", evidence: "current-text", checked: "legislation.gov.uk shows no Prospective marker." };
    expect(() => parseLaw([{ ...raw, commencement: bare }])).toThrow(/source/);
    const elsewhere = { ...bare, source: { title: "A blog", url: "https://example.org/law" } };
    expect(() => parseLaw([{ ...raw, commencement: elsewhere }])).toThrow(/legislation\.gov\.uk/);
    const flag = { status: "in-force", verified: false, checked: "Nothing was read for this one at all." };
    expect(() => parseLaw([{ ...raw, commencement: flag }])).toThrow();
    expect(() => parseLaw([{ ...raw, inForce: true }])).toThrow();
  });

  it("derives inForce from commencement: true, false, or null where unverified", () => {
    for (const entry of LAW_ENTRIES) {
      const expected = entry.commencement.status === "unverified" ? null : entry.commencement.status === "in-force";
      expect(entry.inForce, entry.id).toBe(expected);
    }
  });

  it("marks the Mental Capacity Act (Northern Ireland) 2016 IMCA sections not in force (SR 2019/163 as substituted)", () => {
    for (const id of ["mcani-2016-s35", "mcani-2016-s36", "mcani-2016-s86"]) {
      expect(lawById(id).inForce, id).toBe(false);
      expect(lawById(id).commencement.status, id).toBe("not-in-force");
    }
    // What does apply in NI was commenced for deprivation of liberty on 2 December 2019.
    for (const id of ["mcani-2016-s13", "mcani-2016-s15", "mcani-2016-s24", "mcani-2016-s45", "mcani-2016-sch-1"]) {
      expect(lawById(id).inForce, id).toBe(true);
    }
  });

  it("keeps the Mental Health Act 2025 IMHA and tribunal changes and the Scottish advocacy regulations not in force", () => {
    for (const id of ["mha-2025-s40", "mha-2025-s33", "crs-2025-s28"]) expect(lawById(id).inForce, id).toBe(false);
  });

  it("leaves at most a handful unverified, each saying what was tried", () => {
    const unverified = LAW_ENTRIES.filter((entry) => entry.commencement.status === "unverified").map((entry) => entry.id);
    expect(unverified).toEqual(["hscqe-2020-s16", "chsa-2011-s122"]);
  });

  it("adds '(not yet in force)' to every citation of a provision not started, and only to those", () => {
    expect(citeLaw("mcani-2016-s35")).toBe(`Mental Capacity Act (Northern Ireland) 2016, s35 ${NOT_YET_IN_FORCE}`);
    expect(lawSource("mcani-2016-s86").title).toContain(NOT_YET_IN_FORCE);
    expect(lawSource("care-act-2014-s67").title).not.toContain(NOT_YET_IN_FORCE);
    expect(citeLaw("hscqe-2020-s16")).not.toContain(NOT_YET_IN_FORCE);
    expect(withCommencement("MCA (NI) 2016, s35", ["mcani-2016-s35"])).toBe(`MCA (NI) 2016, s35 ${NOT_YET_IN_FORCE}`);
    expect(withCommencement(`MCA (NI) 2016, s35 ${NOT_YET_IN_FORCE}`, ["mcani-2016-s35"])).toBe(`MCA (NI) 2016, s35 ${NOT_YET_IN_FORCE}`);
    expect(withCommencement("Care Act 2014, s67", ["care-act-2014-s67"])).toBe("Care Act 2014, s67");
  });
});
