import { describe, expect, it } from "vitest";
import { getContentIndex } from "@/lib/content/loader";
import { evaluate } from "../../../lib/finder/evaluate";
import { LETTER_PATHS, letterFor, refusalLetterFor } from "../../../lib/finder/letters";
import { answersToSearch } from "../../../lib/finder/query";
import { NATIONS } from "../../../lib/nations";
import { finderStep } from "../../../lib/finder/step";
import { voiceHref } from "../../../lib/letter-voices";
import { enumeratePaths } from "./helpers";

const pages = new Map(getContentIndex().map((page) => [page.href, page]));

describe("letters for finder results", () => {
  it("every letter path is a letter page in the content index, in both voices", () => {
    for (const path of LETTER_PATHS) {
      for (const voice of ["me", "someone-else"] as const) {
        const href = voiceHref(path, voice);
        expect(pages.has(href), `${href} is not a content page`).toBe(true);
        expect(pages.get(href)!.frontmatter.layout, href).toBe("letter");
        expect(pages.get(href)!.letterVoice?.voice, href).toBe(voice);
      }
    }
  });

  it("links the letter in the voice of whoever is asking (contract: letters in the reader's voice)", () => {
    // Issue 20, task 2: a detained man asking for himself was sent to a letter about a third person.
    const forHimself = finderStep(new URLSearchParams("nation=england&topic=mental-health&mha=detained&who=me"), "result");
    const forHisFather = finderStep(new URLSearchParams("nation=england&topic=mental-health&mha=detained&who=someone-else"), "result");
    const noWho = finderStep(new URLSearchParams("nation=england&topic=mental-health&mha=detained"), "result");
    if (forHimself.kind !== "result" || forHisFather.kind !== "result" || noWho.kind !== "result") throw new Error("expected results");
    const imha = (step: typeof forHimself) => step.results.find((r) => r.type === "imha")!;
    expect(imha(forHimself)).toMatchObject({ askLetter: "/letters/imha-england", refusalLetter: "/letters/refused-england" });
    expect(imha(noWho).askLetter).toBe("/letters/imha-england");
    expect(imha(forHisFather)).toMatchObject({
      askLetter: "/letters/imha-england/for-someone-else",
      refusalLetter: "/letters/refused-england/for-someone-else",
    });
  });

  // Issue 9 made Llais NHS complaints help a duty, and issue 14 added the council's s178 duty for
  // Welsh children's complaints: no letter asks for either yet (content work, outside the rules).
  const NO_LETTER_YET = new Set(["wales complaints"]);

  it("every must-provide result, on every path, links to a letter that exists for its nation", () => {
    let checked = 0;
    let waived = 0;
    for (const answers of enumeratePaths()) {
      const nation = answers.nation!;
      for (const result of evaluate(answers).results.filter((r) => r.strength === "must-provide")) {
        if (NO_LETTER_YET.has(`${nation} ${result.type}`)) {
          expect(letterFor(result.type, nation), "a letter now exists: drop the waiver").toBeNull();
          waived += 1;
          continue;
        }
        const where = `${answersToSearch(answers)} → ${result.type}`;
        for (const voice of ["me", "someone-else"] as const) {
          const letter = letterFor(result.type, nation, voice);
          expect(letter, `${where} has no letter`).not.toBeNull();
          expect(pages.has(letter!), `${where}: ${letter} is missing`).toBe(true);
          expect(pages.get(letter!)!.frontmatter.nations, `${where}: ${letter} is not for ${nation}`).toContain(nation);
          expect(pages.get(letter!)!.letterVoice?.voice, `${where}: ${letter} is not in the ${voice} voice`).toBe(voice);
        }
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(waived).toBe(2);
  });

  it("every nation has a refusal letter written for that nation", () => {
    // Northern Ireland's letter answers a refusal of Trust-funded advocacy: the NI IMCA is not in force.
    const firstDuty = { england: "care-act", wales: "wales-ipa", scotland: "scotland-mh", "northern-ireland": "non-statutory" } as const;
    for (const nation of NATIONS) {
      const letter = refusalLetterFor(firstDuty[nation], nation);
      expect(letter, nation).not.toBeNull();
      expect(pages.get(letter!)?.frontmatter.nations, letter!).toEqual([nation]);
    }
  });

  it("offers a refusal letter only where that letter names the duty", () => {
    expect(refusalLetterFor("complaints", "scotland")).toBeNull();
    expect(refusalLetterFor("complaints", "northern-ireland")).toBeNull();
    expect(refusalLetterFor("ni-imca", "northern-ireland")).toBeNull();
    expect(refusalLetterFor("non-statutory", "england")).toBeNull();
    expect(refusalLetterFor("imha", "wales")).toBe("/letters/refused-wales");
  });

  it("gives no letter where the right does not exist in that nation", () => {
    expect(letterFor("care-act", "wales")).toBeNull();
    expect(letterFor("imha", "scotland")).toBeNull();
    expect(letterFor("wales-ipa", "england")).toBeNull();
  });
});
