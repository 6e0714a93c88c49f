import type { Answers } from "../questions";
import type { FinderResult } from "../types";
import { DOLS_AGE_18, UNLESS_ATTORNEY_DEPUTY_OR_NOMINEE, conditions, hasNobodyUnpaid, result } from "./result";
import { LAW } from "./sources";
import { NAME, voiceOf, type Voice } from "./voice";

const SUPERVISORY_BODY = "the supervisory body (the public body that decides whether to give permission)";
const IMCA_TITLE = "Independent Mental Capacity Advocate (IMCA) for the Deprivation of Liberty Safeguards";
const RPR_TITLE = "Relevant person's representative (RPR)";
const IF_REQUESTED = "This applies if someone has asked for a Deprivation of Liberty Safeguards authorisation.";

function contactsFor(nation: "england" | "wales"): string[] {
  return nation === "wales" ? ["find-local-council", "nhs-111-wales-health-boards"] : ["find-local-council", "pohwer", "voiceability"];
}

/**
 * §1.4: Deprivation of Liberty Safeguards (England and Wales). We never decide
 * whether care is a deprivation of liberty (§8): we ask whether permission
 * has been asked for or given.
 */
export function deprivationOfLibertyResults(nation: "england" | "wales", answers: Answers): FinderResult[] {
  const shared = { arrangedBy: SUPERVISORY_BODY, guidance: "/your-rights/deprivation-of-liberty", contacts: contactsFor(nation) } as const satisfies Partial<FinderResult>;
  const v = voiceOf(answers);
  if (answers.dols === "authorised") return afterPermission(shared, answers.representative, v);
  const ifUnsure = answers.dols === "not-sure" ? IF_REQUESTED : null;
  return [whileAssessing(shared, answers.support, ifUnsure, v), representativeToCome(shared, ifUnsure, v)];
}

type Shared = Pick<FinderResult, "arrangedBy" | "guidance" | "contacts">;

/** §1.4 s39A: an IMCA during the assessments, if nobody but paid staff to consult; s40(1) exceptions. */
function whileAssessing(shared: Shared, support: Answers["support"], ifUnsure: string | null, v: Voice): FinderResult {
  const base = { ...shared, type: "imca-dols", title: IMCA_TITLE, basis: "Mental Capacity Act 2005, section 39A", law: [LAW.dolsImca, LAW.imcaExceptions] } as const;
  if (!hasNobodyUnpaid(support)) {
    return result({
      ...base,
      strength: "not-entitled",
      summary: "This IMCA is only for people with nobody but paid staff to consult. The family member or friend should be asked for their views instead.",
      howToAsk: 'Say to the assessor: "Please talk to the family member or friend who knows the person best. They can tell you what the person would want."',
    });
  }
  return result({
    ...base,
    strength: "must-provide",
    summary: "While permission is being checked, the supervisory body must bring in an IMCA. This is because the person has nobody but paid staff to consult.",
    condition: conditions(ifUnsure, UNLESS_ATTORNEY_DEPUTY_OR_NOMINEE, DOLS_AGE_18),
    howToAsk: `Say to the care home or hospital: "Has anyone asked for a Deprivation of Liberty Safeguards authorisation for ${v.pick("me", NAME)}? If so, please make sure an IMCA is brought in."`,
  });
}

/** §1.4 RPR: everyone with a standard authorisation must have a representative. */
function representativeToCome(shared: Shared, ifUnsure: string | null, v: Voice): FinderResult {
  return result({
    ...shared,
    type: "rpr",
    title: RPR_TITLE,
    basis: "Mental Capacity Act 2005, Schedule A1",
    law: [LAW.dolsRepresentative],
    strength: "must-provide",
    summary: "If permission is given, the person must have a representative. This is usually a family member or friend, or a paid representative if nobody suitable can do it.",
    condition: conditions(ifUnsure, "This applies once permission (a standard authorisation) is given.", DOLS_AGE_18),
    howToAsk: `Ask the care home or hospital: "Has anyone asked for permission to keep ${v.pick("me", NAME)} here? If it is given, who will be the representative?"`,
  });
}

