import { lawById, withCommencement } from "../../law";
import type { FinderResult } from "../types";

type Defaults = "condition" | "law" | "contacts";
export type ResultInput = Omit<FinderResult, Defaults | "basisUrl"> & Partial<Pick<FinderResult, Defaults>>;

/**
 * Builds a result, filling the fields most rules leave empty. The law link comes from the registry,
 * and so does "(not yet in force)" after the law line of any result citing a provision not started.
 */
export function result(input: ResultInput): FinderResult {
  const law = input.law ?? [];
  const basis = withCommencement(input.basis, law);
  return { condition: null, contacts: [], ...input, basis, law, basisUrl: law[0] ? lawById(law[0]).url : null };
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

/** Corrections file, MCA 2005 s2(5): the Act's powers, IMCAs included, are for people 16 and over. */
export const AGE_16 = "IMCAs are for people aged 16 or over.";

/**
 * MCA 2005 s40(1)(a)-(c): the IMCA duties in ss37-39 and 39A, 39C, 39D do not apply where
 * there is a nominated person, an attorney or a deputy with authority for the matter.
 */
export const UNLESS_ATTORNEY_DEPUTY_OR_NOMINEE =
  "It does not apply if the person has an attorney or deputy for this, or named someone to be consulted.";

/**
 * Issue 14: someone who cannot make the decision but would not find taking part hard is an odd
 * pair of answers; the two tests differ, so we do not refuse flatly but say what must be checked.
 */
export const DIFFICULTY_TENSION =
  "The answers say taking part would not be very hard, yet the person cannot make this decision. Ask the council to check how hard taking part is.";

/** Whether the reader's answers leave the "very hard to take part" test open. */
export function difficultyOpen(answers: { difficulty?: string; capacity?: string }): boolean {
  return answers.difficulty === "not-sure" || (answers.difficulty === "no" && answers.capacity === "lacks");
}
