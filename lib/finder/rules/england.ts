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
      return [englandImha(answers)];
    case "capacity":
      return [imcaResult("england", answers), careActForCapacityDecision(answers)].filter((r) => r !== null);
    case "liberty":
      return deprivationOfLibertyResults("england", answers);
    case "care-support":
      return [careActResult("care-support", answers)];
    case "safeguarding":
      return [careActResult("safeguarding", answers), imcaResult("england", { ...answers, decision: "safeguarding" })];
    case "nhs-complaint":
      return [englandNhsComplaints(answers)];
    case "social-care-complaint":
      return [englandSocialCareComplaints(answers)];
    default:
      return [];
  }
}
