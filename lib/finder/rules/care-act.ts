import type { Answers, AnswerValue } from "../questions";
import type { FinderResult } from "../types";
import { conditions, hasNobodyUnpaid, result } from "./result";
import { LAW } from "./sources";

const TITLE = "Advocate from the council (Care Act advocate)";
const CONTACTS = ["find-local-council", "pohwer", "voiceability", "the-advocacy-people"];
const IF_DIFFICULT =
  "This applies if the person would find it very hard to take part. This means understanding, remembering or weighing up information, or saying what they want.";
const ASK =
  'Say to the council: "I would find it very hard to take part without help. Please arrange an independent advocate under the Care Act."';

type Process = "care-support" | "safeguarding";

const PROCESS_BASIS: Record<Process, string> = {
  "care-support": "Care Act 2014, section 67",
  safeguarding: "Care Act 2014, section 68",
};

const PROCESS_DUTY: Record<Process, string> = {
  "care-support":
    "The council must arrange an independent advocate, because nobody unpaid can help. This covers assessments and care plans, for the person or their carer.",
  safeguarding:
    "The council must arrange an independent advocate for a safeguarding enquiry or review, because nobody unpaid can help.",
};

/** §1.5: Care Act 2014 ss67-68 and SI 2014/2889 reg 4 (England only). */
export function careActResult(process: Process, answers: Answers): FinderResult {
  const base = {
    type: "care-act",
    title: TITLE,
    basis: PROCESS_BASIS[process],
    arrangedBy: "the local council",
    basisUrl: LAW.careAct,
    guidance: "/your-rights/care-act-advocacy",
    contacts: CONTACTS,
    howToAsk: ASK,
  } satisfies Partial<FinderResult>;
  if (answers.difficulty === "no") {
    return result({
      ...base,
      strength: "not-entitled",
      summary: "The council only has to arrange this advocate if the person would find it very hard to take part. The council must still involve them.",
      howToAsk: 'If things change, say to the council: "I now find it very hard to take part. Please arrange an advocate."',
    });
  }
  if (hasNobodyUnpaid(answers.support)) {
    const ifUnsure = answers.difficulty === "not-sure" ? IF_DIFFICULT : null;
    return result({ ...base, strength: "must-provide", summary: PROCESS_DUTY[process], condition: ifUnsure });
  }
  if (process === "safeguarding") {
    return result({
      ...base,
      strength: "not-entitled",
      summary: "The council does not have to arrange this advocate when a suitable family member or friend can help. They must not be part of the worries about abuse or neglect.",
      howToAsk: 'If that person is part of the worries, tell the council. Say: "Please arrange an independent advocate under the Care Act."',
    });
  }
  return withUnpaidHelper(base, answers.exception);
}

/** Addendum Q4: with a suitable unpaid helper, only two exceptions remain. */
function withUnpaidHelper(
  base: Omit<FinderResult, "strength" | "summary" | "condition">,
  exception: AnswerValue<"exception"> | undefined,
): FinderResult {
  const exceptionBase = { ...base, basis: "Care Act 2014, section 67, and SI 2014/2889, regulation 4", basisUrl: LAW.careActRegulations };
  if (exception === "long-nhs-stay") {
    return result({
      ...exceptionBase,
      strength: "must-consider",
      summary: "The NHS may arrange a long stay in a hospital or care home. If the council thinks an advocate is in the person's best interests, it must arrange one.",
      howToAsk: 'Say to the council: "The NHS may arrange a long stay for me. I think an advocate is in my best interests. Please arrange one."',
    });
  }
  if (exception === "disagreement") {
    return result({
      ...exceptionBase,
      strength: "must-consider",
      summary: "The council and the family member or friend disagree about something important. If both agree an advocate would be in the person's best interests, the council must arrange one.",
      howToAsk: 'Say to the council: "We disagree about something important. I think an advocate would help. Do you agree?"',
    });
  }
  return result({
    ...base,
    strength: "not-entitled",
    summary: "The council does not have to arrange this advocate when a suitable family member or friend can help. There are two exceptions: a long NHS stay, or a serious disagreement.",
    howToAsk: 'If one of these applies, say to the council: "Please arrange an independent advocate under the Care Act." Tell them which one applies.',
  });
}

/**
 * §1.5 ss67(3) and 68 also cover plan revisions and safeguarding enquiries, so a
 * capacity decision of those kinds may bring a Care Act advocate as well.
 */
export function careActForCapacityDecision(answers: Answers): FinderResult | null {
  if (!hasNobodyUnpaid(answers.support)) return null;
  const process =
    answers.decision === "accommodation-review"
      ? "This applies if the review leads to a change in the care and support plan."
      : answers.decision === "safeguarding"
        ? "This applies if the council is making a safeguarding enquiry."
        : null;
  if (!process) return null;
  return result({
    type: "care-act",
    title: TITLE,
    basis: answers.decision === "safeguarding" ? PROCESS_BASIS.safeguarding : PROCESS_BASIS["care-support"],
    arrangedBy: "the local council",
    basisUrl: LAW.careAct,
    guidance: "/your-rights/care-act-advocacy",
    contacts: CONTACTS,
    strength: "must-provide",
    summary: "The council must arrange an advocate if taking part is very hard for the person and nobody unpaid can help.",
    condition: conditions(process, IF_DIFFICULT),
    howToAsk: ASK,
  });
}
