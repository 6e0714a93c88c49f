import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import examples from "../../fixtures/finder-examples.json";
import { POSITIVE, outcomeFor, typesWith } from "./helpers";

const FIXTURE = fileURLToPath(new URL("../../fixtures/finder-examples.json", import.meta.url));
const SHARED = fileURLToPath(new URL("../../../../shared/design/finder-examples.json", import.meta.url));

describe("finder-examples.json (the contract's must-answer-right cases)", () => {
  it("the fixture matches the shared design copy when that copy is present", () => {
    const fixture = readFileSync(FIXTURE, "utf8");
    if (existsSync(SHARED)) {
      expect(fixture).toBe(readFileSync(SHARED, "utf8"));
    } else {
      expect(examples.length).toBeGreaterThan(0);
    }
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
