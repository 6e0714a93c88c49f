import { describe, expect, it } from "vitest";
import { apiError } from "../../../lib/finder/evaluate";
import { answersToSearch, parseAnswers } from "../../../lib/finder/query";

describe("parseAnswers", () => {
  it("reads known answers from URLSearchParams and from a plain object", () => {
    const fromParams = parseAnswers(new URLSearchParams("nation=wales&topic=mental-health&mha=informal"));
    const fromObject = parseAnswers({ nation: "wales", topic: "mental-health", mha: "informal" });
    expect(fromParams).toEqual({ ok: true, answers: { nation: "wales", topic: "mental-health", mha: "informal" } });
    expect(fromObject).toEqual(fromParams);
  });

  it("ignores unknown parameter names", () => {
    const parsed = parseAnswers(new URLSearchParams("nation=england&utm_source=x&foo=bar&Nation=wales"));
    expect(parsed).toEqual({ ok: true, answers: { nation: "england" } });
  });

  it("treats an empty value as unanswered", () => {
    expect(parseAnswers(new URLSearchParams("nation=&topic="))).toEqual({ ok: true, answers: {} });
    expect(parseAnswers({ nation: "", topic: undefined })).toEqual({ ok: true, answers: {} });
  });

  it("rejects a value outside the question's list, naming the question in a plain sentence", () => {
    const parsed = parseAnswers(new URLSearchParams("nation=england&topic=mental-health&mha=section-2"));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.question).toBe("mha");
    expect(parsed.error.message).toBe("\u201csection-2\u201d is not one of the answers. Select which part of the Mental Health Act applies.");
    // GOV.UK wording: "Select ...", never the question repeated in straight quotes.
    expect(parsed.error.message).not.toContain('"');
    expect(apiError(parsed.error)).toEqual({ error: parsed.error });
  });

  it("is strict about case and spacing in values", () => {
    for (const bad of ["England", " england", "england "]) {
      const parsed = parseAnswers({ nation: bad });
      expect(parsed.ok ? null : parsed.error.question).toBe("nation");
    }
  });

  it("accepts identical repeated keys and rejects different ones", () => {
    expect(parseAnswers(new URLSearchParams("nation=wales&nation=wales"))).toEqual({ ok: true, answers: { nation: "wales" } });
    expect(parseAnswers({ nation: ["wales", "wales", ""] })).toEqual({ ok: true, answers: { nation: "wales" } });
    const parsed = parseAnswers(new URLSearchParams("nation=wales&nation=england"));
    expect(parsed.ok ? null : parsed.error).toEqual({
      question: "nation",
      message: "The web address has more than one answer to this question. Select which part of the UK this is about.",
    });
  });

  it("reads who, and words its messages for whoever is asking", () => {
    expect(parseAnswers(new URLSearchParams("nation=wales&who=someone-else"))).toEqual({ ok: true, answers: { nation: "wales", who: "someone-else" } });
    const carer = parseAnswers(new URLSearchParams("nation=wales&who=someone-else&capacity=perhaps"));
    expect(carer.ok ? null : carer.error).toEqual({
      question: "capacity",
      message: "\u201cperhaps\u201d is not one of the answers. Select if the person can make this decision for themselves.",
    });
    const self = parseAnswers(new URLSearchParams("nation=wales&capacity=perhaps"));
    expect(self.ok ? null : self.error.message).toContain("Select if you can make this decision for yourself");
    const badWho = parseAnswers(new URLSearchParams("nation=wales&who=my-mum"));
    expect(badWho.ok ? null : badWho.error).toEqual({
      question: "who",
      message: "\u201cmy-mum\u201d is not one of the answers. Select who you are asking for.",
    });
  });

  it("reports the first bad question in contract order", () => {
    const parsed = parseAnswers(new URLSearchParams("dols=maybe&nation=mars"));
    expect(parsed.ok ? null : parsed.error.question).toBe("nation");
  });

  it("never echoes more than 40 characters of a bad value", () => {
    const huge = "x".repeat(10_000);
    const parsed = parseAnswers({ topic: huge });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message).not.toContain("x".repeat(41));
    expect(parsed.error.message.length).toBeLessThan(200);
  });

  it("never splits a unicode character when it shortens a value", () => {
    const parsed = parseAnswers({ nation: "🏴󠁧󠁢󠁷󠁬󠁳󠁿".repeat(30) + "é".repeat(50) });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message.isWellFormed()).toBe(true);
  });

  it("never throws, and never lets prototype keys through, for strange input", () => {
    const strange: unknown[] = [
      new URLSearchParams("__proto__=england&constructor=x&nation=wales"),
      JSON.parse('{"__proto__": {"nation": "england"}, "constructor": "x"}'),
      Object.create({ nation: "england" }),
      Object.create(null),
      { nation: ["wales", "england"], topic: [] },
      { nation: 42 },
      { nation: { toString: () => "wales" } },
      { nation: [null] },
      { nation: "\u0000\uFFFF\uD800" },
      { hasOwnProperty: "nation", nation: "wales" },
      new URLSearchParams("nation=" + "%F0%9F%92%A9".repeat(5000)),
      new URLSearchParams("a=".repeat(10_000)),
    ];
    for (const input of strange) {
      const parsed = parseAnswers(input as Record<string, string>);
      expect(parsed).toHaveProperty("ok");
      if (parsed.ok) {
        expect(Object.keys(parsed.answers).every((k) => k === "nation" || k === "topic")).toBe(true);
        expect(Object.hasOwn(parsed.answers, "__proto__")).toBe(false);
        expect(Object.hasOwn(parsed.answers, "constructor")).toBe(false);
      }
    }
    // Inherited values are not the object's own answers.
    expect(parseAnswers(Object.create({ nation: "england" }))).toEqual({ ok: true, answers: {} });
    expect(parseAnswers(JSON.parse('{"__proto__": {"nation": "england"}}'))).toEqual({ ok: true, answers: {} });
  });

  it("survives an object whose getter throws", () => {
    const hostile = Object.defineProperty({}, "nation", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(parseAnswers(hostile).ok).toBe(false);
  });
});

describe("answersToSearch", () => {
  it("writes only answered questions, in contract order (who last, as in the contract's table), with no leading ?", () => {
    const search = answersToSearch({ who: "someone-else", support: "none", difficulty: "yes", topic: "care-support", nation: "england" });
    expect(search).toBe("nation=england&topic=care-support&support=none&difficulty=yes&who=someone-else");
  });

  it("writes nothing for no answers, and round-trips through parseAnswers", () => {
    expect(answersToSearch({})).toBe("");
    const answers = { nation: "northern-ireland", topic: "nhs-complaint" } as const;
    expect(parseAnswers(new URLSearchParams(answersToSearch(answers)))).toEqual({ ok: true, answers });
  });
});
