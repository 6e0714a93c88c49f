import { expect } from "vitest";
import { evaluate } from "../../../lib/finder/evaluate";
import { answersToSearch, parseAnswers } from "../../../lib/finder/query";
import type { FinderOutcome, ResultType, Strength } from "../../../lib/finder/types";

export const POSITIVE: readonly Strength[] = ["must-provide", "must-consider", "discretionary"];

/** Parses a query string the way the pages and API do, then evaluates it. */
export function outcomeFor(query: string): FinderOutcome {
  const parsed = parseAnswers(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(`Test query did not parse: ${parsed.error.message}`);
  return evaluate(parsed.answers);
}

export function typesWith(outcome: FinderOutcome, strengths: readonly Strength[]): ResultType[] {
  return outcome.results.filter((r) => strengths.includes(r.strength)).map((r) => r.type);
}

/** A table row: what the fact sheet says should come out for these answers. */
export type RuleCase = {
  /** Names the fact-sheet section the expectation rests on. */
  name: string;
  /** Canonical query: complete, in contract order, nothing extra. */
  query: string;
  expect?: Partial<Record<ResultType, Strength>>;
  /** Types that must not appear at all. */
  absent?: ResultType[];
  /** Types that must not appear with a positive strength. */
  notPositive?: ResultType[];
  /** Types whose result must carry a condition sentence. */
  conditional?: ResultType[];
  /** Types whose result must be unconditional. */
  unconditional?: ResultType[];
  /** Organisation ids that must be listed. */
  contacts?: string[];
  /** Organisation ids that must not be listed. */
  notContacts?: string[];
  /** Words a result's summary or condition must contain, per type. */
  says?: Partial<Record<ResultType, string>>;
  /** Words a result's summary and condition must not contain, per type. */
  notSays?: Partial<Record<ResultType, string>>;
  /** Words a result's arrangedBy must contain, per type. */
  arrangedBy?: Partial<Record<ResultType, string>>;
  /** Words a result's arrangedBy must not contain, per type. */
  notArrangedBy?: Partial<Record<ResultType, string>>;
  /** Words a result's basis must contain, per type. */
  basis?: Partial<Record<ResultType, string>>;
  /** Words a result's howToAsk must not contain, per type. */
  notAsks?: Partial<Record<ResultType, string>>;
  /** Words a result's howToAsk must contain, per type. */
  asks?: Partial<Record<ResultType, string>>;
};

/** The lower-cased text of one field across every result of a type. */
function fieldOf(outcome: FinderOutcome, type: string, pick: (r: FinderOutcome["results"][number]) => string): string {
  return outcome.results
    .filter((r) => r.type === type)
    .map(pick)
    .join(" ")
    .toLowerCase();
}

export function checkCase(c: RuleCase): void {
  const outcome = outcomeFor(c.query);
  expect(outcome.complete, "path should be complete").toBe(true);
  expect(answersToSearch(outcome.answers)).toBe(c.query);
  for (const [type, strength] of Object.entries(c.expect ?? {})) {
    const strengths = outcome.results.filter((r) => r.type === type).map((r) => r.strength);
    expect(strengths, `${type} strength`).toContain(strength);
  }
  for (const type of c.absent ?? []) expect(outcome.results.map((r) => r.type)).not.toContain(type);
  for (const type of c.notPositive ?? []) expect(typesWith(outcome, POSITIVE)).not.toContain(type);
  for (const type of c.conditional ?? []) {
    const result = outcome.results.find((r) => r.type === type);
    expect(result?.condition, `${type} condition`).toEqual(expect.any(String));
  }
  for (const type of c.unconditional ?? []) {
    const result = outcome.results.find((r) => r.type === type);
    expect(result, `${type} present`).toBeDefined();
    expect(result?.condition, `${type} condition`).toBeNull();
  }
  const ids = outcome.organisations.map((o) => o.id);
  for (const id of c.contacts ?? []) expect(ids).toContain(id);
  for (const id of c.notContacts ?? []) expect(ids).not.toContain(id);
  for (const [type, words] of Object.entries(c.says ?? {})) {
    expect(fieldOf(outcome, type, (r) => `${r.summary} ${r.condition ?? ""}`)).toContain(words.toLowerCase());
  }
  for (const [type, words] of Object.entries(c.notSays ?? {})) {
    expect(outcome.results.map((r) => r.type), `${type} present`).toContain(type);
    expect(fieldOf(outcome, type, (r) => `${r.summary} ${r.condition ?? ""}`)).not.toContain(words.toLowerCase());
  }
  for (const [type, words] of Object.entries(c.arrangedBy ?? {})) {
    expect(fieldOf(outcome, type, (r) => r.arrangedBy)).toContain(words.toLowerCase());
  }
  for (const [type, words] of Object.entries(c.notArrangedBy ?? {})) {
    expect(outcome.results.map((r) => r.type), `${type} present`).toContain(type);
    expect(fieldOf(outcome, type, (r) => r.arrangedBy)).not.toContain(words.toLowerCase());
  }
  for (const [type, words] of Object.entries(c.basis ?? {})) {
    expect(fieldOf(outcome, type, (r) => r.basis)).toContain(words.toLowerCase());
  }
  for (const [type, words] of Object.entries(c.notAsks ?? {})) {
    expect(outcome.results.map((r) => r.type), `${type} present`).toContain(type);
    expect(fieldOf(outcome, type, (r) => r.howToAsk)).not.toContain(words.toLowerCase());
  }
  for (const [type, words] of Object.entries(c.asks ?? {})) {
    expect(fieldOf(outcome, type, (r) => r.howToAsk)).toContain(words.toLowerCase());
  }
}

/** The final answers of every complete path (one walker for unit and browser tests). */
export { allAnswers as enumeratePaths } from "../../support/finder-paths";
