import type { Answers } from "../questions";
import type { FinderResult } from "../types";
import {
  AGE_16,
  IF_LACKS_CAPACITY,
  NOT_MENTAL_HEALTH_ACT_MOVE,
  NOT_MENTAL_HEALTH_ACT_TREATMENT,
  NHS_ONLY_HOSPITAL_OR_CARE_HOME,
  SHORT_STAY_BECOMES_LONG,
  UNLESS_ATTORNEY_DEPUTY_OR_NOMINEE,
  conditions,
  hasNobodyUnpaid,
  result,
} from "./result";
import { LAW } from "./sources";
import { NAME, voiceOf, type Voice } from "./voice";

type Nation = "england" | "wales";

const TITLE = "Independent Mental Capacity Advocate (IMCA)";
const BASIS = "Mental Capacity Act 2005, sections 35 to 41";
const WALES_REGULATIONS = "the Mental Capacity Act 2005 (Independent Mental Capacity Advocates) (Wales) Regulations 2007";
const ENGLAND_EXPANSION =
  "Mental Capacity Act 2005 (Independent Mental Capacity Advocates) (Expansion of Role) Regulations 2006";

const ask = (v: Voice) =>
  `Ask the social worker, nurse or doctor: ${v.pick('"Is an Independent Mental Capacity Advocate (IMCA) needed for this decision?"', `"Is an Independent Mental Capacity Advocate (IMCA) needed for this decision about ${NAME}?"`)} If they say no, ask them to explain why.`;

/**
 * §1.3 (England) and §2.2 (Wales): IMCAs under the Mental Capacity Act 2005. The duties are the
 * same in both nations. Corrections file: in Wales the health board makes IMCAs available
 * (SI 2007/852 reg 5); the NHS body or council making the decision instructs one (ss37-39; reg 6
 * sets out what the IMCA then does).
 */
export function imcaResult(nation: Nation, answers: Answers): FinderResult {
  const v = voiceOf(answers);
  const { decision, capacity, support } = answers;
  const base = {
    type: "imca",
    title: TITLE,
    basis: BASIS,
    arrangedBy: arrangedBy(nation, "the NHS body or council making the decision"),
    law: [LAW.imca, LAW.imcaExceptions],
    guidance: "/your-rights/imca",
    contacts: nation === "wales" ? ["nhs-111-wales-health-boards", "find-local-council"] : ["find-local-council", "pohwer", "voiceability"],
    howToAsk: ask(v),
  } satisfies Partial<FinderResult>;
  const ifUnsure = capacity === "not-sure" ? IF_LACKS_CAPACITY : null;

  if (capacity === "has") return result({ ...base, strength: "not-entitled", summary: CAN_DECIDE });
  switch (decision) {
    case "serious-treatment":
      if (!hasNobodyUnpaid(support)) return result({ ...base, strength: "not-entitled", summary: HAS_SOMEONE });
      return result({
        ...base,
        basis: "Mental Capacity Act 2005, sections 37 and 40",
        arrangedBy: arrangedBy(nation, "the NHS body proposing the treatment"),
        law: lawFor(nation, LAW.imcaSeriousTreatment, LAW.imcaExceptions),
        strength: "must-provide",
        summary: "The NHS must bring in an IMCA before serious treatment, unless it is urgent. This is because nobody but paid staff can be consulted.",
        condition: conditions(ifUnsure, UNLESS_ATTORNEY_DEPUTY_OR_NOMINEE, NOT_MENTAL_HEALTH_ACT_TREATMENT, AGE_16),
      });
    case "long-stay-move":
      if (!hasNobodyUnpaid(support)) return result({ ...base, strength: "not-entitled", summary: HAS_SOMEONE });
      return result({
        ...base,
        basis: "Mental Capacity Act 2005, sections 38 to 40",
        arrangedBy: arrangedBy(nation, "the NHS body or council arranging the move"),
        law: lawFor(nation, LAW.imcaAccommodationNhs, LAW.imcaAccommodationCouncil, LAW.imcaExceptions),
        strength: "must-provide",
        // Issue 17: s38(1), (9) limit the NHS duty to a hospital (28 days) or care home (8 weeks);
        // s39(1), (4) cover any residential accommodation a council arranges for 8 weeks or more.
        // s38(3)-(4), s39(4)-(5): an urgent or short stay that becomes long needs an IMCA then.
        summary: LONG_MOVE,
        condition: conditions(ifUnsure, NHS_ONLY_HOSPITAL_OR_CARE_HOME, SHORT_STAY_BECOMES_LONG, UNLESS_ATTORNEY_DEPUTY_OR_NOMINEE, NOT_MENTAL_HEALTH_ACT_MOVE, AGE_16),
      });
    case "accommodation-review":
      if (!hasNobodyUnpaid(support)) return result({ ...base, strength: "not-entitled", summary: HAS_SOMEONE });
      return review(nation, base, ifUnsure);
    case "safeguarding":
      // §1.3, corrections (reg 9): the adult-protection power is not limited to people without family.
      return safeguarding(nation, base, ifUnsure);
    default:
      return result({ ...base, strength: "not-entitled", summary: OTHER_DECISION });
  }
}

