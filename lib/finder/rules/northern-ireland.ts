import type { Answers } from "../questions";
import type { FinderResult } from "../types";
import { northernIrelandComplaints } from "./complaints";
import { careActNotInThisNation, imhaNotInThisNation } from "./not-in-this-nation";
import { northernIrelandImca } from "./northern-ireland-imca";

/** Statutory results for Northern Ireland, by topic (fact sheet §4). No follow-up questions. */
export function northernIrelandResults(answers: Answers): FinderResult[] {
  switch (answers.topic) {
    case "mental-health":
      return [imhaNotInThisNation("northern-ireland", answers)];
    case "capacity":
    case "liberty":
      // Corrections of 4 December 2026, §1: the IMCA parts are not in force, so not-entitled.
      return [northernIrelandImca({ ...answers, topic: answers.topic })];
    case "care-support":
      return [careActNotInThisNation("northern-ireland", answers)];
    case "nhs-complaint":
    case "social-care-complaint":
      return [northernIrelandComplaints(answers)];
    default:
      return [];
  }
}
