import type { AnswerValue } from "../questions";
import type { FinderResult } from "../types";
import { result } from "./result";
import { LAW } from "./sources";

type Mha = AnswerValue<"mha">;
type SpecialTreatment = AnswerValue<"special-treatment">;

const TITLE = "Independent Mental Health Advocate (IMHA)";
const ROLE = "An IMHA helps you understand your rights and speaks up for you.";
/** §1.1 s130D, addendum Q1 s130K: who must tell the patient about IMHAs. */
function whoMustTellYou(mha: Mha | undefined): string {
  switch (mha) {
    case "detained":
    case "holding":
    case "informal":
      // Wales s130L: hospital managers tell informal in-patients too.
      return "The hospital must tell you how to get one.";
    case "cto":
      return "Your responsible hospital must tell you how to get one.";
    case "guardianship":
      return "The council responsible for you must tell you how to get one.";
    case "conditional-discharge":
      return "Your responsible clinician must tell you how to get one.";
    default:
      return "The doctor who talks to you about the treatment must tell you how to get one.";
  }
}

function askFor(mha: Mha | undefined, special: SpecialTreatment | undefined): string {
  const teller = special === "s57" || special === "ect-under-18" ? whoMustTellYou(undefined) : whoMustTellYou(mha);
  return `Say to the staff: "I would like to see an Independent Mental Health Advocate (IMHA), please." ${teller} You can also phone the IMHA service yourself.`;
}

/** Why a person qualifies, as the start of the summary; null if they do not. */
function qualifyingReason(mha: Mha, special: SpecialTreatment | undefined): string | null {
  switch (mha) {
    case "detained":
      return "You have a right to an IMHA while you are detained, including while on leave.";
    case "cto":
      return "You have a right to an IMHA while you are on a community treatment order.";
    case "guardianship":
      return "You have a right to an IMHA while you are under guardianship.";
    case "conditional-discharge":
      return "You have a right to an IMHA while you are conditionally discharged.";
    default:
      return specialTreatmentReason(special);
  }
}

/** §1.1 s130C(3), addendum Q2 s130I(3): the s57 and under-18 ECT routes. */
function specialTreatmentReason(special: SpecialTreatment | undefined): string | null {
  if (special === "s57") {
    return "You have a right to an IMHA while a doctor talks to you about brain surgery for your mental health.";
  }
  if (special === "ect-under-18") {
    return "You are under 18, so you have a right to an IMHA while a doctor talks to you about ECT.";
  }
  return null;
}

/** §1.1: England, Mental Health Act 1983 s130C. */
export function englandImha(mha: Mha | undefined, special: SpecialTreatment | undefined): FinderResult {
  const base = {
    type: "imha",
    title: TITLE,
    basis: "Mental Health Act 1983, sections 130A to 130D",
    arrangedBy: "the local council",
    basisUrl: LAW.imhaEngland,
    guidance: "/your-rights/imha-england",
    contacts: ["find-local-council", "pohwer", "voiceability", "mind"],
  } satisfies Partial<FinderResult>;
  const reason = mha ? qualifyingReason(mha, special) : null;
  if (reason) {
    return result({ ...base, strength: "must-provide", summary: `${reason} ${ROLE}`, howToAsk: askFor(mha, special) });
  }
  return result({ ...base, strength: "not-entitled", summary: englandRefusal(mha), howToAsk: ASK_WHEN_REFUSED });
}

const ASK_WHEN_REFUSED =
  'Ask the staff: "Which part of the Mental Health Act applies to me?" If it changes, ask again for an IMHA. A local advocacy service may still help you now.';

/** §1.1 s130C(2)(a) exclusions; §1.2 the 2025 Act is not in force. */
function englandRefusal(mha: Mha | undefined): string {
  switch (mha) {
    case "holding":
      return "In England, being held only under section 4, 5(2) or 5(4) does not give a right to an IMHA. If you are then detained under section 2 or 3, you will have that right.";
    case "place-of-safety":
      return "In England, being held only under section 135 or 136 does not give a right to an IMHA. If you are then detained under section 2 or 3, you will have that right.";
    case "informal":
      return "In England, people in hospital by choice do not have a right to an IMHA under the law today. The Mental Health Act 2025 will change this for some people, but that part has not started yet.";
    default:
      return "In England, this right is only for people at home on a community treatment order, under guardianship or conditionally discharged.";
  }
}

/** §2.1 and addendum Q1-Q2: Wales, s130E to s130L. */
export function walesImha(mha: Mha | undefined, special: SpecialTreatment | undefined): FinderResult {
  const base = {
    type: "imha",
    title: TITLE,
    basis: "Mental Health Act 1983, sections 130E to 130L, added by the Mental Health (Wales) Measure 2010",
    arrangedBy: "the local health board",
    guidance: "/your-rights/imha-wales",
    contacts: ["nhs-111-wales-health-boards", "mind"],
  } satisfies Partial<FinderResult>;
  const reason = walesReason(mha, special);
  if (reason) {
    const url = mha === "informal" ? LAW.imhaWalesInformal : LAW.imhaWalesCompulsory;
    const summary = `${reason} In Wales, an IMHA can also help you take part in decisions about your care, and complain.`;
    return result({ ...base, strength: "must-provide", basisUrl: url, summary, howToAsk: askFor(mha, special) });
  }
  return result({ ...base, strength: "not-entitled", basisUrl: LAW.imhaWalesCompulsory, summary: walesRefusal(mha), howToAsk: ASK_WHEN_REFUSED });
}

function walesReason(mha: Mha | undefined, special: SpecialTreatment | undefined): string | null {
  if (mha === "holding") {
    // Addendum Q1: s130I(2)(a) excludes only s135 and s136, unlike England.
    return "In Wales, you have a right to an IMHA while you are held under section 4, 5(2) or 5(4).";
  }
  if (mha === "informal") {
    // §2.1 s130J: any informal in-patient being assessed or treated for mental disorder.
    return "In Wales, you have a right to an IMHA while you are in hospital by choice for your mental health.";
  }
  return mha ? qualifyingReason(mha, special) : null;
}

function walesRefusal(mha: Mha | undefined): string {
  if (mha === "place-of-safety") {
    return "In Wales, being held only under section 135 or 136 does not give a right to an IMHA. If you then stay in hospital, by choice or under another section, you will have that right.";
  }
  return "In Wales, this right is only for people at home on a community treatment order, under guardianship or conditionally discharged.";
}
