import type { Answers } from "../questions";
import type { FinderResult } from "../types";
import { result } from "./result";
import { LAW } from "./sources";
import { voiceOf } from "./voice";

/**
 * What does apply in Northern Ireland before a serious step such as a deprivation of liberty, all
 * in operation since 2 December 2019 (SR 2019/163, schedule as substituted by SR 2019/190):
 * s13 formal capacity assessment, s15 nominated person in place and consulted, s24 with Sch 1
 * authorisation by a Trust panel, s45 the right to apply to the Review Tribunal.
 */
export const NI_SAFEGUARDS = ["mcani-2016-s13", "mcani-2016-s15", "mcani-2016-s24", "mcani-2016-sch-1", "mcani-2016-s45"] as const;

/**
 * Corrections of 4 December 2026, §1, and the contract amendment "ni-imca is not in force": the
 * IMCA parts of the Mental Capacity Act (Northern Ireland) 2016 (ss35, 36 and Part 4, ss86-96)
 * were left out of the 2019 commencement and have not started. So `ni-imca` is only ever
 * not-entitled, saying so, and saying what does apply. Advocacy a Trust may fund without a duty
 * comes from the non-statutory result that every path without a firm right gets.
 */
export function northernIrelandImca(answers: Answers & { topic: "capacity" | "liberty" }): FinderResult {
  const v = voiceOf(answers);
  const scope =
    answers.topic === "capacity"
      ? `Until they start, other safeguards apply to serious steps, such as care that takes away ${v.your} liberty.`
      : `Until they start, other safeguards apply before care that takes away ${v.your} liberty.`;
  return result({
    type: "ni-imca",
    strength: "not-entitled",
    title: "Independent Mental Capacity Advocate (IMCA) in Northern Ireland",
    basis: "Mental Capacity Act (Northern Ireland) 2016, sections 35 and 36, and Part 4",
    arrangedBy: "nobody yet: these parts of the law have not started",
    law: [LAW.niImca, "mcani-2016-s36", "mcani-2016-s86", ...NI_SAFEGUARDS],
    guidance: "/your-rights/northern-ireland",
    contacts: ["hsc-trusts"],
    summary:
      "Northern Ireland's Mental Capacity Act provides for independent mental capacity advocates, but those parts have not started yet. So there is no legal right to an IMCA, and no HSC Trust has to provide one.",
    // What does apply (SR 2019/163, schedule as substituted): ss13-15, s24 with Sch 1, s45.
    condition: [
      scope,
      `${v.Your} capacity must be formally assessed.`,
      "A nominated person must be in place and be consulted.",
      "An HSC Trust panel must authorise the care.",
      `${v.You} or ${v.your} nominated person can apply to the Review Tribunal.`,
    ].join(" "),
    howToAsk: v.pick(
      'Ask the HSC Trust: "Who is my nominated person, and have they been consulted? Will the Trust fund an advocate for me? How do I apply to the Review Tribunal?"',
      'Ask the HSC Trust: "Who is their nominated person, and have they been consulted? Will the Trust fund an advocate for them? How do we apply to the Review Tribunal?"',
    ),
  });
}
