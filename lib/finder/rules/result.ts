import type { FinderResult } from "../types";

type Defaults = "condition" | "basisUrl" | "contacts";
export type ResultInput = Omit<FinderResult, Defaults> & Partial<Pick<FinderResult, Defaults>>;

/** Builds a result, filling the fields most rules leave empty. */
export function result(input: ResultInput): FinderResult {
  return { condition: null, basisUrl: null, contacts: [], ...input };
}

/** Joins condition sentences, or null when nothing is uncertain. */
export function conditions(...parts: (string | false | null | undefined)[]): string | null {
  const sentences = parts.filter((part): part is string => typeof part === "string" && part.length > 0);
  return sentences.length > 0 ? sentences.join(" ") : null;
}

/** Nobody unpaid can be consulted or help: the trigger for IMCA, Care Act and IPA duties. */
export function hasNobodyUnpaid(support: "unpaid" | "paid-only" | "none" | undefined): boolean {
  return support !== "unpaid";
}

/** §0: used wherever the reader was not sure about capacity. */
export const IF_LACKS_CAPACITY = "This applies only if the person is found to lack capacity to make this decision.";
