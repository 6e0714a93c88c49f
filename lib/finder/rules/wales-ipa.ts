import type { Answers } from "../questions";
import type { FinderResult } from "../types";
import { DIFFICULTY_TENSION, conditions, difficultyOpen, hasNobodyUnpaid, result } from "./result";
import { LAW } from "./sources";
import { NAME, voiceOf, type Voice } from "./voice";

/** What every Welsh independent professional advocacy result shares, whatever its path. */
export const WALES_IPA = {
  type: "wales-ipa",
  title: "Independent professional advocate",
  basis: "Social Services and Well-being (Wales) Act 2014, Part 10 Code of Practice (Advocacy)",
  arrangedBy: "the local council",
  law: [LAW.walesIpa],
  guidance: "/your-rights/independent-professional-advocacy-wales",
  contacts: ["find-local-council", "age-cymru", "mind"],
} as const satisfies Partial<FinderResult>;

const base = (v: Voice) =>
  ({
    ...WALES_IPA,
    howToAsk: `Say to the council: ${v.pick(
      '"I can only take full part with help, and nobody suitable can help me. Please arrange an independent professional advocate."',
      `"${NAME} can only take full part with help, and nobody suitable can help them. Please arrange an independent professional advocate."`,
    )}`,
  }) satisfies Partial<FinderResult>;

const IF_ONLY_WITH_HELP = "This applies if the person could only take full part with someone's help.";
// §2.3: the Code's test is "no appropriate individual is available"; it does
// not say in the stored sources whether paid staff can count, so we hedge.
const IF_PAID_NOT_SUITABLE = "The council must also agree that nobody suitable is available to help.";
// §2.3: the IPA trigger covers assessment, care and support planning, review and safeguarding.
const IF_SAFEGUARDING = "This applies if the council is carrying out a safeguarding process.";

/** §2.3: the Part 10 Code's core trigger for an independent professional advocate. */
export function walesIpaResult(process: "care-support" | "safeguarding", answers: Answers): FinderResult {
  const v = voiceOf(answers);
  const where = process === "safeguarding" ? "safeguarding" : "assessments, care and support plans and reviews";
  const open = difficultyOpen(answers);
  if (answers.difficulty === "no" && !open) {
    return result({
      ...base(v),
      strength: "not-entitled",
      summary: `This advocate is for people who need help to take full part in ${where}. The council must still make sure ${v.you} can get advocacy support if needed.`,
    });
  }
  if (!hasNobodyUnpaid(answers.support)) {
    return result({
      ...base(v),
      strength: "not-entitled",
      summary: `The council must arrange this advocate only when nobody suitable is available to help. A family member or friend can help ${v.them} take part.`,
    });
  }
  return result({
    ...base(v),
    strength: "must-provide",
    summary: `The council must arrange an independent professional advocate for ${where}. This is for people who can only take part with help, when nobody suitable can help.`,
    condition: conditions(
      process === "safeguarding" && IF_SAFEGUARDING,
      open && (answers.difficulty === "no" ? DIFFICULTY_TENSION : IF_ONLY_WITH_HELP),
      answers.support === "paid-only" && IF_PAID_NOT_SUITABLE,
    ),
  });
}

/**
 * §2.3: assessments, care planning, reviews and safeguarding are Code processes, so a capacity
 * decision of that kind may qualify. Issue 14 defect 1: a council-arranged long move is
 * assessment and care planning. The Code's text was not re-checked, so each carries a condition.
 */
export function walesIpaForCapacityDecision(answers: Answers): FinderResult | null {
  if (!hasNobodyUnpaid(answers.support)) return null;
  const process =
    answers.decision === "long-stay-move"
      ? "This applies if the council is assessing the person's needs or planning their care and support."
      : answers.decision === "accommodation-review"
        ? "This applies if the council is reviewing the person's care and support."
        : answers.decision === "safeguarding"
          ? IF_SAFEGUARDING
          : null;
  if (!process) return null;
  return result({
    ...base(voiceOf(answers)),
    strength: "must-provide",
    summary: "The council must arrange this advocate if the person can only take part with help, and nobody suitable can help.",
    condition: conditions(process, IF_ONLY_WITH_HELP, answers.support === "paid-only" && IF_PAID_NOT_SUITABLE),
  });
}
