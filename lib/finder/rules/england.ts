import type { Answers } from "../questions";
import type { FinderResult } from "../types";
import { careActForCapacityDecision, careActResult } from "./care-act";
import { englandNhsComplaints, englandSocialCareComplaints } from "./complaints";
import { deprivationOfLibertyResults } from "./deprivation-of-liberty";
import { imcaResult } from "./imca";
import { englandImha } from "./imha";

/** Statutory results for England, by topic (fact sheet §1). */
export function englandResults(answers: Answers): FinderResult[] {
  switch (answers.topic) {
    case "mental-health":
      return [englandImha(answers.mha, answers["special-treatment"])];
    case "capacity":
      return [
        imcaResult("england", answers.decision, answers.capacity, answers.support),
        careActForCapacityDecision(answers),
      ].filter((r) => r !== null);
    case "liberty":
      return deprivationOfLibertyResults("england", answers);
    case "care-support":
      return [careActResult("care-support", answers)];
    case "safeguarding":
      return [
        careActResult("safeguarding", answers),
        imcaResult("england", "safeguarding", answers.capacity, answers.support),
      ];
    case "nhs-complaint":
      return [englandNhsComplaints()];
    case "social-care-complaint":
      return [englandSocialCareComplaints()];
    default:
      return [];
  }
}
