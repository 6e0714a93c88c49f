import type { Answers, AnswerValue } from "../questions";
import type { FinderResult } from "../types";
import { result } from "./result";
import { LAW } from "./sources";
import { NAME, voiceOf, type Voice } from "./voice";

type Mha = AnswerValue<"mha">;
type SpecialTreatment = AnswerValue<"special-treatment">;

const TITLE = "Independent Mental Health Advocate (IMHA)";
const role = (v: Voice) => `An IMHA helps ${v.them} understand ${v.your} rights and speaks up for ${v.them}.`;

/** Whether the person is being considered for s57 treatment, or ECT while under 18. */
const isSpecial = (special: SpecialTreatment | undefined) => special === "s57" || special === "ect-under-18";

/** §1.1 s130D, addendum Q1 s130K: who must tell the patient about IMHAs. */
function whoMustTell(mha: Mha | undefined, v: Voice): string {
  switch (mha) {
    case "detained":
    case "holding":
    case "informal":
      // Wales s130L: hospital managers tell informal in-patients too.
      return `The hospital must tell ${v.them} how to get one.`;
    case "cto":
      return `The responsible hospital must tell ${v.them} how to get one.`;
    case "guardianship":
      return `The council responsible for ${v.them} must tell ${v.them} how to get one.`;
    case "conditional-discharge":
      return `The responsible clinician must tell ${v.them} how to get one.`;
    default:
      return `The doctor who talks to ${v.them} about the treatment must tell ${v.them} how to get one.`;
  }
}

/** How a carer describes the person's position in the script. */
const STATUS: Record<Mha, string> = {
  detained: "who is detained under the Mental Health Act",
  holding: "who is held under the Mental Health Act",
  "place-of-safety": "who is held under the Mental Health Act",
  cto: "who is on a community treatment order",
  guardianship: "who is under guardianship",
  "conditional-discharge": "who is conditionally discharged",
  informal: "who is in hospital for their mental health",
  community: "who is being offered a special treatment",
};

function askFor(mha: Mha | undefined, special: SpecialTreatment | undefined, v: Voice): string {
  const teller = whoMustTell(isSpecial(special) ? undefined : mha, v);
  const status = isSpecial(special) ? STATUS.community : STATUS[mha ?? "detained"];
  const request = v.pick(
    '"I would like to see an Independent Mental Health Advocate (IMHA), please."',
    `"I am asking for an IMHA for ${NAME}, ${status}."`,
  );
  return `Say to the staff: ${request} ${teller} ${v.pick("You can also phone the IMHA service yourself.", "You can also phone the IMHA service.")}`;
}

/** Why a person qualifies, as the start of the summary; null if they do not. */
function qualifyingReason(mha: Mha, special: SpecialTreatment | undefined, v: Voice): string | null {
  switch (mha) {
    case "detained":
      return `${v.You} have a right to an IMHA while ${v.you} are detained, including while on leave.`;
    case "cto":
      return `${v.You} have a right to an IMHA while ${v.you} are on a community treatment order.`;
    case "guardianship":
      return `${v.You} have a right to an IMHA while ${v.you} are under guardianship.`;
    case "conditional-discharge":
      return `${v.You} have a right to an IMHA while ${v.you} are conditionally discharged.`;
    default:
      return specialTreatmentReason(special, v);
  }
}

/**
 * §1.1 s130C(3), addendum Q2 s130I(3): the s57 and under-18 ECT routes. Section 57 covers
 * more than brain surgery, so we name the section and give surgery only as an example.
 */
function specialTreatmentReason(special: SpecialTreatment | undefined, v: Voice): string | null {
  if (special === "s57") {
    return `${v.You} have a right to an IMHA while a doctor discusses section 57 treatment, such as brain surgery, with ${v.them}.`;
  }
  if (special === "ect-under-18") {
    return `${v.You} are under 18, so ${v.you} have a right to an IMHA while a doctor talks to ${v.them} about ECT.`;
  }
  return null;
}

/**
 * Corrections file: s130C(3) and s130I(3) make anyone a qualifying patient while s57 treatment
 * (or ECT under 18) is discussed, so people on a holding power or in a place of safety are not
 * ruled out of that limb. The flow does not ask them about it, so the result says so.
 */
const specialTreatmentStillApplies = (v: Voice) =>
  `But ${v.you} have a right to an IMHA while a doctor discusses section 57 treatment with ${v.them}. The same applies to ECT for someone under 18.`;

/** Corrections file: worded so detained and (in Wales) informal in-patients do not read themselves out. */
const onlyIfNotInHospital = (nation: "England" | "Wales", v: Voice) =>
  `In ${nation}, this right does not cover everyone at home. Out of hospital, ${v.you} have it only on a community treatment order, guardianship or conditional discharge.`;

