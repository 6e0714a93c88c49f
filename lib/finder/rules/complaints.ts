import type { Answers } from "../questions";
import type { FinderResult } from "../types";
import { result } from "./result";
import { LAW } from "./sources";
import { NAME, voiceOf } from "./voice";

const GUIDANCE = "/your-rights/complaints-advocacy";

/** §1.6: councils must arrange NHS complaints advocacy; §1.8 and corrections: not Healthwatch. */
export function englandNhsComplaints(answers: Answers): FinderResult {
  const v = voiceOf(answers);
  return result({
    type: "complaints",
    strength: "must-provide",
    title: "NHS complaints advocacy",
    basis: "Local Government and Public Involvement in Health Act 2007, section 223A",
    arrangedBy: "the local council",
    law: [LAW.complaintsEngland],
    guidance: GUIDANCE,
    contacts: ["find-local-council", "pohwer", "voiceability", "the-advocacy-people"],
    summary:
      "The council must arrange free, independent help to complain about NHS care. Healthwatch is a different service: it collects people's views on local care.",
    howToAsk: `Look on ${v.your} council's website for "NHS complaints advocacy", or phone the council. Say: ${v.pick(
      '"I want to complain about NHS care. Please put me in touch with the complaints advocacy service."',
      `"I want to help ${NAME} complain about NHS care. Please put us in touch with the complaints advocacy service."`,
    )}`,
  });
}

/** §1.7: Children Act 1989 s26A. The adult duty in §1.6 covers NHS complaints only. */
export function englandSocialCareComplaints(answers: Answers): FinderResult {
  const v = voiceOf(answers);
  return result({
    type: "complaints",
    strength: "must-provide",
    title: "Advocacy for children and young people who want to complain",
    basis: "Children Act 1989, section 26A",
    arrangedBy: "the local council",
    law: [LAW.childrenEngland],
    guidance: GUIDANCE,
    contacts: ["coram-voice", "find-local-council"],
    summary:
      "Councils must arrange an advocate for children in care, children in need and care leavers who want to complain. The complaints advocacy councils must arrange for adults is for NHS care.",
    condition: "This applies if a child in care, a child in need or a young person leaving care is complaining.",
    howToAsk: `Say to the council: ${v.pick('"I want to make a complaint. Please arrange an advocate to help me."', `"${NAME} wants to make a complaint. Please arrange an advocate to help them."`)} Coram Voice can also help children and young people.`,
  });
}

/**
 * For NHS complaints the duty is the Welsh Ministers': they must arrange independent advocacy
 * (NHS (Wales) Act 2006 s187). Llais gives it, under a power (2020 Act s16(1)-(2): it "may"
 * assist), so the result names the Ministers as arranging it and Llais as the body to contact
 * (issue 17, audit D5). Issue 14 defect 3: for social
 * care, SSWB(W)A 2014 s178 makes the council arrange help, including representation, for
 * children making s174 representations and care leavers making s176 ones; Llais only *may*
 * help adults, so that stays in the summary and the non-statutory result.
 */
