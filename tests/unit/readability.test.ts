import { describe, expect, it } from "vitest";
import { measureReadability } from "@/lib/content/readability";

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
