import type { Answers } from "../questions";
import { STRENGTHS, type FinderResult } from "../types";
import { englandResults } from "./england";
import { nonStatutoryAdvocacy } from "./non-statutory";
import { northernIrelandResults } from "./northern-ireland";
import { isFirmRight } from "./result";
import { scotlandResults } from "./scotland";
import { walesResults } from "./wales";

/**
 * All results for a complete set of answers: the nation's statutory results,
 * plus non-statutory advocacy wherever no plain statutory right applies.
 */
export function resultsFor(answers: Answers): FinderResult[] {
  const statutory = statutoryResults(answers);
  // One test of a plain right everywhere (headline.ts, right-words.ts): standing exceptions such
  // as an attorney or the DoLS age limit leave nothing open about this reader's case.
  const hasFirmRight = statutory.some(isFirmRight);
  const all = hasFirmRight || !answers.nation ? statutory : [...statutory, nonStatutoryAdvocacy(answers.nation, answers)];
  return sortByStrength(all);
}

function statutoryResults(answers: Answers): FinderResult[] {
  switch (answers.nation) {
    case "england":
      return englandResults(answers);
    case "wales":
      return walesResults(answers);
    case "scotland":
      return scotlandResults(answers);
    case "northern-ireland":
      return northernIrelandResults(answers);
    default:
      return [];
  }
}

/** Strongest first; Array.prototype.sort is stable, so rule order breaks ties. */
export function sortByStrength(results: FinderResult[]): FinderResult[] {
  return [...results].sort((a, b) => STRENGTHS.indexOf(a.strength) - STRENGTHS.indexOf(b.strength));
}
