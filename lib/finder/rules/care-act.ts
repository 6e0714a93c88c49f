import type { Answers } from "../questions";
import type { FinderResult } from "../types";
import { DIFFICULTY_TENSION, conditions, difficultyOpen, hasNobodyUnpaid, result } from "./result";
import { LAW } from "./sources";
import { NAME, voiceOf, type Voice } from "./voice";

const TITLE = "Advocate from the council (Care Act advocate)";
const CONTACTS = ["find-local-council", "pohwer", "voiceability", "the-advocacy-people"];
const REG_4 = "the Care and Support (Independent Advocacy Support) (No. 2) Regulations 2014, regulation 4";

/** s67(4), s68(3): substantial difficulty in being involved. */
const IF_DIFFICULT =
  "This applies if the person would find it very hard to take part. This means understanding, remembering or weighing up information, or saying what they want.";
/**
 * s67(6), s68(5) (issue 17, audit D4): a family member or friend is an "appropriate person" only
 * if the person agrees to their help, or, if the person cannot decide that, the council is
 * satisfied it is in their best interests. Someone who does not want their relative keeps the right.
 */
const IF_HELPER_AGREED = "The council need not arrange this advocate if a family member or friend the person agrees to can help.";
const IF_NOT_AGREED =
  "If the person does not want that helper, tell the council: then it must arrange an advocate. If the person cannot decide, the council must think the helper is in their best interests.";
/** s68(1): the duty arises when there is to be a s42(2) enquiry or a s44 safeguarding adults review. */
const IF_ENQUIRY = "This applies when the council makes a safeguarding enquiry, or a safeguarding adults review is held.";

const ask = (v: Voice) =>
  `Say to the council: ${v.pick(
    '"I would find it very hard to take part without help. Please arrange an independent advocate under the Care Act."',
    `"${NAME} would find it very hard to take part without help. Please arrange an independent advocate for them under the Care Act."`,
  )}`;

type Process = "care-support" | "safeguarding";

const PROCESS_BASIS: Record<Process, string> = {
  "care-support": "Care Act 2014, section 67",
  safeguarding: "Care Act 2014, section 68",
};
const PROCESS_LAW: Record<Process, string[]> = {
  "care-support": [LAW.careActPlanning, LAW.careActReviews],
  safeguarding: [LAW.careActSafeguarding],
};

const PROCESS_DUTY: Record<Process, string> = {
  "care-support":
    "The council must arrange an independent advocate, because nobody unpaid can help. This covers assessments, care plans and reviews, for the person or their carer.",
  safeguarding:
    "The council must arrange an independent advocate for a safeguarding enquiry or review, because nobody unpaid can help.",
};

function baseFor(process: Process, v: Voice) {
  return {
    type: "care-act",
    title: TITLE,
    basis: PROCESS_BASIS[process],
    arrangedBy: "the local council",
    law: PROCESS_LAW[process],
    guidance: "/your-rights/care-act-advocacy",
    contacts: CONTACTS,
    howToAsk: ask(v),
  } satisfies Partial<FinderResult>;
}

/** §1.5: Care Act 2014 ss67-68 and SI 2014/2889 reg 4 (England only). */
export function careActResult(process: Process, answers: Answers): FinderResult {
  const v = voiceOf(answers);
  const base = baseFor(process, v);
  const open = difficultyOpen(answers);
  if (answers.difficulty === "no" && !open) {
    return result({
      ...base,
      strength: "not-entitled",
      summary: `The council only has to arrange this advocate if taking part would be very hard for ${v.them}. The council must still involve ${v.them}.`,
      howToAsk: `If things change, say to the council: ${v.pick('"I now find it very hard to take part. Please arrange an advocate."', `"${NAME} now finds it very hard to take part. Please arrange an advocate."`)}`,
    });
  }
  const ifDifficult = open ? (answers.difficulty === "no" ? DIFFICULTY_TENSION : IF_DIFFICULT) : null;
  if (hasNobodyUnpaid(answers.support)) {
    return result({
      ...base,
      strength: "must-provide",
      summary: PROCESS_DUTY[process],
      condition: conditions(process === "safeguarding" && IF_ENQUIRY, ifDifficult),
    });
  }
  if (process === "safeguarding") {
    return result({
      ...base,
      strength: "not-entitled",
      summary: `${IF_HELPER_AGREED} That helper must not be part of the worries about abuse or neglect.`,
      howToAsk: `${IF_NOT_AGREED} If the helper is part of the worries, say: "Please arrange an independent advocate under the Care Act."`,
    });
  }
  return withUnpaidHelper(answers, v, ifDifficult);
}

/**
 * Addendum Q4, SI 2014/2889 reg 4: with a suitable unpaid helper, the duty still applies in two
 * circumstances. Reg 4(2): a likely NHS stay of 28 days (hospital) or 8 weeks (care home) or
 * more, if the council is satisfied an advocate is in the person's best interests (so the
 * council must consider it). Reg 4(3): a material disagreement, once both agree an advocate is
 * in the person's best interests (then it is a duty).
 */
