import { beforeAll, describe, expect, it } from "vitest";
import { getContentIndex, getNavigation, getPage, type CompiledPage } from "@/lib/content/loader";
import { readingOrder } from "@/lib/content/navigation";
import { showsQuickExit } from "@/lib/content/quick-exit";
import { measureReadability } from "@/lib/content/readability";
import { todayIso } from "@/lib/content/review";
import { NATIONS } from "@/lib/nations";
import { routeKindOf } from "@/lib/http/route-policy.mjs";
import { APP_ROUTES } from "@/lib/routes";
import { FACT_FILES, citedUrls, factSheetText, isCited, referenceText, sharedCopy } from "./fact-sheet";
import { fromHtml } from "hast-util-from-html";
import { selectAll } from "hast-util-select";
import { toString } from "hast-util-to-string";
import { ORGANISATIONS, telHref } from "@/lib/organisations";
import { idsIn, linksIn, renderBody, textIn } from "./render";

const MAX_GRADE = 7;
const MAX_SENTENCE_WORDS = 25;

/**
 * Independent professional advocacy in Wales rests on the Part 10 Code of Practice, not on a
 * section or regulation that gives the duty. That letter must name Part 10 instead, and list
 * Part 10 from the law registry.
 */
const CODE_BASED_LETTERS: Record<string, RegExp> = {
  "/letters/independent-professional-advocacy-wales": /\bPart 10\b/,
};

/** "section 130C" in a letter is cited if the fact sheet says "s130C", "ss67–68", "section 259" or "reg 4". */
function factSheetCites(kind: string, number: string, facts: string): boolean {
  const prefix = kind === "section" ? "(?:ss?|sections?)" : "(?:reg|regulations?)";
  return new RegExp(`(?<![\\w])${prefix} ?${number}(?![0-9A-Za-z])`).test(facts);
}

let pages: CompiledPage[] = [];
const html = new Map<string, string>();

beforeAll(async () => {
  pages = await Promise.all(getContentIndex().map(async (entry) => (await getPage(entry.href))!));
  for (const page of pages) html.set(page.href, renderBody(page));
});

function pageText(page: CompiledPage): string {
  return [page.frontmatter.title, ...page.frontmatter.summary, ...page.blocks].join("\n");
}

function knownPath(href: string): boolean {
  return (
    pages.some((p) => p.href === href) ||
    APP_ROUTES.some((r) => r.href === href) ||
    // Search and finder addresses are built from code, not pages.
    ["search", "finder"].includes(routeKindOf(href))
  );
}

