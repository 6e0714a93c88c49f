import { existsSync } from "node:fs";
import path from "node:path";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { toString } from "hast-util-to-string";
import { beforeAll, describe, expect, it } from "vitest";
import { EASY_READ_PICTURES, PICTURES_PATH, easyReadLinks } from "@/lib/content/easy-read";
import { getContentIndex, getPage, type CompiledPage } from "@/lib/content/loader";
import { measureReadability, plainFleschKincaid } from "@/lib/content/readability";
import { lawById } from "@/lib/law";
import { median, visiblePageText } from "./visible-text";
import { toSearchDocument } from "@/lib/search/documents";
import { createSearchIndex, searchSite } from "@/lib/search/engine";
import { renderBody } from "./render";

/** Easy Read is stricter than the rest of the site (issue 13): Mencap, GOV.UK and Inclusion Europe. */
const MAX_GRADE = 4;
/** Issue 20: with the plain Flesch-Kincaid grade on the visible page, a median of 4 or below and none above 5. */
const PLAIN_MEDIAN = 4;
const PLAIN_MAX = 5;
const MAX_SENTENCE_WORDS = 15;
/** Sentences allowed to run longer, each with the reason. None so far. */
const LONG_SENTENCE_EXCEPTIONS: Record<string, string> = {};

/** Names and short forms that are written in capitals; any other word in capitals is shouting. */
const CAPITALISED_NAMES = new Set(["NHS", "IMHA", "IMHAs", "IMCA", "IMCAs", "HSC", "PASS", "ECT", "UK", "GOV.UK", "GP", "GPs", "NI", "SIAA", "NYAS", "I"]);
const NUMBER_WORDS = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred)\b/i;

let all: CompiledPage[] = [];
let easyRead: CompiledPage[] = [];
const html = new Map<string, string>();

beforeAll(async () => {
  all = await Promise.all(getContentIndex().map(async (entry) => (await getPage(entry.href))!));
  easyRead = all.filter((page) => page.frontmatter.layout === "easy-read");
  for (const page of easyRead) html.set(page.href, renderBody(page));
});

function pageText(page: CompiledPage): string[] {
  return [page.frontmatter.title, ...page.frontmatter.summary, ...page.blocks];
}

