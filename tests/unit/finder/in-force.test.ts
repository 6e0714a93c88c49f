import { describe, expect, it } from "vitest";
import { evaluate } from "../../../lib/finder/evaluate";
import { answersToSearch } from "../../../lib/finder/query";
import { NOT_YET_IN_FORCE, isNotYetInForce } from "../../../lib/law";
import { POSITIVE, enumeratePaths } from "./helpers";

/**
 * Issue 17: a provision that has not started can explain why something does not apply, but can
 * never carry a result that says a body must, must consider or may arrange help. The registry
 * (content/data/law.json, each entry's commencement) decides what has started.
 */
const outcomes = enumeratePaths().map((answers) => ({ where: answersToSearch(answers), outcome: evaluate(answers) }));

describe("results citing law that has not started (issue 17)", () => {
  it("no must-provide, must-consider or discretionary result cites a provision that is not in force", () => {
    const offending = outcomes.flatMap(({ where, outcome }) =>
      outcome.results
        .filter((r) => POSITIVE.includes(r.strength))
        .flatMap((r) => r.law.filter(isNotYetInForce).map((id) => `${where} ${r.type} (${r.strength}) cites ${id}`)),
    );
    expect(offending).toEqual([]);
  });

  it("a result citing a provision that is not in force says so in its law line", () => {
    let checked = 0;
    for (const { where, outcome } of outcomes) {
      for (const r of outcome.results.filter((x) => x.law.some(isNotYetInForce))) {
        checked += 1;
        expect(r.basis, `${where} ${r.type}`).toContain(NOT_YET_IN_FORCE);
      }
    }
    // Northern Ireland's capacity and liberty paths cite the uncommenced IMCA sections.
    expect(checked).toBeGreaterThan(0);
  });
});