function withUnpaidHelper(answers: Answers, v: Voice, ifDifficult: string | null): FinderResult {
  const exceptionBase = { ...baseFor("care-support", v), basis: `Care Act 2014, section 67, and ${REG_4}`, law: [LAW.careActRegulations, LAW.careActPlanning] };
  switch (answers.exception) {
    case "long-nhs-stay":
      return result({
        ...exceptionBase,
        strength: "must-consider",
        summary: LONG_NHS_STAY,
        howToAsk: `Say to the council: ${v.pick('"The NHS may arrange a long stay for me. I think an advocate is in my best interests. Please arrange one."', `"The NHS may arrange a long stay for ${NAME}. I think an advocate is in their best interests. Please arrange one."`)}`,
      });
    case "disagreement":
      return result({
        ...exceptionBase,
        strength: "must-provide",
        summary: "The council and the family member or friend disagree about something important. Then the council must arrange an advocate, if both agree it is best.",
        condition: "This applies once the council and the helper both agree an advocate is in the person's best interests.",
        howToAsk: 'Say to the council: "We disagree about something important. I think an advocate would help. Do you agree?"',
      });
    case "none":
      return result({
        ...baseFor("care-support", v),
        strength: "not-entitled",
        summary: `${IF_HELPER_AGREED} There are two exceptions: a long NHS stay, or a serious disagreement.`,
        howToAsk: `${IF_NOT_AGREED} If an exception applies, say: "Please arrange an independent advocate under the Care Act."`,
      });
    default:
      // The exception question is asked only when difficulty is "yes"; otherwise both stay open.
      return result({
        ...exceptionBase,
        strength: "must-consider",
        summary: "Even with a family member or friend to help, the council may have to arrange an advocate. This is for a long NHS stay, or a serious disagreement.",
        condition: conditions(ifDifficult, EXCEPTIONS_OPEN),
        howToAsk: 'Say to the council: "Please think about arranging an independent advocate under the Care Act." Say if a long NHS stay is likely, or if the council and the helper disagree.',
      });
  }
}

const LONG_NHS_STAY =
  "The NHS may arrange a long stay in a hospital or care home. If the council thinks an advocate is in the person's best interests, it must arrange one.";

const EXCEPTIONS_OPEN =
  "It also needs one of two things. A long NHS stay is likely (28 days or more in hospital, 8 weeks or more in a care home). Or the council and the helper disagree about something important.";

/**
 * §1.5 and the corrections file: s67(3) covers assessments, care planning and reviews (s27),
 * and s68 covers safeguarding enquiries, so a capacity decision of those kinds may bring a Care
 * Act advocate too, whatever the person's capacity (issue 14, defect 1: a council-arranged
 * long move is assessment and care planning).
 */
export function careActForCapacityDecision(answers: Answers): FinderResult | null {
  const v = voiceOf(answers);
  const decision = answers.decision;
  if ((decision === "long-stay-move" || decision === "accommodation-review") && !hasNobodyUnpaid(answers.support)) {
    return careActWithHelper(answers);
  }
  if (!hasNobodyUnpaid(answers.support)) return null;
  const process =
    decision === "long-stay-move"
      ? "This applies if the council is assessing the person's needs or planning their care, as when it arranges a move. It does not apply to a move only the NHS arranges."
      : decision === "accommodation-review"
        ? "This applies if the council is reviewing the person's care and support plan."
        : decision === "safeguarding"
          ? IF_ENQUIRY
          : null;
  if (!process) return null;
  const kind: Process = decision === "safeguarding" ? "safeguarding" : "care-support";
  return result({
    ...baseFor(kind, v),
    strength: "must-provide",
    summary: "The council must arrange an advocate if taking part is very hard for the person and nobody unpaid can help.",
    condition: conditions(process, IF_DIFFICULT),
  });
}

/**
 * Issue 17 and corrections file §3, SI 2014/2889 reg 4 (read in the stored text): with a
 * suitable helper the s67 duty still applies (2) where planning is likely to lead to an
 * NHS-arranged stay of 28 days in hospital or 8 weeks in a care home and the council thinks an
 * advocate in the person's best interests, and (3) where the council and the helper disagree on
 * a material issue and both agree an advocate would be in the person's best interests. Used on
 * the capacity topic's move and review paths, and beside a deprivation of liberty
 * (lib/finder/overlaps.ts).
 */
export function careActWithHelper(answers: Answers): FinderResult {
  const v = voiceOf(answers);
  return result({
    ...baseFor("care-support", v),
    basis: `Care Act 2014, section 67, and ${REG_4}`,
    law: [LAW.careActRegulations, LAW.careActPlanning],
    strength: "must-consider",
    summary:
      "Even with a family member or friend to help, the council may have to arrange an advocate. This is for a long NHS stay, or a serious disagreement with the helper.",
    condition: conditions(
      "This applies if the council is assessing the person's needs or planning or reviewing their care.",
      IF_DIFFICULT,
      "A long NHS stay means 28 days or more in hospital, or 8 weeks or more in a care home. The council must think an advocate is best for the person.",
      "For a disagreement, the council and the helper must both agree an advocate would be best.",
    ),
    howToAsk: `Say to the council: ${v.pick('"Please arrange an independent advocate under the Care Act."', `"Please arrange an independent advocate for ${NAME} under the Care Act."`)} Say if the NHS may arrange a long stay, or if you and the council disagree about something important.`,
  });
}
