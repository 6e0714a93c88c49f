import { describe, expect, it } from "vitest";
import examples from "../../../docs/reference/finder-examples.json";
import { POSITIVE, outcomeFor, typesWith } from "./helpers";

/** The contract's examples live in docs/reference/; tests/content/pages.test.ts checks the copy against ../shared. */
describe("finder-examples.json (the contract's must-answer-right cases)", () => {
  it("has examples to check", () => {
    expect(examples.length).toBeGreaterThan(5);
  });

  it.each(examples)("$id", (example) => {
    const outcome = outcomeFor(example.query);
    expect(outcome.complete).toBe(true);
    expect(outcome.next).toBeNull();
    // Exactly the answers given (in any order): nothing dropped, nothing more asked.
    expect(outcome.answers).toEqual(Object.fromEntries(new URLSearchParams(example.query)));
    const positive = typesWith(outcome, POSITIVE);
    for (const type of example.positive) expect(positive).toContain(type);
    for (const type of example.notPositive) expect(positive).not.toContain(type);
  });
});
