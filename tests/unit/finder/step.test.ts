import { describe, expect, it } from "vitest";
import { finderApi } from "../../../lib/finder/api";
import { applicableQuestions, nextQuestion } from "../../../lib/finder/flow";
import type { Answers, QuestionId } from "../../../lib/finder/questions";
import { finderStep, type FinderStep, type StepAt } from "../../../lib/finder/step";
import { allPaths, pagePaths } from "../../support/finder-paths";

/**
 * Node tests in the style of GOV.UK smart-answers: each answer, sent from its question's
 * form, leads to exactly one next node.
 */
const step = (at: StepAt, query: string): FinderStep => finderStep(new URLSearchParams(query), at);

/** Sends question `at`'s form with `query` (its hidden fields and the chosen radio). */
const submit = (at: QuestionId, query: string) => step(at, `${query}${query ? "&" : ""}answering=${at}`);

function redirectTarget(result: FinderStep): string {
  expect(result.kind, JSON.stringify(result).slice(0, 200)).toBe("redirect");
  return result.kind === "redirect" ? result.to : "";
}

describe("finderStep: where each answer leads (HTML flow)", () => {
  it.each([
    ["nation", "nation=wales", "/find-advocacy/who?nation=wales"],
    ["who", "nation=wales&who=someone-else", "/find-advocacy/topic?nation=wales&who=someone-else"],
    ["topic", "nation=wales&topic=mental-health&who=me", "/find-advocacy/mha?nation=wales&topic=mental-health&who=me"],
    ["topic", "nation=scotland&topic=nhs-complaint&who=me", "/find-advocacy/area?nation=scotland&topic=nhs-complaint&who=me"],
    ["topic", "nation=scotland&topic=liberty&who=me", "/find-advocacy/disorder?nation=scotland&topic=liberty&who=me"],
    ["topic", "nation=northern-ireland&topic=capacity&who=me", "/find-advocacy/area?nation=northern-ireland&topic=capacity&who=me"],
    ["mha", "nation=england&topic=mental-health&mha=community&who=me", "/find-advocacy/special-treatment?nation=england&topic=mental-health&mha=community&who=me"],
    ["mha", "nation=england&topic=mental-health&mha=detained&who=me", "/find-advocacy/area?nation=england&topic=mental-health&mha=detained&who=me"],
    ["mha", "nation=wales&topic=mental-health&mha=informal&who=me", "/find-advocacy/area?nation=wales&topic=mental-health&mha=informal&who=me"],
    ["special-treatment", "nation=wales&topic=mental-health&mha=community&special-treatment=s57&who=me", "/find-advocacy/area?nation=wales&topic=mental-health&mha=community&special-treatment=s57&who=me"],
    ["disorder", "nation=scotland&topic=liberty&disorder=not-sure&who=me", "/find-advocacy/area?nation=scotland&topic=liberty&disorder=not-sure&who=me"],
    ["decision", "nation=england&topic=capacity&decision=other&who=me", "/find-advocacy/capacity?nation=england&topic=capacity&decision=other&who=me"],
    ["capacity", "nation=england&topic=capacity&decision=other&capacity=lacks&who=me", "/find-advocacy/support?nation=england&topic=capacity&decision=other&capacity=lacks&who=me"],
    ["dols", "nation=england&topic=liberty&dols=requested&who=me", "/find-advocacy/support?nation=england&topic=liberty&dols=requested&who=me"],
    ["dols", "nation=england&topic=liberty&dols=authorised&who=me", "/find-advocacy/representative?nation=england&topic=liberty&dols=authorised&who=me"],
    ["representative", "nation=wales&topic=liberty&dols=authorised&representative=paid&who=me", "/find-advocacy/area?nation=wales&topic=liberty&dols=authorised&representative=paid&who=me"],
    ["support", "nation=england&topic=care-support&support=unpaid&who=me", "/find-advocacy/difficulty?nation=england&topic=care-support&support=unpaid&who=me"],
    ["difficulty", "nation=england&topic=care-support&support=unpaid&difficulty=yes&who=me", "/find-advocacy/exception?nation=england&topic=care-support&support=unpaid&difficulty=yes&who=me"],
    ["difficulty", "nation=wales&topic=care-support&support=unpaid&difficulty=yes&who=me", "/find-advocacy/area?nation=wales&topic=care-support&support=unpaid&difficulty=yes&who=me"],
    ["exception", "nation=england&topic=care-support&support=unpaid&difficulty=yes&exception=none&who=me", "/find-advocacy/area?nation=england&topic=care-support&support=unpaid&difficulty=yes&exception=none&who=me"],
  ] as const)("%s: %s -> %s", (at, query, to) => {
    expect(redirectTarget(submit(at, query))).toBe(to);
  });

  it("a Change that makes later answers irrelevant drops them", () => {
    const changed = submit("topic", "nation=england&topic=nhs-complaint&mha=detained&special-treatment=none&who=me");
    expect(redirectTarget(changed)).toBe("/find-advocacy/area?nation=england&topic=nhs-complaint&who=me");
    const liberty = submit("dols", "nation=england&topic=liberty&support=none&dols=authorised&who=someone-else");
    expect(redirectTarget(liberty)).toBe("/find-advocacy/representative?nation=england&topic=liberty&dols=authorised&who=someone-else");
  });

  it("a Change that keeps later answers goes on to the first gap, or to the optional area question before the result", () => {
    const query = "nation=england&topic=capacity&decision=serious-treatment&capacity=lacks&support=unpaid&who=me";
    expect(redirectTarget(submit("support", query))).toBe(`/find-advocacy/area?${query}`);
    expect(redirectTarget(submit("nation", "nation=wales&topic=capacity&decision=other"))).toBe(
      "/find-advocacy/who?nation=wales&topic=capacity&decision=other",
    );
  });

  it("Continue with nothing chosen shows the question again with the GOV.UK error", () => {
    const result = submit("nation", "");
    expect(result).toMatchObject({ kind: "question", error: "Select which part of the UK this is about", value: null });
    const carer = submit("capacity", "nation=wales&topic=capacity&decision=other&who=someone-else");
    expect(carer).toMatchObject({ kind: "question", error: "Select if the person can make this decision for themselves" });
  });

  it("an answer outside the list is a problem, worded the GOV.UK way", () => {
    expect(step("topic", "nation=atlantis")).toEqual({
      kind: "problem",
      question: "nation",
      message: "\u201catlantis\u201d is not one of the answers. Select which part of the UK this is about.",
    });
    expect(step("result", "nation=england&topic=mental-health&mha=sectioned")).toMatchObject({
      kind: "problem",
      question: "mha",
      message: expect.stringContaining("Select which part of the Mental Health Act applies"),
    });
  });

  it("a question the answers do not call for redirects to the step that does", () => {
    expect(redirectTarget(step("mha", "nation=scotland&topic=mental-health&who=me"))).toBe(
      "/find-advocacy/disorder?nation=scotland&topic=mental-health&who=me",
    );
    expect(redirectTarget(step("topic", ""))).toBe("/find-advocacy/nation");
  });

  it("a question page has a Back link to the step before, carrying the answers so far", () => {
    expect(step("nation", "")).toMatchObject({ kind: "question", backHref: "/find-advocacy" });
    expect(step("who", "nation=wales")).toMatchObject({ backHref: "/find-advocacy/nation?nation=wales" });
    expect(step("topic", "nation=wales&who=someone-else")).toMatchObject({
      backHref: "/find-advocacy/who?nation=wales&who=someone-else",
    });
    expect(step("support", "nation=england&topic=liberty&dols=requested&who=me")).toMatchObject({
      backHref: "/find-advocacy/dols?nation=england&topic=liberty&dols=requested&who=me",
    });
  });

  it("a question page carries every other answer, shows the one given, and speaks in the reader's voice", () => {
    const page = step("capacity", "nation=england&topic=capacity&decision=other&capacity=has&who=someone-else");
    expect(page).toMatchObject({
      kind: "question",
      voice: "someone-else",
      value: "has",
      action: "/find-advocacy/capacity",
      error: null,
      carried: [["nation", "england"], ["who", "someone-else"], ["topic", "capacity"], ["decision", "other"]],
    });
    if (page.kind !== "question") return;
    expect(page.question.legend).toBe("Can the person make this decision for themselves?");
    expect(page.rows.map((row) => row.id)).toEqual(["nation", "who", "topic", "decision"]);
    expect(page.rows[1]).toMatchObject({ question: "Who are you asking for?", answer: "Someone else" });
  });
});

