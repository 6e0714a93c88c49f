import type { Answers } from "../questions";
import type { FinderResult } from "../types";
import { scotlandNhsComplaints, scotlandSocialCareComplaints } from "./complaints";
import {
  careActNotInThisNation,
  deprivationOfLibertyNotInScotland,
  imcaNotInScotland,
  imhaNotInThisNation,
} from "./not-in-this-nation";
import { scotlandAdultProtectionAdvocacy, scotlandMentalHealthAdvocacy } from "./scotland-advocacy";

/** Statutory results for Scotland, by topic (fact sheet §3). */
export function scotlandResults(answers: Answers): FinderResult[] {
  // §3.1: the s259 right does not depend on the topic, only on mental disorder (issue 14
  // defect 4: NHS complaints too, where `disorder` is not asked, so it carries the condition).
  const mentalHealthLaw = scotlandMentalHealthAdvocacy(answers);
  switch (answers.topic) {
    case "nhs-complaint":
      return [scotlandNhsComplaints(answers), mentalHealthLaw];
    case "mental-health":
      return [mentalHealthLaw, imhaNotInThisNation("scotland", answers)];
    case "capacity":
      return [mentalHealthLaw, imcaNotInScotland(answers)];
    case "liberty":
      return [mentalHealthLaw, deprivationOfLibertyNotInScotland()];
    case "care-support":
      return [mentalHealthLaw, careActNotInThisNation("scotland", answers)];
    case "safeguarding":
      return [scotlandAdultProtectionAdvocacy(answers), mentalHealthLaw];
    case "social-care-complaint":
      return [mentalHealthLaw, scotlandSocialCareComplaints(answers)];
    default:
      return [mentalHealthLaw];
  }
}
