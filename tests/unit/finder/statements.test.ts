import { describe, expect, it } from "vitest";
import { describeFrontmatterError, statedRuleSchema } from "../../../lib/content/frontmatter";
import { getContentIndex } from "../../../lib/content/loader";
import { arrangerOf } from "../../../lib/finder/arrangers";
import { evaluate } from "../../../lib/finder/evaluate";
import { headline } from "../../../lib/finder/headline";
import type { Voice } from "../../../lib/finder/questions";
import { isItARight } from "../../../lib/finder/right-words";
import { KEY_CONDITIONS, disagreement, statementFor, statements } from "../../../lib/finder/statements";
import { enumeratePaths, outcomeFor } from "./helpers";

const WAL_CAP = "nation=wales&topic=capacity";

const VOICES: Voice[] = ["me", "someone-else"];
const outcomes = enumeratePaths().map((answers) => ({ answers, outcome: evaluate(answers) }));

/** The words a heading uses for each kind of advocacy (headline.ts), to find the card it names. */
const NAMED_IN_HEADING: Record<string, RegExp> = {
  imha: /\(IMHA\)/,
  imca: /\(IMCA\)/,
  "imca-dols": /\(IMCA\)/,
  "ni-imca": /\(IMCA\)/,
  rpr: /\(RPR\)/,
  "care-act": /Care Act advocate/,
  "wales-ipa": /independent professional advocate/,
  "scotland-mh": /independent advocacy/,
  "scotland-asp": /independent advocacy/,
  complaints: /help to make (your|their) complaint/,
};

describe("one statement per nation and kind of advocacy (issue 17 section 4)", () => {
  it("names who arranges every result the finder gives", () => {
    const unknown = outcomes.flatMap(({ outcome }) => outcome.results.filter((r) => arrangerOf(r.arrangedBy) === null).map((r) => r.arrangedBy));
    expect([...new Set(unknown)]).toEqual([]);
  });

  it("declares the key conditions of every (nation, type) the finder gives", () => {
    const missing = statements().filter((s) => (KEY_CONDITIONS[`${s.nation}/${s.type}`] ?? []).length === 0);
    expect(missing.map((s) => `${s.nation}/${s.type}`)).toEqual([]);
  });

  it("derives strength and arranger from the rules", () => {
    expect(statementFor("scotland", "scotland-mh")).toMatchObject({ strength: "must-provide", arrangers: ["council-and-health-board"] });
    expect(statementFor("scotland", "scotland-asp")).toMatchObject({ strength: "must-consider", arrangers: ["council"] });
    expect(statementFor("wales", "imca")).toMatchObject({ strength: "must-provide", arrangers: ["decision-maker"] });
    expect(statementFor("wales", "imca")!.strengths).toEqual(["must-provide", "discretionary", "not-entitled"]);
    expect(statementFor("scotland", "imca")).toMatchObject({ strength: "not-entitled" });
  });

  it("flags a declaration the finder does not give", () => {
    expect(disagreement({ nation: "scotland", type: "scotland-mh", strength: "must-provide", arranger: "council-and-health-board" })).toBeNull();
    expect(disagreement({ nation: "scotland", type: "scotland-asp", strength: "must-provide", arranger: "council" })).toMatch(/never gives "must-provide"/);
    expect(disagreement({ nation: "wales", type: "imca", strength: "must-provide", arranger: "council" })).toMatch(/arranged by decision-maker/);
    expect(disagreement({ nation: "scotland", type: "wales-ipa", strength: "must-provide", arranger: "council" })).toMatch(/no wales-ipa result/);
  });
});

describe("rights pages, Easy Read pages and letters state what the finder gives", () => {
  it("parses a declaration with zod and names a bad field", () => {
    expect(statedRuleSchema.parse({ nation: "wales", type: "imca", strength: "must-provide", arranger: "decision-maker" })).toBeTruthy();
    for (const [field, bad] of [
      ["arranger", { arranger: "the council" }],
      ["type", { type: "ipa" }],
      ["strength", { strength: "must" }],
    ] as const) {
      const good: Record<string, string> = { nation: "wales", type: "imca", strength: "must-provide", arranger: "decision-maker" };
      const parsed = statedRuleSchema.safeParse({ ...good, ...bad });
      expect(parsed.success).toBe(false);
      expect(describeFrontmatterError("content/pages/x.mdx", parsed.error!)).toContain(`- ${field}:`);
    }
  });

  // The rights pages (and their hub), Easy Read pages and letters; not the Easy Read and letters indexes.
  const pages = getContentIndex().filter((p) => /^\/(your-rights$|(your-rights|easy-read|letters)\/)/.test(p.href));

  /** Pages about advocacy in general, or tools for any right: they state no one rule. */
  const GENERAL = new Set(["/easy-read/what-is-an-advocate", "/letters/meeting-checklist", "/letters/what-to-say-on-the-phone"]);

  it.each(pages.map((p) => [p.href, p] as const))("%s", (href, page) => {
    if (!GENERAL.has(href)) expect(page.frontmatter.states.length, `${page.file} declares no states:`).toBeGreaterThan(0);
    const problems = page.frontmatter.states.flatMap((declared) => {
      const problem = disagreement(declared);
      return problem ? [problem] : [];
    });
    expect(problems, page.file).toEqual([]);
    for (const declared of page.frontmatter.states) {
      expect(page.frontmatter.nations, `${page.file} states a rule for ${declared.nation}, a nation it does not cover`).toContain(declared.nation);
    }
  });
});

