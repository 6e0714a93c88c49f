import { describe, expect, it } from "vitest";
import { evaluate } from "../../../lib/finder/evaluate";
import { applicableQuestions, nextQuestion } from "../../../lib/finder/flow";
import { QUESTION_IDS, QUESTIONS, answerSchemas } from "../../../lib/finder/questions";

describe("question graph (the contract's 'asked when' column)", () => {
  it("asks nation first and topic second", () => {
    expect(nextQuestion({})).toBe("nation");
    expect(nextQuestion({ nation: "scotland" })).toBe("topic");
    expect(applicableQuestions({}).slice(0, 1)).toEqual(["nation"]);
  });

  it.each([
    ["England mental health asks mha", { nation: "england", topic: "mental-health" }, "mha"],
    ["Wales mental health asks mha", { nation: "wales", topic: "mental-health" }, "mha"],
    ["England informal asks special-treatment", { nation: "england", topic: "mental-health", mha: "informal" }, "special-treatment"],
    ["England community asks special-treatment", { nation: "england", topic: "mental-health", mha: "community" }, "special-treatment"],
    ["Wales community asks special-treatment", { nation: "wales", topic: "mental-health", mha: "community" }, "special-treatment"],
    ["Wales informal is complete", { nation: "wales", topic: "mental-health", mha: "informal" }, null],
    ["England detained is complete", { nation: "england", topic: "mental-health", mha: "detained" }, null],
    ["Scotland asks disorder", { nation: "scotland", topic: "liberty" }, "disorder"],
    ["Scotland NHS complaint is complete", { nation: "scotland", topic: "nhs-complaint" }, null],
    ["Scotland social care complaint asks disorder", { nation: "scotland", topic: "social-care-complaint" }, "disorder"],
    ["capacity asks decision", { nation: "wales", topic: "capacity" }, "decision"],
    ["capacity then asks capacity", { nation: "wales", topic: "capacity", decision: "other" }, "capacity"],
    ["capacity then asks support", { nation: "wales", topic: "capacity", decision: "other", capacity: "has" }, "support"],
    ["safeguarding asks capacity", { nation: "england", topic: "safeguarding" }, "capacity"],
    ["care-support asks support", { nation: "england", topic: "care-support" }, "support"],
    ["care-support asks difficulty", { nation: "england", topic: "care-support", support: "none" }, "difficulty"],
    ["England unpaid + difficulty asks exception", { nation: "england", topic: "care-support", support: "unpaid", difficulty: "yes" }, "exception"],
    ["Wales never asks exception", { nation: "wales", topic: "care-support", support: "unpaid", difficulty: "yes" }, null],
    ["England not-sure difficulty skips exception", { nation: "england", topic: "care-support", support: "unpaid", difficulty: "not-sure" }, null],
    ["liberty asks dols first", { nation: "england", topic: "liberty" }, "dols"],
    ["liberty requested asks support", { nation: "england", topic: "liberty", dols: "requested" }, "support"],
    ["liberty not-sure asks support", { nation: "wales", topic: "liberty", dols: "not-sure" }, "support"],
    ["liberty authorised asks representative", { nation: "england", topic: "liberty", dols: "authorised" }, "representative"],
    ["Northern Ireland asks nothing more", { nation: "northern-ireland", topic: "capacity" }, null],
  ] as const)("%s", (_, answers, next) => {
    expect(nextQuestion(answers)).toBe(next);
  });

  it("drops answers to questions the path does not ask", () => {
    const outcome = evaluate({ nation: "scotland", topic: "nhs-complaint", mha: "detained", disorder: "yes", dols: "requested" });
    expect(outcome.answers).toEqual({ nation: "scotland", topic: "nhs-complaint" });
  });

  it("drops a stale answer when an earlier answer changes (Change link)", () => {
    const outcome = evaluate({ nation: "england", topic: "liberty", dols: "authorised", support: "none", representative: "paid" });
    expect(outcome.answers).toEqual({ nation: "england", topic: "liberty", dols: "authorised", representative: "paid" });
    const changed = evaluate({ nation: "england", topic: "care-support", support: "none", difficulty: "no", exception: "disagreement" });
    expect(changed.answers).not.toHaveProperty("exception");
  });

  it("keeps later answers that already apply, and asks the earliest gap", () => {
    const outcome = evaluate({ nation: "england", topic: "capacity", support: "none" });
    expect(outcome).toMatchObject({ complete: false, next: "decision", results: [], organisations: [] });
    expect(outcome.answers).toEqual({ nation: "england", topic: "capacity", support: "none" });
  });

  it("is incomplete with no answers at all", () => {
    expect(evaluate({})).toEqual({ complete: false, next: "nation", answers: {}, results: [], organisations: [] });
  });
});

describe("questions (the contract's ids and values)", () => {
  it("lists every contract id in contract order", () => {
    expect(QUESTION_IDS).toEqual([
      "nation", "topic", "mha", "special-treatment", "disorder", "decision",
      "capacity", "support", "difficulty", "exception", "dols", "representative",
    ]);
  });

  it("offers exactly the values the schema accepts, each with a label", () => {
    for (const id of QUESTION_IDS) {
      const question = QUESTIONS[id];
      expect(question.id).toBe(id);
      expect(question.legend.endsWith("?")).toBe(true);
      expect(question.options.map((o) => o.value)).toEqual(answerSchemas[id].options);
      for (const option of question.options) expect(option.label.length).toBeGreaterThan(0);
    }
  });

  it("names the Mental Health Act sections in the option hints", () => {
    const hints = QUESTIONS.mha.options.map((o) => o.hint ?? "").join(" ");
    for (const section of ["section 2 or 3", "section 4, 5(2) or 5(4)", "section 135 or 136"]) expect(hints).toContain(section);
  });
});
