import type { Answers } from "../questions";
import type { FinderResult } from "../types";
import { walesComplaints } from "./complaints";
import { deprivationOfLibertyResults } from "./deprivation-of-liberty";
import { imcaResult } from "./imca";
import { walesImha } from "./imha";
import { careActNotInThisNation } from "./not-in-this-nation";
import { walesIpaForCapacityDecision, walesIpaResult } from "./wales-ipa";

// §2.5: the Active Offer; health boards must consider language needs.
const WELSH = " You can ask for an advocate who speaks Welsh.";

/** Statutory results for Wales, by topic (fact sheet §2). */
export function walesResults(answers: Answers): FinderResult[] {
  return byTopic(answers).map((r) => (r.strength === "not-entitled" ? r : { ...r, howToAsk: r.howToAsk + WELSH }));
}

function byTopic(answers: Answers): FinderResult[] {
  switch (answers.topic) {
    case "mental-health":
      return [walesImha(answers)];
    case "capacity":
      return [imcaResult("wales", answers), walesIpaForCapacityDecision(answers)].filter((r) => r !== null);
    case "liberty":
      return deprivationOfLibertyResults("wales", answers);
    case "care-support":
      return [walesIpaResult("care-support", answers), careActNotInThisNation("wales", answers)];
    case "safeguarding":
      return [walesIpaResult("safeguarding", answers), imcaResult("wales", { ...answers, decision: "safeguarding" })];
    case "nhs-complaint":
    case "social-care-complaint":
      return [walesComplaints(answers.topic, answers)];
    default:
      return [];
  }
}