describe("content pages", () => {
  it("all compile with valid frontmatter", () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(page.code.length, page.file).toBeGreaterThan(0);
  });

  it("are all reachable from the navigation, and every navigation link resolves", () => {
    const nav = getNavigation();
    const navHrefs = new Set([...readingOrder(nav), ...nav.header, ...nav.footer].map((l) => l.href));
    for (const page of pages) {
      // A letter's someone-else voice sits in the navigation where its own address does, and links it.
      const navHref = page.letterVoice?.me ?? page.href;
      if (page.href !== "/") expect(navHrefs.has(navHref), `${page.file} is not in content/navigation.json`).toBe(true);
    }
    for (const href of navHrefs) expect(knownPath(href), `navigation links to missing page ${href}`).toBe(true);
  });

  it("link only to pages and anchors that exist", () => {
    for (const page of pages) {
      for (const href of linksIn(html.get(page.href)!)) {
        if (!href.startsWith("/") && !href.startsWith("#")) continue;
        const [pathPart, hash] = href.split("#") as [string, string | undefined];
        const target = pathPart === "" ? page.href : pathPart.split("?")[0]!;
        expect(knownPath(target), `${page.file} links to missing page ${href}`).toBe(true);
        const targetHtml = html.get(target);
        if (hash && targetHtml) {
          const ids = new Set([...idsIn(targetHtml), ...pages.find((p) => p.href === target)!.toc.map((t) => t.id)]);
          expect(ids.has(hash), `${page.file} links to missing anchor ${href}`).toBe(true);
        }
      }
    }
  });

  it("are written in plain English", () => {
    const report = pages.map((page) => ({ page: page.href, ...measureReadability(pageText(page).split("\n")) }));
    if (process.env.CONTENT_REPORT) {
      console.table(
        report.map((r) => ({ page: r.page, words: r.words, grade: r.grade, longest: r.longestSentence.words })),
      );
    }
    for (const r of report) {
      expect(r.grade, `${r.page} reads at grade ${r.grade}`).toBeLessThanOrEqual(MAX_GRADE);
      expect(r.longestSentence.words, `${r.page}: "${r.longestSentence.text}"`).toBeLessThanOrEqual(MAX_SENTENCE_WORDS);
    }
  });

  it("cite only sources the fact sheet cites, and legislation only through the law registry", () => {
    const cited = citedUrls();
    for (const page of pages) {
      for (const source of page.frontmatter.sources) {
        expect(isCited(source.url, cited), `${page.file}: ${source.url}`).toBe(true);
        expect(new URL(source.url).hostname, `${page.file}: cite legislation under law:`).not.toMatch(/legislation\.gov\.uk$/);
      }
    }
  });

  it("list sources wherever they state the law", () => {
    const statesLaw = /\b(Act|Measure|Order|Regulations) (19|20)\d\d\b|\bsection \d+/;
    for (const page of pages) {
      if (statesLaw.test(pageText(page))) {
        const { law, sources } = page.frontmatter;
        expect(law.length + sources.length, `${page.file} states law but lists no sources`).toBeGreaterThan(0);
      }
    }
  });

  it("make no claim the fact sheet lists as out of date", () => {
    const outdated: [RegExp, string][] = [
      [/three types of (independent )?advocac(y|ies)/i, "there are not three types in England and Wales"],
      [/\bOPAAL\b|Older People's Advocacy Alliance/i, "OPAAL does not find advocates for people"],
    ];
    for (const page of pages) {
      const text = pageText(page);
      for (const [pattern, why] of outdated) expect(pattern.test(text), `${page.file}: ${why}`).toBe(false);
      for (const sentence of text.split(/(?<=[.!?])\s+|\n/)) {
        if (/Community Health Council/i.test(sentence)) {
          expect(/closed|abolished|replaced|no longer|until 2023/i.test(sentence), `${page.file}: "${sentence}"`).toBe(true);
        }
        if (/Healthwatch/.test(sentence)) {
          expect(/\bnot\b|abolish|closing/i.test(sentence), `${page.file}: Healthwatch is not the complaints route: "${sentence}"`).toBe(true);
        }
        if (/Northern Ireland/.test(sentence) && /councils? (run|provide|arrange)s? (social care|social services)/i.test(sentence)) {
          expect(/\bnot\b|don't|do not/i.test(sentence), `${page.file}: "${sentence}"`).toBe(true);
        }
      }
    }
  });

  it("say plainly that laws passed but not started are not in force", () => {
    const pending = [/Mental Health Act 2025/, /Liberty Protection Safeguards/, /Adult Protection Bill/];
    for (const page of pages) {
      const text = pageText(page);
      for (const law of pending) {
        if (law.test(text)) {
          expect(/not (yet )?(in force|started|begun)|has not started|have not started|not yet/i.test(text), `${page.file}: ${law}`).toBe(true);
        }
      }
    }
  });

  it("letters name a section or regulation the fact sheet cites, with the provision from the law registry", () => {
    const facts = factSheetText();
    const letters = pages.filter((page) => textIn(html.get(page.href)!, ".letter") !== "");
    expect(letters.length).toBeGreaterThanOrEqual(15);
    for (const page of letters) {
      const text = textIn(html.get(page.href)!, ".letter");
      const { law } = page.frontmatter;
      const codeBased = CODE_BASED_LETTERS[page.href];
      if (codeBased) {
        expect(text, page.file).toMatch(codeBased);
        expect(law.length, page.file).toBeGreaterThan(0);
        continue;
      }
      const named = [...text.matchAll(/\b(section|regulation)s? (\d+[A-Z]?)\b/gi)];
      expect(named.length, `${page.file} names no section or regulation`).toBeGreaterThan(0);
      const cited = named.filter(([, kind, number]) => factSheetCites(kind!.toLowerCase(), number!, facts));
      expect(cited.map((m) => m[0]), `${page.file}: none of ${named.map((m) => m[0])} is in the fact sheet`).not.toEqual([]);
      expect(law.length, `${page.file} lists no provision under law:`).toBeGreaterThan(0);
    }
  });

  it("show only first-party phone numbers, each as a tel: link", () => {
    const shown = new Map(ORGANISATIONS.flatMap((org) => (org.phone ? [[org.phone.number, telHref(org.phone.number)]] : [])));
    const phoneLike = /\b0\d{2,4}(?: ?\d{2,4}){1,3}\b/g;
    for (const page of pages) {
      const tree = fromHtml(html.get(page.href)!, { fragment: true });
      for (const a of selectAll("a[href^='tel:']", tree)) {
        const number = toString(a);
        expect(shown.get(number), `${page.file}: ${number} is not a first-party number in organisations.json`).toBe(String(a.properties.href));
      }
      for (const a of selectAll("a[href^='tel:']", tree)) a.children = [];
      const outsideLinks = [toString(tree), ...page.frontmatter.summary].join("\n");
      expect(outsideLinks.match(phoneLike), `${page.file} shows a number that is not a tel: link`).toBeNull();
    }
  });

  it("were last reviewed no later than today, with the next review after it and within a year", () => {
    // A passed nextReview is reported (npm run build warns, npm run content:due lists), never a
    // failure: CI must not break because the calendar moved. tests/unit/review.test.ts checks that report.
    const today = todayIso();
    for (const { file, frontmatter } of pages) {
      expect(frontmatter.lastReviewed <= today, `${file}: lastReviewed ${frontmatter.lastReviewed} is after today (${today})`).toBe(true);
      expect(frontmatter.nextReview > frontmatter.lastReviewed, file).toBe(true);
      expect(Date.parse(frontmatter.nextReview) - Date.parse(frontmatter.lastReviewed), file).toBeLessThanOrEqual(366 * 86_400_000);
    }
  });

  it("rights pages link to the equivalent page for every other nation", () => {
    for (const page of pages.filter((p) => p.href.startsWith("/your-rights/"))) {
      const { nations, equivalents } = page.frontmatter;
      for (const nation of NATIONS) {
        if (nations.includes(nation)) continue;
        const target = equivalents[nation];
        expect(target, `${page.file} has no equivalent for ${nation}`).toBeDefined();
        expect(knownPath(target!), `${page.file}: equivalent ${target} is missing`).toBe(true);
      }
    }
  });

  it("show 'Exit this page' only on pages about abuse, neglect or safeguarding, each with a section on it", () => {
    const shown = pages.filter((page) => showsQuickExit(page.frontmatter));
    // Too wide a rule would put it back on every page; too narrow, on none.
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expect(shown.length).toBeLessThan(pages.length / 4);
    for (const page of shown) {
      const headlines = [...page.toc.map((entry) => entry.text), ...page.frontmatter.summary];
      expect(headlines.some((line) => /safeguarding|abuse|neglect|harm|protection|keep.* safe/i.test(line)), `${page.file} has no section or summary point about it`).toBe(true);
    }
    // Readers' review L11: Easy Read and the site's own pages must not alarm.
    for (const href of ["/easy-read/scotland", "/easy-read/imca", "/privacy", "/your-rights/imca", "/children-and-young-people"]) {
      expect(shown.map((p) => p.href), href).not.toContain(href);
    }
    expect(shown.map((p) => p.href)).toContain("/your-rights/care-act-advocacy");
  });
});

describe("docs/reference", () => {
  const copies = [
    ...FACT_FILES.map((file) => [file, `facts/${file}`]),
    ["finder-contract.md", "design/finder-contract.md"],
    ["finder-examples.json", "design/finder-examples.json"],
  ];
  it.each(copies)("%s is the same as ../shared/%s (fails if ../shared is missing)", (file, shared) => {
    const copy = referenceText(file!);
    expect(copy.length).toBeGreaterThan(1000);
    expect(copy).toBe(sharedCopy(shared!));
  });
});