describe("finderStep: the result", () => {
  it("an incomplete result address goes to the first question the pages ask", () => {
    expect(redirectTarget(step("result", "nation=england&topic=capacity"))).toBe(
      "/find-advocacy/who?nation=england&topic=capacity",
    );
    expect(redirectTarget(step("result", "nation=england&who=me&topic=capacity"))).toBe(
      "/find-advocacy/decision?nation=england&topic=capacity&who=me",
    );
  });

  it("a complete address without who is a result in the person's own voice", () => {
    const result = step("result", "nation=england&topic=mental-health&mha=detained");
    expect(result).toMatchObject({
      kind: "result",
      voice: "me",
      nation: "england",
      heading: "You can get an Independent Mental Health Advocate (IMHA)",
    });
  });

  it("names the answer for someone asking on the person's behalf", () => {
    const result = step("result", "nation=england&topic=mental-health&mha=detained&who=someone-else");
    expect(result).toMatchObject({ kind: "result", voice: "someone-else", heading: "They can get an Independent Mental Health Advocate (IMHA)" });
    const maybe = step("result", "nation=england&topic=safeguarding&capacity=not-sure&support=none&difficulty=not-sure&who=someone-else");
    expect(maybe).toMatchObject({ kind: "result", heading: expect.stringMatching(/^They may be able to get /) });
  });

  it("says plainly when no law gives an advocate", () => {
    const result = step("result", "nation=northern-ireland&topic=safeguarding");
    expect(result).toMatchObject({ kind: "result", heading: expect.stringMatching(/^No law gives you an advocate for this/) });
  });

  it("resolves each result's contacts once, with tel: links for phone numbers", () => {
    const result = step("result", "nation=scotland&topic=nhs-complaint&who=someone-else");
    if (result.kind !== "result") throw new Error(result.kind);
    const phones = result.results.flatMap((r) => r.contactDetails.flatMap((c) => (c.phone ? [c.phone] : [])));
    expect(phones.length).toBeGreaterThan(0);
    for (const phone of phones) expect(phone.href).toBe(`tel:+44${phone.number.replace(/ /g, "").slice(1)}`);
    for (const r of result.results) expect(r.contactDetails.map((c) => c.id)).toEqual(r.contacts);
  });

  it("gives the letter to ask, and the refusal letter only for a duty", () => {
    const result = step("result", "nation=england&topic=mental-health&mha=detained");
    if (result.kind !== "result") throw new Error(result.kind);
    const imha = result.results.find((r) => r.type === "imha");
    expect(imha).toMatchObject({ askLetter: "/letters/imha-england", refusalLetter: "/letters/refused-england" });
    for (const r of result.results.filter((x) => x.strength === "discretionary")) expect(r.refusalLetter).toBeNull();
  });

  it("links each result to its Easy Read page and the topic pages readers ask about next", () => {
    const detained = step("result", "nation=england&topic=mental-health&mha=detained");
    if (detained.kind !== "result") throw new Error(detained.kind);
    expect(detained.results.find((r) => r.type === "imha")).toMatchObject({
      easyRead: "/easy-read/imha",
      readNext: [{ href: "/mental-health-tribunals" }],
    });
    const complaint = step("result", "nation=wales&topic=nhs-complaint");
    if (complaint.kind !== "result") throw new Error(complaint.kind);
    expect(complaint.results.find((r) => r.type === "complaints")).toMatchObject({
      easyRead: "/easy-read/complaints",
      readNext: [{ href: "/complaints-and-ombudsmen" }],
    });
  });

  it("sends the reader to the website for a number we saw only on someone else's page", () => {
    let contacts = 0;
    for (const steps of allPaths()) {
      const result = finderStep(new URLSearchParams(steps), "result");
      if (result.kind !== "result") throw new Error(`${steps.join("&")}: ${result.kind}`);
      contacts += result.results.flatMap((r) => r.contactDetails).length;
      for (const contact of result.results.flatMap((r) => r.contactDetails)) {
        expect(contact.phone !== null && contact.checkPhoneOnWebsite, contact.id).toBe(false);
      }
    }
    expect(contacts).toBeGreaterThan(allPaths().length);
    const england = step("result", "nation=england&topic=nhs-complaint");
    if (england.kind !== "result") throw new Error(england.kind);
    expect(england.results.flatMap((r) => r.contactDetails).some((c) => c.checkPhoneOnWebsite)).toBe(true);
  });
});

