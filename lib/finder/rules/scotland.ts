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
  if (answers.topic === "nhs-complaint") return [scotlandNhsComplaints()];
  // §3.1: the s259 right does not depend on the topic, only on mental disorder.
  const mentalHealthLaw = scotlandMentalHealthAdvocacy(answers);
  switch (answers.topic) {
    case "mental-health":
      return [mentalHealthLaw, imhaNotInThisNation("scotland")];
    case "capacity":
      return [mentalHealthLaw, imcaNotInScotland()];
    case "liberty":
      return [mentalHealthLaw, deprivationOfLibertyNotInScotland()];
    case "care-support":
      return [mentalHealthLaw, careActNotInThisNation("scotland")];
    case "safeguarding":
      return [scotlandAdultProtectionAdvocacy(), mentalHealthLaw];
    case "social-care-complaint":
      return [mentalHealthLaw, scotlandSocialCareComplaints()];
    default:
      return [mentalHealthLaw];
  }
}
