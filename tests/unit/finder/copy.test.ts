import { describe, expect, it } from "vitest";
import { measureReadability } from "../../../lib/content/readability";
import { evaluate } from "../../../lib/finder/evaluate";
import { QUESTIONS } from "../../../lib/finder/questions";
import { resultsFor } from "../../../lib/finder/rules";
import { WHO_VALUES } from "../../../lib/finder/rules/voice";
import { enumeratePaths } from "./helpers";

/** content-style.md: sentences of 20 words or fewer; reading age 9 to 11. */
const MAX_WORDS = 20;
const segmenter = new Intl.Segmenter("en-GB", { granularity: "sentence" });

function sentences(text: string): string[] {
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter((s) => s.length > 0);
}
function words(sentence: string): string[] {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

const questionCopy = Object.values(QUESTIONS).flatMap((q) => [
  q.legend,
  q.hint ?? "",
  ...q.options.flatMap((o) => [o.label, o.hint ?? ""]),
]);

// Both voices: the words for a person asking for themselves and for someone asking for them.
const results = new Map(
  enumeratePaths()
    .flatMap((answers) => [evaluate(answers).results, ...WHO_VALUES.map((who) => resultsFor({ ...evaluate(answers).answers, who }))])
    .flat()
    .map((r) => [JSON.stringify(r), r]),
);
const resultCopy = [...results.values()].flatMap((r) => [r.summary, r.condition ?? "", r.howToAsk]);

describe("finder copy follows content-style.md", () => {
  it.each([
    ["questions", questionCopy],
    ["results", resultCopy],
  ])("%s: every sentence has 20 words or fewer", (_, texts) => {
    const long = texts.flatMap(sentences).filter((s) => words(s).length > MAX_WORDS);
    expect(long).toEqual([]);
  });

  it("summaries are one or two sentences; what to say is two to four", () => {
    for (const r of results.values()) {
      expect(sentences(r.summary).length, r.summary).toBeLessThanOrEqual(2);
      expect(sentences(r.howToAsk).length, r.howToAsk).toBeGreaterThanOrEqual(2);
      expect(sentences(r.howToAsk).length, r.howToAsk).toBeLessThanOrEqual(4);
    }
  });

  it("the result summaries read at about reading age 11 on average", () => {
    const summaries = [...new Set([...results.values()].map((r) => r.summary))];
    // The same library-based measure the content pages are held to.
    const grades = summaries.map((summary) => measureReadability([summary]).grade);
    const mean = grades.reduce((a, b) => a + b, 0) / grades.length;
    console.info(`finder summaries: mean Flesch-Kincaid grade ${mean.toFixed(1)}`);
    expect(mean).toBeLessThanOrEqual(8);
  });

  it("§6 item 11: never offers OPAAL as a way to find an advocate", () => {
    const all = [...results.values()].map((r) => JSON.stringify(r)).join(" ");
    expect(all).not.toMatch(/opaal/i);
  });
});
