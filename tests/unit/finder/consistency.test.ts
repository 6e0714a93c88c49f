import { describe, expect, it } from "vitest";
import { evaluate } from "../../../lib/finder/evaluate";
import { answersToSearch } from "../../../lib/finder/query";
import { QUESTIONS, type Answers, type QuestionId } from "../../../lib/finder/questions";
import type { FinderOutcome, FinderResult, ResultType } from "../../../lib/finder/types";
import { POSITIVE, enumeratePaths } from "./helpers";

/** Consistency checks over the whole decision table (issue 14). */
const outcomes = enumeratePaths().map((answers) => ({ answers, outcome: evaluate(answers) }));
const where = (a: Answers) => answersToSearch(a);
const textOf = (r: FinderResult) => `${r.summary} ${r.condition ?? ""} ${r.howToAsk} ${r.arrangedBy}`;

describe("England and Wales agree on analogous paths, except where the fact sheets name a difference", () => {
  /** The Welsh path asking the same thing: Wales never asks `exception`, nor `special-treatment` for in-patients. */
  function walesTwin(a: Answers): Answers {
    const { exception: _exception, "special-treatment": special, ...rest } = a;
    return { ...rest, nation: "wales", ...(a.mha === "community" && special ? { "special-treatment": special } : {}) };
  }
  /**
   * What a path gives, by kind and strength. The Care Act advocate (England) and the independent
   * professional advocate (Wales) are the same kind of help under each nation's law; a result
   * explaining that another nation's law does not apply here, and the non-statutory fallback
   * (derived from whether a firm right exists), are left out.
   */
  function signature(outcome: FinderOutcome, nation: string): string[] {
    return outcome.results
      .filter((r) => r.type !== "non-statutory" && !(nation === "wales" && r.type === "care-act"))
      .map((r) => `${r.type === "wales-ipa" ? "care-act" : r.type}:${r.strength}`)
      .sort();
  }
  /** Each allowed difference, with the fact it rests on. Every entry must be used. */
  const ALLOWED: { why: string; applies: (a: Answers) => boolean }[] = [
    { why: "addendum Q1: Wales s130I(2)(a) excludes only s135 and s136, so s4 and s5 holding powers qualify", applies: (a) => a.mha === "holding" },
    { why: "§2.1 s130J: Welsh informal in-patients qualify; in England only via s57 or ECT under 18", applies: (a) => a.mha === "informal" && a["special-treatment"] === "none" },
    { why: "addendum Q4: SI 2014/2889 reg 4 (a long NHS stay, a disagreement) is England law only", applies: (a) => a.topic === "care-support" && a.support === "unpaid" && a.exception !== "none" },
    {
      why: "addendum Q4, corrections §3, issue 17: reg 4, despite a family helper, is England law only (moves, reviews, and the care planning beside a deprivation of liberty)",
      applies: (a) => (a.decision === "long-stay-move" || a.decision === "accommodation-review" || a.topic === "liberty") && a.support === "unpaid",
    },
  ];

  it("every England path matches its Welsh twin unless an allowed difference names why", () => {
    const used = new Set<string>();
    let compared = 0;
    for (const { answers, outcome } of outcomes.filter((o) => o.answers.nation === "england")) {
      const twin = evaluate(walesTwin(answers));
      expect(twin.complete, `${where(answers)} has no complete Welsh twin`).toBe(true);
      const same = JSON.stringify(signature(outcome, "england")) === JSON.stringify(signature(twin, "wales"));
      const allowed = ALLOWED.find((d) => d.applies(answers));
      if (allowed && !same) used.add(allowed.why);
      if (!allowed) expect(signature(twin, "wales"), `${where(answers)} vs Wales`).toEqual(signature(outcome, "england"));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(100);
    expect([...used].sort()).toEqual(ALLOWED.map((d) => d.why).sort());
  });
});

describe("not sure: every answer of 'not sure' that changes a result carries a condition", () => {
  const NOT_SURE: QuestionId[] = (Object.keys(QUESTIONS) as QuestionId[]).filter((id) =>
    QUESTIONS[id].options.some((o) => o.value === "not-sure"),
  );

  it("covers every question that offers 'not sure'", () => {
    expect(NOT_SURE.sort()).toEqual(["capacity", "difficulty", "disorder", "dols", "free-to-leave"]);
  });

  it("a positive result on a not-sure path is conditional whenever some definite answer would not give it", () => {
    let checked = 0;
    for (const { answers, outcome } of outcomes) {
      for (const id of NOT_SURE.filter((q) => answers[q] === "not-sure")) {
        const definite = QUESTIONS[id].options.map((o) => o.value).filter((v) => v !== "not-sure");
        const alternatives = definite.map((value) => evaluate({ ...answers, [id]: value }));
        for (const r of outcome.results.filter((x) => POSITIVE.includes(x.strength) && x.type !== "non-statutory")) {
          const sometimesMissing = alternatives.some((alt) => !alt.results.some((x) => x.type === r.type && x.strength === r.strength));
          if (!sometimesMissing) continue;
          checked += 1;
          expect(r.condition, `${where(answers)} ${r.type} (${id})`).toEqual(expect.any(String));
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe("no result names a body or role that does not exist where the person is", () => {
  /** Words that must not appear, by nation, except in the result that explains their absence. */
  const ABSENT: { nations: string[]; words: RegExp; except?: ResultType; why: string }[] = [
    { nations: ["scotland", "northern-ireland"], words: /\bIMHAs?\b|Independent Mental Health Advocate/, except: "imha", why: "§4.1, §8: IMHAs are England and Wales law" },
    { nations: ["wales", "scotland", "northern-ireland"], words: /Care Act/, except: "care-act", why: "§1.5: the Care Act duty is England only" },
    { nations: ["wales", "scotland", "northern-ireland"], words: /Healthwatch/, why: "§1.8: Healthwatch is English" },
    { nations: ["england", "scotland", "northern-ireland"], words: /Llais/, why: "§2.4: Llais is Welsh" },
    { nations: ["england", "wales", "northern-ireland"], words: /\bPASS\b/, why: "§3.5: PASS is Scottish" },
    { nations: ["northern-ireland"], words: /\bcouncil\b/i, why: "§4.4, §6 item 16: councils do not run social care in NI" },
  ];

  it.each(ABSENT)("$why", ({ nations, words, except }) => {
    let checked = 0;
    for (const { answers, outcome } of outcomes.filter((o) => nations.includes(o.answers.nation!))) {
      for (const r of outcome.results.filter((x) => x.type !== except)) {
        // The Patient and Client Council is a body of that name, not a local council.
        const text = textOf(r).replaceAll("Patient and Client Council", "PCC");
        expect(text, `${where(answers)} ${r.type}`).not.toMatch(words);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("issue 14 #9: only people known to be in hospital are told to ask the ward", () => {
    const inHospital = (a: Answers) => a.mha === "detained" || a.mha === "holding" || a.mha === "informal";
    for (const { answers, outcome } of outcomes.filter((o) => !inHospital(o.answers))) {
      for (const r of outcome.results) expect(textOf(r), `${where(answers)} ${r.type}`).not.toMatch(/\bward\b/i);
    }
  });
});

describe("every must-provide result the law switches off in named circumstances carries them as its condition", () => {
  const SWITCHES: { type: ResultType; words: string[]; why: string }[] = [
    { type: "imca", words: ["attorney or deputy", "named someone to be consulted", "16 or over"], why: "MCA 2005 s40(1), s2(5)" },
    { type: "imca-dols", words: ["attorney or deputy", "named someone to be consulted"], why: "MCA 2005 s40(1) (s39A, s39C, s39D)" },
    // ni-imca is no longer here: it is never must-provide (corrections of 4 December 2026, §1).
  ];

  it.each(SWITCHES)("$type: $why", ({ type, words }) => {
    let checked = 0;
    for (const { answers, outcome } of outcomes) {
      for (const r of outcome.results.filter((x) => x.type === type && x.strength === "must-provide")) {
        for (const w of words) expect(r.condition ?? "", `${where(answers)} ${type}`).toContain(w);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("IMCA long-move results name the Mental Health Act exception; serious treatment names Part 4 treatment", () => {
    for (const { answers, outcome } of outcomes.filter((o) => o.answers.topic === "capacity")) {
      const imca = outcome.results.find((r) => r.type === "imca" && r.strength === "must-provide");
      if (!imca) continue;
      expect(imca.condition, where(answers)).toContain("Mental Health Act");
    }
  });
});
