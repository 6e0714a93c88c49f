import { describe, expect, it } from "vitest";
import { evaluate, toApiResponse } from "../../../lib/finder/evaluate";
import { applicableQuestions } from "../../../lib/finder/flow";
import { answersToSearch, parseAnswers } from "../../../lib/finder/query";
import { QUESTION_IDS } from "../../../lib/finder/questions";
import { GUIDANCE_PATHS, STRENGTHS, type ResultType } from "../../../lib/finder/types";
import { PINPOINT, isLawId, lawById } from "../../../lib/law";
import { organisationById } from "../../../lib/organisations";
import { POSITIVE, enumeratePaths, typesWith } from "./helpers";

const paths = enumeratePaths();
const outcomes = paths.map((answers) => ({ answers, outcome: evaluate(answers) }));

describe("every path through the question graph", () => {
  it("ends complete, with no next question and at least one result", () => {
    for (const { outcome } of outcomes) {
      expect(outcome.complete).toBe(true);
      expect(outcome.next).toBeNull();
      expect(outcome.results.length).toBeGreaterThan(0);
    }
  });

  it("keeps exactly the answers the path asked, in contract order", () => {
    for (const { answers, outcome } of outcomes) {
      expect(Object.keys(outcome.answers)).toEqual(QUESTION_IDS.filter((id) => id in answers));
      expect(applicableQuestions(outcome.answers).length).toBe(Object.keys(answers).length);
    }
  });

  it("offers at least one positive result or a not-entitled explanation, and always somewhere to turn", () => {
    for (const { answers, outcome } of outcomes) {
      const where = answersToSearch(answers);
      const positive = typesWith(outcome, POSITIVE).length > 0;
      const explained = outcome.results.some((r) => r.strength === "not-entitled" && r.summary.length > 0);
      expect(positive || explained, `${where}: neither a positive result nor an explanation`).toBe(true);
      // Somewhere to turn: every result, positive or not, names at least one contact.
      for (const r of outcome.results) expect(r.contacts.length, `${where} ${r.type}`).toBeGreaterThan(0);
      expect(outcome.organisations.length, where).toBeGreaterThan(0);
    }
  });

  it("cites the law by registry id, and every law link is that entry's pinpoint", () => {
    let linked = 0;
    for (const { answers, outcome } of outcomes) {
      for (const r of outcome.results) {
        const where = `${answersToSearch(answers)} ${r.type}`;
        // Every statutory result names its provision; only non-statutory help has none.
        if (r.type !== "non-statutory" && r.strength !== "not-entitled") expect(r.law.length, where).toBeGreaterThan(0);
        for (const id of r.law) expect(isLawId(id), `${where}: ${id}`).toBe(true);
        if (r.basisUrl === null) {
          expect(r.law, where).toEqual([]);
          continue;
        }
        expect(r.basisUrl, where).toBe(lawById(r.law[0]!).url);
        expect(r.basisUrl, where).toMatch(PINPOINT);
        linked += 1;
      }
    }
    expect(linked).toBeGreaterThan(300);
  });

  it("sorts results strongest first", () => {
    for (const { outcome } of outcomes) {
      const ranks = outcome.results.map((r) => STRENGTHS.indexOf(r.strength));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it("names one result per type, with known guidance pages and contacts for the nation", () => {
    for (const { answers, outcome } of outcomes) {
      const types = outcome.results.map((r) => r.type);
      expect(new Set(types).size).toBe(types.length);
      for (const r of outcome.results) {
        expect(GUIDANCE_PATHS).toContain(r.guidance);
        expect(r.contacts.length).toBeGreaterThan(0);
        for (const id of r.contacts) {
          const org = organisationById(id);
          expect(org, `organisation ${id}`).toBeDefined();
          expect(org?.nations).toContain(answers.nation);
        }
      }
      expect(outcome.organisations.length).toBeGreaterThan(0);
    }
  });

  it("round-trips through the query string and the JSON API shape", () => {
    for (const { outcome } of outcomes) {
      const reparsed = parseAnswers(new URLSearchParams(answersToSearch(outcome.answers)));
      expect(reparsed.ok && evaluate(reparsed.answers)).toEqual(outcome);
      const api = toApiResponse(outcome);
      for (const r of api.results) {
        expect(Object.keys(r)).toEqual(["type", "strength", "title", "basis", "arrangedBy", "summary", "condition"]);
      }
      for (const o of api.organisations) expect(Object.keys(o)).toEqual(["id", "name", "url"]);
    }
  });
});

describe("not-sure answers (contract: a condition says what would make it apply)", () => {
  const NEGATIVE = { capacity: "has", disorder: "no", difficulty: "no" } as const;

  it("every positive result that 'not sure' unlocks, compared with 'no', carries a condition", () => {
    let checked = 0;
    for (const { answers, outcome } of outcomes) {
      for (const [question, negative] of Object.entries(NEGATIVE)) {
        if (answers[question as keyof typeof NEGATIVE] !== "not-sure") continue;
        const denied = evaluate({ ...answers, [question]: negative });
        const deniedPositive = typesWith(denied, POSITIVE);
        for (const r of outcome.results.filter((x) => POSITIVE.includes(x.strength) && x.type !== "non-statutory")) {
          if (deniedPositive.includes(r.type)) continue;
          checked += 1;
          expect(r.condition, `${answersToSearch(answers)} ${r.type}`).toEqual(expect.any(String));
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe("nation gating, across the whole enumeration (§8)", () => {
  const positiveIn = (nation: string, type: ResultType) =>
    outcomes.filter(({ answers, outcome }) => answers.nation === nation && typesWith(outcome, POSITIVE).includes(type));
  const anyIn = (nation: string, type: ResultType) =>
    outcomes.filter(({ answers, outcome }) => answers.nation === nation && outcome.results.some((r) => r.type === type));

  it("§1.5: care-act appears positively only in England", () => {
    for (const nation of ["wales", "scotland", "northern-ireland"]) expect(positiveIn(nation, "care-act")).toEqual([]);
    expect(positiveIn("england", "care-act").length).toBeGreaterThan(0);
  });

  it("§2.3: wales-ipa appears only in Wales", () => {
    for (const nation of ["england", "scotland", "northern-ireland"]) expect(anyIn(nation, "wales-ipa")).toEqual([]);
    expect(positiveIn("wales", "wales-ipa").length).toBeGreaterThan(0);
  });

  it("§3: scotland-mh and scotland-asp appear only in Scotland", () => {
    for (const nation of ["england", "wales", "northern-ireland"]) {
      expect(anyIn(nation, "scotland-mh")).toEqual([]);
      expect(anyIn(nation, "scotland-asp")).toEqual([]);
    }
    expect(positiveIn("scotland", "scotland-mh").length).toBeGreaterThan(0);
    expect(positiveIn("scotland", "scotland-asp").length).toBeGreaterThan(0);
  });

  it("§3.2, §4.1: no positive imha, imca, imca-dols or rpr in Scotland or Northern Ireland", () => {
    for (const nation of ["scotland", "northern-ireland"]) {
      for (const type of ["imha", "imca", "imca-dols", "rpr"] as const) expect(positiveIn(nation, type)).toEqual([]);
    }
  });

  it("§4.2: ni-imca appears only in Northern Ireland, and never positively (corrections 2026-12-04 §1: not in force)", () => {
    for (const nation of ["england", "wales", "scotland"]) expect(anyIn(nation, "ni-imca")).toEqual([]);
    expect(anyIn("northern-ireland", "ni-imca").length).toBeGreaterThan(0);
    expect(positiveIn("northern-ireland", "ni-imca")).toEqual([]);
  });

  it("§1.8: Healthwatch is never given as a contact for a complaint", () => {
    for (const { outcome } of outcomes) {
      for (const r of outcome.results.filter((x) => x.type === "complaints")) expect(r.contacts).not.toContain("healthwatch");
    }
  });
});