/**
 * §1.4 and MCA 2005 s40(1): the s39A(3), s39C(3) and s39D(2) duties do not apply where there is
 * a nominated person, an attorney or a deputy with authority. ss39A and 39D were read on
 * legislation.gov.uk and mentalhealthlaw.co.uk (the stored statute lacks ss39A-39E); Sch A1
 * paras 139, 153-161 in the stored text.
 */
function afterPermission(shared: Shared, representative: Answers["representative"], v: Voice): FinderResult[] {
  const rpr = { ...shared, type: "rpr", title: RPR_TITLE, basis: "Mental Capacity Act 2005, Schedule A1", law: [LAW.dolsRepresentative], strength: "must-provide", condition: DOLS_AGE_18 } as const;
  const imca = { ...shared, type: "imca-dols", title: IMCA_TITLE } as const;
  switch (representative) {
    case "unpaid":
      return [
        result({ ...rpr, summary: REPRESENTATIVE_ROLE, howToAsk: `The representative can say: "I would like to ask for a review of the authorisation. Please tell ${v.pick("me", "us")} how."` }),
        // §1.4 s39D: must be instructed if the person or the unpaid RPR asks.
        result({
          ...imca,
          basis: "Mental Capacity Act 2005, section 39D",
          law: [LAW.dolsImcaUnpaidRepresentative, LAW.imcaExceptions],
          strength: "must-provide",
          summary: "Because the representative is unpaid, the person or the representative can ask for an IMCA. The supervisory body must then arrange one.",
          condition: conditions(
            "This applies if the person or the representative asks, or the supervisory body thinks an IMCA is needed.",
            UNLESS_ATTORNEY_DEPUTY_OR_NOMINEE,
            DOLS_AGE_18,
          ),
          howToAsk: `Write to the supervisory body: ${v.pick('"I have a Deprivation of Liberty Safeguards authorisation. I would like an IMCA to help me use my rights."', `"I am the representative for ${NAME}. We would like an IMCA to help us use our rights."`)} Keep a copy of the letter.`,
        }),
      ];
    case "paid":
      return [
        result({ ...rpr, summary: REPRESENTATIVE_ROLE, howToAsk: 'Ask the care home or hospital: "Who is the paid representative? How can we contact them?"' }),
        result({
          ...imca,
          basis: "Mental Capacity Act 2005, section 39D",
          law: [LAW.dolsImcaUnpaidRepresentative, LAW.imcaExceptions],
          strength: "not-entitled",
          summary: "An extra IMCA under section 39D is only for people whose representative is unpaid. The paid representative can help with the same things.",
          howToAsk: `Say to the paid representative: ${v.pick('"Please visit me. I would like help to ask for a review."', `"Please visit ${NAME}. They may want help to ask for a review."`)}`,
        }),
      ];
    default:
      return [
        result({
          ...rpr,
          summary: "The person must have a representative. If no family member or friend is suitable, the supervisory body must appoint a paid one.",
          howToAsk: `Ask the supervisory body: "Who will be ${v.pick("my", `${NAME}'s`)} representative? When will they start?"`,
        }),
        // Issue 17, audit D3: MCA 2005 s39A(5) and Sch A1 para 161. The s39A IMCA brought in when
        // permission was asked for goes on acting until a representative is first appointed
        // (para 161(1)(b)); s39C covers a later gap, when an appointment ends. s40 applies to both.
        result({
          ...imca,
          basis: "Mental Capacity Act 2005, sections 39A and 39C",
          law: [LAW.dolsImca, LAW.dolsImcaGap, LAW.imcaExceptions],
          strength: "must-provide",
          summary:
            "Until the first representative is appointed, the IMCA brought in while permission was checked keeps helping. If a representative later stops, an IMCA must step in until a new one starts.",
          condition: conditions(
            "This applies if the person has nobody but paid staff to consult.",
            UNLESS_ATTORNEY_DEPUTY_OR_NOMINEE,
            DOLS_AGE_18,
          ),
          howToAsk: `Say to the supervisory body: "${v.pick("I have", `${NAME} has`)} no representative yet. Please make sure an IMCA is helping until one starts."`,
        }),
      ];
  }
}

const REPRESENTATIVE_ROLE =
  "The person must have a representative, and has one. The representative keeps in touch and can ask for a review, complain or go to the Court of Protection.";