/** The form clicked through: each step's radio sent, following every redirect. */
function walk(path: [QuestionId, string][]): { visited: string[]; end: FinderStep } {
  let at: StepAt = "nation";
  let query = new URLSearchParams();
  const visited: string[] = [];
  for (let hops = 0; hops < 20; hops += 1) {
    if (at === "result") return { visited, end: finderStep(query, "result") };
    visited.push(at);
    // The optional area question comes last; its page links straight to the result to skip it.
    if (at === "area") {
      at = "result";
      continue;
    }
    const choice = path.find(([id]) => id === at);
    if (!choice) throw new Error(`path has no answer for ${at}`);
    const sent = new URLSearchParams(query);
    sent.set(choice[0], choice[1]);
    sent.set("answering", at);
    const next = finderStep(sent, at);
    if (next.kind !== "redirect") throw new Error(`${at} gave ${next.kind}`);
    const url = new URL(next.to, "http://finder.test");
    at = (url.pathname.split("/").pop() ?? "") as StepAt;
    query = url.searchParams;
  }
  throw new Error("too many steps");
}

describe("every path the pages ask, who included", () => {
  const htmlPaths = pagePaths();

  it("has twice the API's paths, and each walks question by question to its result", () => {
    console.info(`finder: ${allPaths().length} API paths, ${htmlPaths.length} page paths with who`);
    // Each API path twice (who), and three times more where the pages ask free-to-leave (3 options).
    const refined = allPaths().filter((steps) =>
      applicableQuestions(Object.fromEntries(steps) as Answers, "html").includes("free-to-leave"),
    ).length;
    expect(refined).toBeGreaterThan(0);
    expect(htmlPaths.length).toBe(2 * (allPaths().length + 2 * refined));
    for (const path of htmlPaths) {
      const { visited, end } = walk(path);
      expect(visited).toEqual([...path.map(([id]) => id), "area"]);
      expect(end.kind).toBe("result");
      if (end.kind !== "result") continue;
      expect(end.voice).toBe(path[1]![1]);
      expect(end.heading).toMatch(/^(You|They) (can|may be able to) get |^(You|They) have a right of access to |^No law gives (you|them) |^From these answers/);
      expect(end.heading).toMatch(end.voice === "me" ? /^(You |No law gives you|From these answers, the law does not give you)/ : /^(They |No law gives them|From these answers, the law does not give them)/);
    }
  });

  it("the API gives the same complete, next, types and strengths for every path with and without who", () => {
    let compared = 0;
    for (const steps of allPaths()) {
      const answers = Object.fromEntries(steps) as Answers;
      const base = new URLSearchParams(answers as Record<string, string>);
      const plain = finderApi(base);
      expect(plain.status).toBe(200);
      for (const who of ["me", "someone-else"]) {
        const voiced = finderApi(new URLSearchParams({ ...answers, who } as Record<string, string>));
        expect(voiced.status).toBe(200);
        if (plain.status !== 200 || voiced.status !== 200) continue;
        const shape = (body: typeof plain.body) => ({
          complete: body.complete,
          next: body.next,
          results: body.results.map((r) => [r.type, r.strength]),
          organisations: body.organisations.map((o) => o.id),
        });
        expect(shape(voiced.body)).toEqual(shape(plain.body));
        expect(voiced.body.answers).toEqual({ ...plain.body.answers, who });
        // In the person's own voice, every word is the same too.
        if (who === "me") expect({ ...voiced.body, answers: plain.body.answers }).toEqual(plain.body);
        compared += 1;
      }
    }
    expect(compared).toBe(2 * allPaths().length);
  });
});

