import { describe, expect, it } from "vitest";
import { measureReadability, plainFleschKincaid, vowelGroupSyllables } from "@/lib/content/readability";

describe("readability", () => {
  it("scores short plain sentences at a low grade", () => {
    const r = measureReadability(["You can ask for an advocate.", "They help you say what you want."]);
    expect(r.sentences).toBe(2);
    expect(r.words).toBe(13);
    expect(r.grade).toBeLessThan(4);
  });

  it("scores long technical sentences at a high grade", () => {
    const r = measureReadability([
      "Notwithstanding the aforementioned statutory considerations, responsible authorities must systematically ascertain eligibility determinations.",
    ]);
    expect(r.grade).toBeGreaterThan(12);
  });

  it("treats list items and headings without full stops as separate sentences", () => {
    expect(measureReadability(["Who can get one", "your council", "your health board"]).sentences).toBe(3);
  });

  it("counts the title of an Act as one word when finding the longest sentence", () => {
    const r = measureReadability(["The Mental Health (Care and Treatment) (Scotland) Act 2003 gives you this right."]);
    expect(r.longestSentence.words).toBe(5);
  });
});

describe("plain Flesch-Kincaid (issue 20's estimator)", () => {
  it("counts syllables by vowel groups after dropping a silent -e, -ed or -es", () => {
    expect(vowelGroupSyllables("care")).toBe(1);
    expect(vowelGroupSyllables("advocate")).toBe(3);
    expect(vowelGroupSyllables("advocacy")).toBe(4);
    expect(vowelGroupSyllables("asked")).toBe(1);
    expect(vowelGroupSyllables("houses")).toBe(1);
    expect(vowelGroupSyllables("independent")).toBe(4);
    expect(vowelGroupSyllables("I")).toBe(1);
  });

  it("ends a sentence at a full stop and at a line end", () => {
    expect(plainFleschKincaid(["You can ask. They help you", "Who can get one"]).sentences).toBe(3);
    // A dot inside a word (GOV.UK) or a number does not end a sentence.
    expect(plainFleschKincaid(["Find it on GOV.UK today."]).sentences).toBe(1);
  });

  it("applies 0.39 words per sentence + 11.8 syllables per word - 15.59", () => {
    // 6 words, 1 sentence, 8 syllables (you, can, ask, for, an: 1 each; advocate: 3).
    const r = plainFleschKincaid(["You can ask for an advocate."]);
    expect(r).toMatchObject({ words: 6, sentences: 1, syllables: 8 });
    expect(r.grade).toBeCloseTo(0.39 * 6 + 11.8 * (8 / 6) - 15.59, 1);
  });

  it("scores hard text higher than easy text, as the package estimator does", () => {
    const hard = ["Notwithstanding the aforementioned statutory considerations, responsible authorities must systematically ascertain eligibility determinations."];
    expect(plainFleschKincaid(hard).grade).toBeGreaterThan(12);
    expect(plainFleschKincaid(["You can ask.", "They help you."]).grade).toBeLessThan(2);
  });
});