export function walesComplaints(topic: "nhs-complaint" | "social-care-complaint", answers: Answers): FinderResult {
  const v = voiceOf(answers);
  if (topic === "nhs-complaint") {
    return result({
      type: "complaints",
      strength: "must-provide",
      title: "Complaints advocacy from Llais",
      basis: "National Health Service (Wales) Act 2006, section 187, and Health and Social Care (Quality and Engagement) (Wales) Act 2020, section 16",
      arrangedBy: "the Welsh Ministers, through Llais (the independent voice body for health and social care in Wales)",
      law: [LAW.complaintsWalesDuty, LAW.complaintsWales],
      guidance: GUIDANCE,
      contacts: ["llais"],
      summary: `The Welsh Ministers must arrange free, independent help to complain about NHS care in Wales. Llais gives this help, and it can speak for ${v.them}.`,
      howToAsk: `Contact Llais and say: ${v.pick('"I want to complain about NHS care. Can an advocate help me?"', `"I want to help ${NAME} complain about NHS care. Can an advocate help us?"`)} NHS complaints in Wales follow a process called Putting Things Right.`,
    });
  }
  return result({
    type: "complaints",
    strength: "must-provide",
    title: "Advocacy for children and young people who want to complain",
    basis: "Social Services and Well-being (Wales) Act 2014, section 178",
    arrangedBy: "the local council",
    law: [LAW.childrenWales],
    guidance: GUIDANCE,
    contacts: ["nyas-cymru", "find-local-council", "llais"],
    summary:
      "Councils must arrange an advocate for children in care or needing care, and care leavers, who complain about social care. Adults can ask Llais, which may help for free.",
    condition:
      "This applies to a child who is looked after or may need care and support, or a care leaver.",
    howToAsk: `Say to the council: ${v.pick('"I want to make a complaint about social care. Please arrange an advocate to help me."', `"${NAME} wants to make a complaint about social care. Please arrange an advocate to help them."`)} Adults can contact Llais instead.`,
  });
}

/**
 * §3.5, Patient Rights (Scotland) Act 2011 ss17-18: s17 inserts s10ZA into the NHS (Scotland)
 * Act 1978, so the Common Services Agency must secure PASS; no health board may provide it.
 * NHS care only.
 */
export function scotlandNhsComplaints(answers: Answers): FinderResult {
  const v = voiceOf(answers);
  return result({
    type: "complaints",
    strength: "must-provide",
    title: "Patient Advice and Support Service (PASS)",
    basis: "Patient Rights (Scotland) Act 2011, sections 17 and 18 (section 10ZA of the National Health Service (Scotland) Act 1978)",
    arrangedBy: "NHS National Services Scotland (the Common Services Agency); Citizens Advice Scotland runs the service",
    law: [LAW.scotlandPass, LAW.scotlandPassDuty, LAW.scotlandPassAgency],
    guidance: GUIDANCE,
    contacts: ["pass", "citizens-advice-scotland"],
    summary:
      "The Patient Advice and Support Service (PASS) helps people raise a concern or complain about NHS care. It is free and independent.",
    howToAsk: `Phone PASS and say: ${v.pick('"I want to complain about NHS care. Can you help me?"', `"I want to help ${NAME} complain about NHS care. Can you help us?"`)}`,
  });
}

/** §3.5: PASS does not cover social work complaints. */
export function scotlandSocialCareComplaints(answers: Answers): FinderResult {
  const v = voiceOf(answers);
  return result({
    type: "complaints",
    strength: "not-entitled",
    title: "Patient Advice and Support Service (PASS)",
    basis: "Patient Rights (Scotland) Act 2011, section 18",
    arrangedBy: "nobody: PASS covers NHS care only",
    law: [LAW.scotlandPass],
    guidance: GUIDANCE,
    contacts: ["citizens-advice-scotland"],
    summary: `PASS helps with complaints about NHS care only, not social work. Citizens Advice Scotland or a local advocacy service may help ${v.them} instead.`,
    howToAsk: 'Ask the council for its complaints process. Say: "I want to make a complaint about social work."',
  });
}

/** §4.3: the Patient and Client Council must help with health and social care complaints. */
export function northernIrelandComplaints(answers: Answers): FinderResult {
  const v = voiceOf(answers);
  return result({
    type: "complaints",
    strength: "must-provide",
    title: "Complaints help from the Patient and Client Council",
    basis: "Health and Social Care (Reform) Act (Northern Ireland) 2009, section 17",
    arrangedBy: "the Patient and Client Council",
    law: [LAW.niComplaints],
    guidance: GUIDANCE,
    contacts: ["patient-and-client-council"],
    summary: `The Patient and Client Council must help people who want to complain about health or social care. It is free, and it can speak for ${v.them}.`,
    howToAsk: `Phone the Patient and Client Council and say: ${v.pick('"I want to make a complaint. Can you help me?"', `"I want to help ${NAME} make a complaint. Can you help us?"`)}`,
  });
}