/** Corrections file, SI 2007/852 regs 5-6: in Wales the health board makes IMCAs available. */
function arrangedBy(nation: Nation, instructs: string): string {
  return nation === "wales" ? `${instructs} (the local health board makes IMCAs available)` : instructs;
}

/** The duty's sections, and in Wales the regulations on who makes IMCAs available and who instructs. */
function lawFor(nation: Nation, ...ids: string[]): string[] {
  return nation === "wales" ? [...ids, LAW.imcaWalesAvailable, LAW.imcaWalesInstructed] : ids;
}

type Base = Omit<FinderResult, "strength" | "summary" | "condition" | "basisUrl">;

/**
 * §1.3 SI 2006/2883 reg 3 (England) and corrections: SI 2007/852 reg 8 (Wales). A power, not a
 * duty, for a stay of 12 weeks or more. Reg 8(1)(b) also needs an IMCA at the original move; reg
 * 3(2) excludes places the Mental Health Act requires. Both exclude a nominee, attorney or deputy.
 */
function review(nation: Nation, base: Base, ifUnsure: string | null): FinderResult {
  return result({
    ...base,
    basis: nation === "wales" ? `${WALES_REGULATIONS}, regulation 8` : `${ENGLAND_EXPANSION}, regulation 3`,
    law: nation === "wales" ? [LAW.imcaReviewWales, LAW.imcaWalesAvailable] : [LAW.imcaReviewEngland, LAW.imcaPowerEngland],
    strength: "discretionary",
    summary:
      "The council or NHS can choose to bring in an IMCA to review a care home or hospital place. It does not have to, but you can ask.",
    condition: conditions(
      ifUnsure,
      "This is for a place it arranged, which the person has had for 12 weeks or more.",
      nation === "wales" && "It applies if an IMCA was brought in when the place was arranged.",
      nation === "england" && NOT_MENTAL_HEALTH_ACT_MOVE,
      UNLESS_ATTORNEY_DEPUTY_OR_NOMINEE,
      AGE_16,
    ),
  });
}

/** §1.3 SI 2006/2883 regs 4-5 (England) and corrections: SI 2007/852 reg 9 (Wales). */
function safeguarding(nation: Nation, base: Base, ifUnsure: string | null): FinderResult {
  return result({
    ...base,
    basis: nation === "wales" ? `${WALES_REGULATIONS}, regulation 9` : `${ENGLAND_EXPANSION}, regulations 4 and 5`,
    law: nation === "wales" ? [LAW.imcaSafeguardingWales, LAW.imcaWalesAvailable] : [LAW.imcaSafeguardingEngland, LAW.imcaPowerEngland],
    arrangedBy: arrangedBy(nation, "the council or NHS body taking steps to protect the person"),
    strength: "discretionary",
    summary:
      "When the council or NHS acts against abuse or neglect, it can choose to bring in an IMCA. Family or friends being involved does not rule this out.",
    condition: conditions(
      ifUnsure,
      "This applies after a report or evidence of abuse or neglect of the person, or by them.",
      AGE_16,
    ),
  });
}


const LONG_MOVE =
  "Before a long stay, the NHS or council must bring in an IMCA. Long means 28 days or more in hospital, or 8 weeks or more in a care home or other home.";

const CAN_DECIDE =
  "An IMCA is only for people who cannot make the decision themselves. A person who can decide may make their own choice, even an unwise one.";

const HAS_SOMEONE =
  "An IMCA is for people with nobody but paid staff to consult. If the family member or friend will not take part, or may not act for the person, ask again.";

const OTHER_DECISION =
  "The law gives an IMCA only for serious treatment, long moves, some reviews, safeguarding, and the Deprivation of Liberty Safeguards.";