describe("a result page tells one rule the same way in its heading and its cards", () => {
  const cases = outcomes.flatMap(({ answers, outcome }) => VOICES.map((voice) => ({ answers, outcome, voice })));

  it("says 'can get' exactly when a card under it says the law gives it, with no condition left open", () => {
    const wrong = cases.flatMap(({ answers, outcome, voice }) => {
      const heading = headline(outcome.results, voice);
      const plainYes = outcome.results.filter((r) => isItARight(r, voice).startsWith("Yes."));
      const named = (pattern: RegExp | undefined) => pattern !== undefined && pattern.test(heading);
      if (/ (can get|have a right of access to) /.test(heading)) {
        return plainYes.some((r) => named(NAMED_IN_HEADING[r.type])) ? [] : [`${JSON.stringify(answers)} (${voice}): "${heading}" but no card under it says a plain yes for it`];
      }
      if (/may be able to get/.test(heading)) {
        return plainYes.length === 0 ? [] : [`${JSON.stringify(answers)} (${voice}): "${heading}" above a card that says "${isItARight(plainYes[0]!, voice)}" (${plainYes[0]!.type})`];
      }
      return outcome.results.some((r) => r.strength !== "not-entitled" && r.type !== "non-statutory")
        ? [`${JSON.stringify(answers)} (${voice}): "${heading}" above a right`]
        : [];
    });
    expect(wrong.slice(0, 5), `${wrong.length} result pages disagree`).toEqual([]);
  });

  it("adds local (non-statutory) advocacy exactly where no card says a plain yes", () => {
    const wrong = outcomes.flatMap(({ answers, outcome }) => {
      const plainYes = outcome.results.some((r) => r.type !== "non-statutory" && isItARight(r, "me").startsWith("Yes."));
      const local = outcome.results.some((r) => r.type === "non-statutory");
      return plainYes === local ? [JSON.stringify(answers)] : [];
    });
    expect(wrong).toEqual([]);
  });

  it("never says 'if they want it' of someone who may not be able to decide", () => {
    const wrong = cases.flatMap(({ outcome, voice }) =>
      outcome.results.map((r) => isItARight(r, voice)).filter((words) => /if (they|you) want it/.test(words) && voice === "someone-else"),
    );
    expect([...new Set(wrong)]).toEqual([]);
    const capacityTypes = cases.flatMap(({ outcome, voice }) =>
      outcome.results.filter((r) => ["imca", "imca-dols", "rpr"].includes(r.type)).map((r) => isItARight(r, voice)).filter((w) => /want it/.test(w)),
    );
    expect([...new Set(capacityTypes)]).toEqual([]);
  });

  it("says Scotland's s259 is a right of access, not an advocate that must be arranged", () => {
    const words = cases.flatMap(({ outcome, voice }) => outcome.results.filter((r) => r.type === "scotland-mh" && r.strength === "must-provide").map((r) => isItARight(r, voice)));
    expect(words.length).toBeGreaterThan(0);
    for (const w of new Set(words)) {
      expect(w).not.toMatch(/must be arranged/);
      expect(w).toMatch(/right of access/);
    }
  });
});

describe("readers.md M1, M2: headings and 'Is it a right?' agree", () => {
  it("M2: the Welsh long move with nobody to consult says 'can get' above a card that says the law requires one", () => {
    const outcome = outcomeFor(`${WAL_CAP}&decision=long-stay-move&capacity=lacks&support=none`);
    expect(headline(outcome.results, "someone-else")).toBe("They can get an Independent Mental Capacity Advocate (IMCA)");
    const imca = outcome.results.find((r) => r.type === "imca")!;
    expect(isItARight(imca, "someone-else")).toBe("Yes. The law says it must be arranged for them.");
  });

  it("a right that still depends on an unsure answer says 'may be able to get' and 'Yes, if'", () => {
    const outcome = outcomeFor(`${WAL_CAP}&decision=long-stay-move&capacity=not-sure&support=none`);
    expect(headline(outcome.results, "me")).toBe("You may be able to get an Independent Mental Capacity Advocate (IMCA)");
    const imca = outcome.results.find((r) => r.type === "imca")!;
    expect(isItARight(imca, "me")).toMatch(/^Yes, if .*Then the law says it must be arranged for you\.$/);
  });

  it("a standing rule (DoLS from 18) does not turn a plain right into a 'may'", () => {
    const outcome = outcomeFor("nation=england&topic=liberty&dols=authorised&representative=unpaid");
    expect(headline(outcome.results, "me")).toBe("You can get a relevant person's representative (RPR)");
    expect(isItARight(outcome.results.find((r) => r.type === "rpr")!, "me")).toBe("Yes. The law says it must be arranged for you.");
  });

  it("M1: Scotland's s259 is a right of access the council and health board must make available", () => {
    const outcome = outcomeFor("nation=scotland&topic=care-support&disorder=yes");
    const mh = outcome.results.find((r) => r.type === "scotland-mh")!;
    expect(isItARight(mh, "me")).toBe(
      "Yes. You have a right of access to independent advocacy. The council and health board must make sure it is available to you.",
    );
    expect(headline(outcome.results, "me")).toBe("You have a right of access to independent advocacy");
    expect(headline(outcomeFor("nation=scotland&topic=care-support&disorder=not-sure").results, "someone-else")).toBe(
      "They may be able to get independent advocacy",
    );
  });
});
