import type { Answers } from "../questions";
import type { FinderResult } from "../types";
import { conditions, hasNobodyUnpaid, result } from "./result";
import { LAW } from "./sources";

const BASE = {
  type: "wales-ipa",
  title: "Independent professional advocate",
  basis: "Social Services and Well-being (Wales) Act 2014, Part 10 Code of Practice (Advocacy)",
  arrangedBy: "the local council",
  basisUrl: LAW.walesIpa,
  guidance: "/your-rights/independent-professional-advocacy-wales",
  contacts: ["find-local-council", "age-cymru", "mind"],
  howToAsk:
    'Say to the council: "I can only take full part with help, and nobody suitable can help me. Please arrange an independent professional advocate."',
} satisfies Partial<FinderResult>;

const IF_ONLY_WITH_HELP = "This applies if the person could only take full part with someone's help.";
// §2.3: the Code's test is "no appropriate individual is available"; it does
// not say in the stored sources whether paid staff can count, so we hedge.
const IF_PAID_NOT_SUITABLE = "The council must also agree that nobody suitable is available to help.";

/** §2.3: the Part 10 Code's core trigger for an independent professional advocate. */
export function walesIpaResult(process: "care-support" | "safeguarding", answers: Answers): FinderResult {
  const where = process === "safeguarding" ? "safeguarding" : "assessments, care and support plans and reviews";
  if (answers.difficulty === "no") {
    return result({
      ...BASE,
      strength: "not-entitled",
      summary: `This advocate is for people who need help to take full part in ${where}. The council must still make sure you can get advocacy support if you need it.`,
    });
  }
  if (!hasNobodyUnpaid(answers.support)) {
    return result({
      ...BASE,
      strength: "not-entitled",
      summary: "The council must arrange this advocate only when nobody suitable is available to help. A family member or friend can help you take part.",
    });
  }
  return result({
    ...BASE,
    strength: "must-provide",
    summary: `The council must arrange an independent professional advocate for ${where}. This is for people who can only take part with help, when nobody suitable can help.`,
    condition: conditions(
      answers.difficulty === "not-sure" && IF_ONLY_WITH_HELP,
      answers.support === "paid-only" && IF_PAID_NOT_SUITABLE,
    ),
  });
}

/** §2.3: reviews and safeguarding are Code processes, so a capacity decision of that kind may qualify. */
export function walesIpaForCapacityDecision(answers: Answers): FinderResult | null {
  if (!hasNobodyUnpaid(answers.support)) return null;
  const process =
    answers.decision === "accommodation-review"
      ? "This applies if the council is reviewing the person's care and support."
      : answers.decision === "safeguarding"
        ? "This applies if the council is carrying out a safeguarding process."
        : null;
  if (!process) return null;
  return result({
    ...BASE,
    strength: "must-provide",
    summary: "The council must arrange this advocate if the person can only take part with help, and nobody suitable can help.",
    condition: conditions(process, IF_ONLY_WITH_HELP, answers.support === "paid-only" && IF_PAID_NOT_SUITABLE),
  });
}
