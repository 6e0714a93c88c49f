import { beforeAll, describe, expect, it } from "vitest";
import { getContentIndex, getPage, type CompiledPage } from "@/lib/content/loader";
import { linksIn, renderBody, textIn } from "./render";

/** Letters in the reader's voice (issue 20, section 4) and what the Northern Ireland letters may ask for (issue 17). */

let letters: { page: CompiledPage; html: string; sheet: string }[] = [];

beforeAll(async () => {
  const entries = getContentIndex().filter((entry) => entry.href.startsWith("/letters/"));
  letters = await Promise.all(
    entries.map(async (entry) => {
      const page = (await getPage(entry.href))!;
      const html = renderBody(page);
      return { page, html, sheet: textIn(html, ".letter") };
    }),
  );
});

const withSheet = () => letters.filter((letter) => letter.sheet !== "");

describe("letters in the reader's voice", () => {
  it("every letter with a sheet to send comes in both voices", () => {
    expect(withSheet().length).toBe(30);
    for (const { page } of withSheet()) expect(page.letterVoice, page.href).not.toBeNull();
  });

  it("the reader's own voice is first person, with no line about a third person", () => {
    const mine = withSheet().filter(({ page }) => page.letterVoice!.voice === "me");
    expect(mine.length).toBe(15);
    for (const { page, sheet } of mine) {
      expect(sheet, page.href).toMatch(/My date of birth is/);
      expect(sheet, page.href).toMatch(/\b(I am|I have|I want|I need|I would|I was|I can)\b/);
      expect(sheet, page.href).not.toMatch(/This letter is about|\bthey (are|have|were|want|need)\b/i);
    }
  });

  it("the someone-else voice names the person, who the writer is to them, and whether they agree or cannot decide", () => {
    const theirs = withSheet().filter(({ page }) => page.letterVoice!.voice === "someone-else");
    expect(theirs.length).toBe(15);
    for (const { page, sheet } of theirs) {
      expect(sheet, page.href).toMatch(/This letter is about .*I am their/s);
      // The IMCA letter is only for someone who cannot make the decision, and says so instead.
      expect(sheet, page.href).toMatch(/They know about this letter and agree to it[\s\S]*They cannot decide this for themselves|cannot make this decision for themselves/);
      expect(sheet, page.href).not.toMatch(/My date of birth|\bI (am|was) (detained|refused)\b/);
    }
  });

  it("each voice links the other, and the notes link other letters in the same voice", () => {
    for (const { page, html } of withSheet()) {
      const voice = page.letterVoice!;
      expect(linksIn(html), page.href).toContain(voice.voice === "me" ? voice.someoneElse : voice.me);
    }
    const carer = letters.find(({ page }) => page.href === "/letters/imha-england/for-someone-else")!;
    expect(linksIn(carer.html)).toContain("/letters/refused-england/for-someone-else");
    const patient = letters.find(({ page }) => page.href === "/letters/imha-england")!;
    expect(linksIn(patient.html)).toContain("/letters/refused-england");
  });
});

describe("Northern Ireland letters (the IMCA parts of the 2016 Act are not in force)", () => {
  it("ask for what exists, never for an IMCA as a duty, and say the IMCA parts have not started", () => {
    const ni = withSheet().filter(({ page }) => page.frontmatter.nations.join() === "northern-ireland");
    expect(ni.length).toBe(6);
    for (const { page, sheet } of ni) {
      const sentences = sheet.split(/(?<=[.:])\s+|\n/);
      for (const sentence of sentences.filter((s) => /\bIMCA|mental capacity advocate/i.test(s))) {
        expect(sentence, page.href).not.toMatch(/\bmust\b|\b(arrange|bring in|appoint|instruct)\b/i);
        expect(sentence, page.href).toMatch(/not started/);
      }
    }
    for (const href of ["/letters/hsc-trust-northern-ireland", "/letters/refused-northern-ireland"]) {
      const sheet = letters.find(({ page }) => page.href === href)!.sheet;
      expect(sheet, href).toMatch(/have not started yet/);
      expect(sheet, href).toMatch(/advocacy the Trust funds or arranges/);
      expect(sheet, href).toMatch(/nominated person/);
      expect(sheet, href).toMatch(/Review Tribunal/);
    }
  });
});