describe("finderApi (the JSON API's pure function)", () => {
  it("never names who as next: after nation comes topic", () => {
    expect(finderApi(new URLSearchParams("nation=england"))).toEqual({
      status: 200,
      body: { complete: false, next: "topic", answers: { nation: "england" }, results: [], organisations: [] },
    });
    expect(finderApi(new URLSearchParams("nation=england&who=someone-else"))).toMatchObject({
      body: { next: "topic", answers: { nation: "england", who: "someone-else" } },
    });
    expect(nextQuestion({ nation: "england" })).toBe("topic");
  });

  it("asks nothing of an incomplete path but the contract's questions", () => {
    for (const steps of allPaths()) {
      for (let length = 0; length < steps.length; length += 1) {
        const answers = Object.fromEntries(steps.slice(0, length)) as Record<string, string>;
        const answer = finderApi(new URLSearchParams(answers));
        expect(answer.status === 200 && answer.body.next).toBe(steps[length]![0]);
      }
    }
  });

  it("answers 400 with the question and a GOV.UK-worded message", () => {
    expect(finderApi(new URLSearchParams("nation=england&who=carer"))).toEqual({
      status: 400,
      body: { error: { question: "who", message: "\u201ccarer\u201d is not one of the answers. Select who you are asking for." } },
    });
  });
});
