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

/** MCA 2005 s37(2): treatment regulated by Part 4 or 4A of the Mental Health Act is outside s37. */
export const NOT_MENTAL_HEALTH_ACT_TREATMENT = "Nor does it apply to mental health treatment given under the Mental Health Act.";

/** MCA 2005 s38(2), s39(3): not where the Mental Health Act requires the person to live there. */
export const NOT_MENTAL_HEALTH_ACT_MOVE = "Nor does it apply if the Mental Health Act requires the person to live there.";

/** MCA 2005 Sch A1 paras 12(1)(a), 13: the Deprivation of Liberty Safeguards apply from 18, not 16. */
export const DOLS_AGE_18 = "The Deprivation of Liberty Safeguards are for people aged 18 or over.";

/** MCA 2005 s38(1): the NHS duty is for a hospital or care home; s39(1) covers any residential accommodation a council arranges. */
export const NHS_ONLY_HOSPITAL_OR_CARE_HOME = "A move the NHS arranges counts only if it is to a hospital or care home.";

/** MCA 2005 s38(3)-(4), s39(4)-(5): no IMCA for a short or urgent stay, until it is likely to become long. */
export const SHORT_STAY_BECOMES_LONG = "If a short or urgent stay becomes likely to last that long, an IMCA must be brought in then.";

/**
 * Issue 14: someone who cannot make the decision but would not find taking part hard is an odd
 * pair of answers; the two tests differ, so we do not refuse flatly but say what must be checked.
 */
export const DIFFICULTY_TENSION =
  "The answers say taking part would not be very hard, yet the person cannot make this decision. Ask the council to check how hard taking part is.";

/**
 * The rules every such duty carries, whatever the answers (its exceptions and its scope): they
 * shape a right but leave nothing open about this reader's case. A condition made only of these is not "open", so the
 * result is still a plain right ("can get"); any other sentence is something still to be shown.
 */
const STANDING_EXCEPTIONS: readonly string[] = [
  NHS_ONLY_HOSPITAL_OR_CARE_HOME,
  SHORT_STAY_BECOMES_LONG,
  DOLS_AGE_18,
  UNLESS_ATTORNEY_DEPUTY_OR_NOMINEE,
  AGE_16,
  NOT_MENTAL_HEALTH_ACT_TREATMENT,
  NOT_MENTAL_HEALTH_ACT_MOVE,
];

/** Whether a result's condition holds anything beyond the standing exceptions. */
export function hasOpenCondition(result: Pick<FinderResult, "condition">): boolean {
  if (result.condition === null) return false;
  const rest = STANDING_EXCEPTIONS.reduce((text, sentence) => text.replace(sentence, ""), result.condition);
  return rest.trim().length > 0;
}

/** A plain right: the law says it must be provided, and nothing about this case is left open. */
export function isFirmRight(result: Pick<FinderResult, "strength" | "condition">): boolean {
  return result.strength === "must-provide" && !hasOpenCondition(result);
}

/** Whether the reader's answers leave the "very hard to take part" test open. */
export function difficultyOpen(answers: { difficulty?: string; capacity?: string }): boolean {
  return answers.difficulty === "not-sure" || (answers.difficulty === "no" && answers.capacity === "lacks");
}