function askWhenRefused(mha: Mha | undefined, v: Voice): string {
  const who = mha === "community" ? `${v.your} mental health team` : "the staff";
  const question = v.pick('"Which part of the Mental Health Act applies to me?"', `"Which part of the Mental Health Act applies to ${NAME}?"`);
  return `Ask ${who}: ${question} If it changes, ask again for an IMHA. A local advocacy service may still help now.`;
}

/** §1.1: England, Mental Health Act 1983 s130C. */
export function englandImha(answers: Answers): FinderResult {
  const v = voiceOf(answers);
  const { mha, "special-treatment": special } = answers;
  const base = {
    type: "imha",
    title: TITLE,
    basis: "Mental Health Act 1983, sections 130A to 130D",
    arrangedBy: "the local council",
    law: [LAW.imhaEngland],
    guidance: "/your-rights/imha-england",
    contacts: ["find-local-council", "pohwer", "voiceability", "mind"],
  } satisfies Partial<FinderResult>;
  const reason = mha ? qualifyingReason(mha, special, v) : null;
  if (reason) {
    return result({ ...base, strength: "must-provide", summary: `${reason} ${role(v)}`, howToAsk: askFor(mha, special, v) });
  }
  return result({
    ...base,
    strength: "not-entitled",
    summary: englandRefusal(mha, v),
    condition: mha === "holding" || mha === "place-of-safety" ? specialTreatmentStillApplies(v) : null,
    howToAsk: askWhenRefused(mha, v),
  });
}

/** §1.1 s130C(2)(a) exclusions; §1.2 the 2025 Act is not in force. */
function englandRefusal(mha: Mha | undefined, v: Voice): string {
  switch (mha) {
    case "holding":
      return `In England, being held only under section 4, 5(2) or 5(4) does not give a right to an IMHA. If ${v.you} are then detained under section 2 or 3, ${v.you} will have that right.`;
    case "place-of-safety":
      return `In England, being held only under section 135 or 136 does not give a right to an IMHA. If ${v.you} are then detained under section 2 or 3, ${v.you} will have that right.`;
    case "informal":
      return "In England, people in hospital by choice do not have a right to an IMHA under the law today. The Mental Health Act 2025 will change this for some people, but that part has not started yet.";
    default:
      return onlyIfNotInHospital("England", v);
  }
}

/** §2.1 and addendum Q1-Q2: Wales, s130E to s130L. */
export function walesImha(answers: Answers): FinderResult {
  const v = voiceOf(answers);
  const { mha, "special-treatment": special } = answers;
  const base = {
    type: "imha",
    title: TITLE,
    basis: "Mental Health Act 1983, sections 130E to 130L, added by the Mental Health (Wales) Measure 2010",
    arrangedBy: "the local health board",
    guidance: "/your-rights/imha-wales",
    contacts: ["nhs-111-wales-health-boards", "mind"],
  } satisfies Partial<FinderResult>;
  const reason = walesReason(mha, special, v);
  if (reason) {
    const law = [mha === "informal" ? LAW.imhaWalesInformal : LAW.imhaWalesCompulsory, LAW.imhaWalesHealthBoards];
    const summary = `${reason} In Wales, an IMHA can also help ${v.them} take part in decisions about ${v.your} care, and complain.`;
    return result({ ...base, strength: "must-provide", law, summary, howToAsk: askFor(mha, special, v) });
  }
  return result({
    ...base,
    strength: "not-entitled",
    law: [LAW.imhaWalesCompulsory, LAW.imhaWalesInformal],
    summary: walesRefusal(mha, v),
    condition: mha === "place-of-safety" ? specialTreatmentStillApplies(v) : null,
    howToAsk: askWhenRefused(mha, v),
  });
}

function walesReason(mha: Mha | undefined, special: SpecialTreatment | undefined, v: Voice): string | null {
  if (mha === "holding") {
    // Addendum Q1: s130I(2)(a) excludes only s135 and s136, unlike England.
    return `In Wales, ${v.you} have a right to an IMHA while ${v.you} are held under section 4, 5(2) or 5(4).`;
  }
  if (mha === "informal") {
    // §2.1 s130J: any informal in-patient being assessed or treated for mental disorder.
    return `In Wales, ${v.you} have a right to an IMHA while ${v.you} are in hospital by choice for ${v.your} mental health.`;
  }
  return mha ? qualifyingReason(mha, special, v) : null;
}

function walesRefusal(mha: Mha | undefined, v: Voice): string {
  if (mha === "place-of-safety") {
    return `In Wales, being held only under section 135 or 136 does not give a right to an IMHA. If ${v.you} then stay in hospital, by choice or under another section, ${v.you} will have that right.`;
  }
  return onlyIfNotInHospital("Wales", v);
}