describe("Easy Read pages", () => {
  it("are the index and nine topics, all under /easy-read, and only they use the layout", () => {
    expect(easyRead.map((p) => p.href).sort()).toEqual(all.filter((p) => p.href.startsWith("/easy-read")).map((p) => p.href).sort());
    expect(easyRead).toHaveLength(10);
    expect(easyRead.filter((p) => p.frontmatter.fullPage)).toHaveLength(9);
  });

  it(`read at grade ${MAX_GRADE} or below, with no sentence over ${MAX_SENTENCE_WORDS} words`, () => {
    const report = easyRead.map((page) => ({ page: page.href, ...measureReadability(pageText(page)) }));
    if (process.env.CONTENT_REPORT) {
      console.table(report.map((r) => ({ page: r.page, words: r.words, grade: r.grade, longest: r.longestSentence.words, text: r.longestSentence.text.slice(0, 70) })));
    }
    for (const r of report) {
      expect(r.grade, `${r.page} reads at grade ${r.grade}`).toBeLessThanOrEqual(MAX_GRADE);
      if (LONG_SENTENCE_EXCEPTIONS[r.longestSentence.text]) continue;
      expect(r.longestSentence.words, `${r.page}: "${r.longestSentence.text}"`).toBeLessThanOrEqual(MAX_SENTENCE_WORDS);
    }
  });

  it(`read at a median plain Flesch-Kincaid grade of ${PLAIN_MEDIAN} or below, none above ${PLAIN_MAX}, on the whole visible page`, async () => {
    // As shown, and with the folded sources opened: the target must not rest on the fold alone.
    for (const openFolds of [false, true]) {
      const grades: Record<string, number> = {};
      for (const page of easyRead) grades[page.href] = plainFleschKincaid(await visiblePageText(page.href, { openFolds })).grade;
      if (process.env.CONTENT_REPORT) console.log(`plain Flesch-Kincaid, visible text${openFolds ? ", sources open" : ""}:`, JSON.stringify(grades));
      expect(median(Object.values(grades)), openFolds ? "sources open" : "as shown").toBeLessThanOrEqual(PLAIN_MEDIAN);
      for (const [href, grade] of Object.entries(grades)) expect(grade, href).toBeLessThanOrEqual(PLAIN_MAX);
    }
  });

  it("cite, under law, every Act they name", () => {
    const ACT = /(?:[A-Z][\w-]*|\([A-Z][\w ]*\)|and)(?:\s+(?:[A-Z][\w-]*|\([A-Z][\w ]*\)|and))*\s+(?:Act|Order|Measure)\s+\d{4}/g;
    let named = 0;
    for (const page of easyRead) {
      const citations = page.frontmatter.law.map((id) => lawById(id).citation);
      for (const act of new Set(pageText(page).join("\n").match(ACT) ?? [])) {
        named += 1;
        expect(citations.some((c) => c.startsWith(act)), `${page.href} names ${act} but cites it nowhere`).toBe(true);
      }
      // The index only points to the topics; each topic restates a standard page and its sources.
      if (page.frontmatter.fullPage) expect(page.frontmatter.law.length + page.frontmatter.sources.length, `${page.href} has no sources`).toBeGreaterThan(0);
    }
    expect(named).toBeGreaterThanOrEqual(3);
  });

  it("put a picture with an alt attribute beside every point, from the vendored set", () => {
    for (const page of easyRead) {
      const tree = fromHtml(html.get(page.href)!, { fragment: true });
      const points = selectAll(".er-point", tree);
      expect(points.length, page.href).toBeGreaterThanOrEqual(5);
      for (const point of points) {
        const where = `${page.href}: "${toString(point).slice(0, 60)}"`;
        const images = selectAll("img", point);
        expect(images, where).toHaveLength(1);
        const img = images[0]!;
        expect(typeof img.properties.alt, `${where} has no alt attribute`).toBe("string");
        const src = String(img.properties.src);
        const name = src.replace(`${PICTURES_PATH}/`, "").replace(/\.svg$/, "");
        expect(EASY_READ_PICTURES as readonly string[], where).toContain(name);
        expect(existsSync(path.join("public", src)), `${src} is not in public/`).toBe(true);
        expect(toString(select(".er-point__text", point)!).trim(), where).not.toBe("");
      }
      // Every paragraph of the body sits in a point, the ask sheet's too.
      for (const p of selectAll("p", tree)) {
        const inside = points.some((point) => selectAll("p", point).includes(p));
        expect(inside, `${page.href}: "${toString(p)}" is not in a point`).toBe(true);
      }
    }
  });

  it("every vendored picture is there, with its licence", () => {
    for (const name of EASY_READ_PICTURES) expect(existsSync(path.join("public", PICTURES_PATH, `${name}.svg`)), name).toBe(true);
    expect(existsSync(path.join("public", PICTURES_PATH, "LICENSE"))).toBe(true);
  });

  it("use no italics, no capitals for emphasis and digits for numbers", () => {
    for (const page of easyRead) {
      const tree = fromHtml(html.get(page.href)!, { fragment: true });
      expect(selectAll("em, i", tree).map((el) => toString(el)), page.href).toEqual([]);
      const text = pageText(page).join("\n");
      const shouting = (text.match(/\b[A-Z][A-Z.]+[a-z]?\b/g) ?? []).filter((word) => !CAPITALISED_NAMES.has(word));
      expect(shouting, page.href).toEqual([]);
      expect(text.match(NUMBER_WORDS)?.[0], `${page.href} writes a number in words`).toBeUndefined();
    }
  });

  it("explain each hard word, in bold, in a sentence of the same point", () => {
    let hardWords = 0;
    for (const page of easyRead) {
      const tree = fromHtml(html.get(page.href)!, { fragment: true });
      for (const point of selectAll(".er-point", tree)) {
        for (const strong of selectAll("strong", point)) {
          hardWords += 1;
          const word = toString(strong);
          const explained = toString(point)
            .split(/(?<=[.?!])\s+/)
            .some(
              (sentence) =>
                (sentence.toLowerCase().includes(word.toLowerCase()) && /\b(is|are|means|called|short for)\b/.test(sentence)) ||
                /^(This|It|They|These) (is|are|means|mean)\b/.test(sentence),
            );
          expect(explained, `${page.href}: "${word}" is not explained`).toBe(true);
        }
      }
    }
    expect(hardWords).toBeGreaterThan(20);
  });

  it("link both ways with their standard pages", () => {
    const index = getContentIndex();
    for (const page of easyRead.filter((p) => p.frontmatter.fullPage)) {
      for (const target of page.frontmatter.fullPage!) {
        const standard = index.find((p) => p.href === target);
        expect(standard, `${page.file}: full page ${target} does not exist`).toBeDefined();
        expect(standard!.frontmatter.layout, `${page.file}: ${target} must be a standard page`).not.toBe("easy-read");
        expect(easyReadLinks(index, target).easyRead, `${target} should link to ${page.href}`).toBe(page.href);
        expect(page.frontmatter.nations.some((n) => standard!.frontmatter.nations.includes(n)), `${page.href} and ${target} share no nation`).toBe(true);
      }
      expect(easyReadLinks(index, page.href).fullPages.map((f) => f.href)).toEqual(page.frontmatter.fullPage);
    }
    const targets = easyRead.flatMap((p) => p.frontmatter.fullPage ?? []);
    expect(new Set(targets).size, "a standard page has two Easy Read versions").toBe(targets.length);
  });

  it('are found by searching for "easy read", the index first', () => {
    const search = createSearchIndex(all.map(toSearchDocument));
    expect(searchSite(search, "easy read").hits[0]?.href).toBe("/easy-read");
  });
});
