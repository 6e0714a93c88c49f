import { describe, expect, it } from "vitest";
import { evaluate } from "../../../lib/finder/evaluate";
import { applicableQuestions, nextQuestion, previousQuestion } from "../../../lib/finder/flow";
import { COUNCILS } from "../../../lib/councils/directory";
import { ASK_ORDER, DECLARED_QUESTIONS, QUESTION_IDS, QUESTIONS, answerSchemas, questionIn, type Voice } from "../../../lib/finder/questions";
import { NATIONS } from "../../../lib/nations";

const VOICES: Voice[] = ["me", "someone-else"];

describe("question graph (the contract's 'asked when' column)", () => {
  it("asks nation first and topic second (the API never asks who)", () => {
    expect(nextQuestion({})).toBe("nation");
    expect(nextQuestion({ nation: "scotland" })).toBe("topic");
    expect(applicableQuestions({}).slice(0, 1)).toEqual(["nation"]);
    expect(applicableQuestions({ nation: "wales", topic: "other" })).toEqual(["nation", "topic"]);
  });

  it("the pages ask who straight after nation, then topic; an answered who stays on the path in both channels", () => {
    expect(nextQuestion({}, "html")).toBe("nation");
    expect(nextQuestion({ nation: "scotland" }, "html")).toBe("who");
    expect(nextQuestion({ nation: "scotland", who: "someone-else" }, "html")).toBe("topic");
    expect(nextQuestion({ nation: "scotland", who: "me" })).toBe("topic");
    expect(applicableQuestions({ nation: "wales", topic: "other" }, "html")).toEqual(["nation", "who", "topic", "area"]);
    expect(applicableQuestions({ nation: "wales", who: "me", topic: "other" })).toEqual(["nation", "who", "topic"]);
    expect(nextQuestion({ nation: "wales", topic: "other" }, "html")).toBe("who");
    // The optional area question is asked last on the pages, never named as next by the API.
    expect(nextQuestion({ nation: "wales", who: "me", topic: "other" }, "html")).toBe("area");
    expect(nextQuestion({ nation: "wales", who: "me", topic: "other" })).toBeNull();
    expect(nextQuestion({ nation: "wales", who: "me", topic: "other", area: "cardiff" }, "html")).toBeNull();
  });

  it("knows the question before each one, for the Back link", () => {
    const answers = { nation: "england", who: "someone-else", topic: "liberty", dols: "requested" } as const;
    expect(previousQuestion("nation", answers)).toBeNull();
    expect(previousQuestion("who", answers)).toBe("nation");
    expect(previousQuestion("topic", answers)).toBe("who");
    expect(previousQuestion("dols", answers)).toBe("topic");
    expect(previousQuestion("support", answers)).toBe("dols");
    expect(previousQuestion("mha", answers)).toBeNull();
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

  it("keeps who in the answers passed to the rules, and never changes results with it", () => {
    const query = { nation: "england", topic: "mental-health", mha: "detained" } as const;
    const carer = evaluate({ ...query, who: "someone-else" });
    expect(carer.answers).toEqual({ ...query, who: "someone-else" });
    const plain = evaluate(query);
    expect(carer.results.map((r) => [r.type, r.strength])).toEqual(plain.results.map((r) => [r.type, r.strength]));
  });

  it("is incomplete with no answers at all", () => {
    expect(evaluate({})).toEqual({ complete: false, next: "nation", answers: {}, results: [], organisations: [] });
  });
});

describe("questions (the contract's ids and values)", () => {
  it("lists every contract id in contract order, who last as in the contract's table", () => {
    expect(QUESTION_IDS).toEqual([
      "nation", "topic", "mha", "special-treatment", "disorder", "decision",
      "capacity", "support", "difficulty", "exception", "dols", "representative",
      // Issue 20: an optional refinement (contract: new ids may be added as optional refinements).
      "free-to-leave", "who", "area",
    ]);
  });

  it("declares each id once; the asking order is the declaration order, with who straight after nation", () => {
    expect(DECLARED_QUESTIONS.map((q) => q.id)).toEqual(ASK_ORDER);
    expect([...ASK_ORDER].sort()).toEqual([...QUESTION_IDS].sort());
    expect(new Set(ASK_ORDER).size).toBe(ASK_ORDER.length);
    expect(ASK_ORDER.slice(0, 3)).toEqual(["nation", "who", "topic"]);
    // support's askedWhen reads dols, so dols is declared (and asked) first.
    expect(ASK_ORDER.indexOf("dols")).toBeLessThan(ASK_ORDER.indexOf("support"));
  });

  it("keeps the contract's values for every question", () => {
    const values = Object.fromEntries(QUESTION_IDS.map((id) => [id, answerSchemas[id].options]));
    expect(values).toEqual({
      nation: [...NATIONS],
      topic: ["mental-health", "capacity", "liberty", "care-support", "safeguarding", "nhs-complaint", "social-care-complaint", "other"],
      mha: ["detained", "holding", "place-of-safety", "cto", "guardianship", "conditional-discharge", "informal", "community"],
      "special-treatment": ["s57", "ect-under-18", "none"],
      disorder: ["yes", "no", "not-sure"],
      decision: ["serious-treatment", "long-stay-move", "accommodation-review", "safeguarding", "other"],
      capacity: ["lacks", "has", "not-sure"],
      support: ["unpaid", "paid-only", "none"],
      difficulty: ["yes", "no", "not-sure"],
      exception: ["long-nhs-stay", "disagreement", "none"],
      dols: ["requested", "authorised", "not-sure"],
      representative: ["unpaid", "paid", "none-yet"],
      "free-to-leave": ["no", "yes", "not-sure"],
      who: ["me", "someone-else"],
      area: COUNCILS.map((c) => c.slug),
    });
  });

  it.each(VOICES)("offers exactly the values the schema accepts, each with a label (%s)", (voice) => {
    for (const id of QUESTION_IDS) {
      const question = questionIn(id, voice);
      expect(question.id).toBe(id);
      expect(question.legend.endsWith("?")).toBe(true);
      expect(question.options.map((o) => o.value)).toEqual(answerSchemas[id].options);
      for (const option of question.options) expect(option.label.length).toBeGreaterThan(0);
    }
  });

  it.each(VOICES)("gives every question a GOV.UK error message: 'Select ...', no full stop, no quotes (%s)", (voice) => {
    for (const id of QUESTION_IDS) {
      const { error, legend } = questionIn(id, voice);
      expect(error, id).toMatch(/^Select [a-z]/);
      expect(error, id).not.toMatch(/[."?]$/);
      expect(error, id).not.toContain('"');
      expect(error, id).not.toContain(legend);
    }
    expect(questionIn("nation", voice).error).toBe("Select which part of the UK this is about");
  });

  it("speaks to the person as 'you', and to someone asking for them of 'the person' or 'they'", () => {
    const text = (voice: Voice) =>
      QUESTION_IDS.map((id) => {
        const q = questionIn(id, voice);
        return [q.legend, q.hint ?? "", q.error, ...q.options.flatMap((o) => [o.label, o.hint ?? ""])].join(" ");
      });
    // "you" may appear only as the person asking ("If you are not sure, ask ..."), never as the patient.
    const patientAsYou = /\b(Do you|Can you|Would you|keep you|help you|your representative|you live|you left|you get|for yourself|I cannot|I can make)\b/;
    const carer = text("someone-else");
    for (const [index, id] of QUESTION_IDS.entries()) expect(carer[index], id).not.toMatch(patientAsYou);
    expect(text("me").filter((t) => patientAsYou.test(t)).length).toBeGreaterThan(5);
    expect(questionIn("disorder", "someone-else").legend).toMatch(/^Does the person have/);
    expect(questionIn("disorder", "me").legend).toMatch(/^Do you have/);
    expect(questionIn("capacity", "someone-else").legend).toBe("Can the person make this decision for themselves?");
    expect(questionIn("capacity", "me").legend).toBe("Can you make this decision for yourself?");
  });

  it.each(VOICES)("keeps every sentence of question copy to 20 words or fewer (%s)", (voice) => {
    const sentences = QUESTION_IDS.flatMap((id) => {
      const q = questionIn(id, voice);
      return [q.legend, q.hint ?? "", q.error, ...q.options.flatMap((o) => [o.label, o.hint ?? ""])];
    }).flatMap((text) => text.split(/(?<=[.?!])\s+/));
    const long = sentences.filter((sentence) => sentence.split(/\s+/).length > 20);
    expect(long).toEqual([]);
    expect(sentences.length).toBeGreaterThan(50);
  });

  it("QUESTIONS is the person's own voice, the voice used when who is not given", () => {
    for (const id of QUESTION_IDS) expect(QUESTIONS[id]).toEqual(questionIn(id, "me"));
  });

  it("names the Mental Health Act sections in the option hints", () => {
    const hints = QUESTIONS.mha.options.map((o) => o.hint ?? "").join(" ");
    for (const section of ["section 2 or 3", "section 4, 5(2) or 5(4)", "section 135 or 136"]) expect(hints).toContain(section);
  });
});
