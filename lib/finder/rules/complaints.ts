import type { FinderResult } from "../types";
import { result } from "./result";
import { LAW } from "./sources";

const GUIDANCE = "/your-rights/complaints-advocacy";

/** §1.6: councils must arrange NHS complaints advocacy; §1.8: not via Healthwatch. */
export function englandNhsComplaints(): FinderResult {
  return result({
    type: "complaints",
    strength: "must-provide",
    title: "NHS complaints advocacy",
    basis: "Local Government and Public Involvement in Health Act 2007, section 223A",
    arrangedBy: "the local council",
    basisUrl: LAW.complaintsEngland,
    guidance: GUIDANCE,
    contacts: ["find-local-council", "pohwer", "voiceability", "the-advocacy-people"],
    summary:
      "Your council must arrange free, independent help to complain about NHS care. Healthwatch is not this service.",
    howToAsk:
      'Look on your council\'s website for "NHS complaints advocacy", or phone the council. Say: "I want to complain about NHS care. Please put me in touch with the complaints advocacy service."',
  });
}

/** §1.7: Children Act 1989 s26A. The adult duty in §1.6 covers NHS complaints only. */
export function englandSocialCareComplaints(): FinderResult {
  return result({
    type: "complaints",
    strength: "must-provide",
    title: "Advocacy for children and young people who want to complain",
    basis: "Children Act 1989, section 26A",
    arrangedBy: "the local council",
    basisUrl: LAW.childrenEngland,
    guidance: GUIDANCE,
    contacts: ["coram-voice", "find-local-council"],
    summary:
      "Councils must arrange an advocate for children in care, children in need and care leavers who want to complain. The complaints advocacy councils must arrange for adults is for NHS care.",
    condition: "This applies if a child in care, a child in need or a young person leaving care is complaining.",
    howToAsk:
      'Say to the council: "I want to make a complaint. Please arrange an advocate to help me." Coram Voice can also help children and young people.',
  });
}

/** §2.4: Llais "may give assistance" (s16 of the 2020 Act), so we do not say "must". */
export function walesComplaints(topic: "nhs-complaint" | "social-care-complaint"): FinderResult {
  return result({
    type: "complaints",
    strength: "discretionary",
    title: "Complaints advocacy from Llais",
    basis: "Health and Social Care (Quality and Engagement) (Wales) Act 2020, section 16",
    arrangedBy: "Llais, the independent voice body for health and social care in Wales",
    guidance: GUIDANCE,
    contacts: topic === "social-care-complaint" ? ["llais", "nyas-cymru"] : ["llais"],
    summary:
      topic === "nhs-complaint"
        ? "Llais can help you complain about NHS care in Wales, for free. It can also speak for you."
        : "Llais can help adults complain about social care in Wales, for free. If you are under 25, the council may need to arrange an advocate instead.",
    howToAsk:
      topic === "nhs-complaint"
        ? 'Contact Llais and say: "I want to complain about NHS care. Can an advocate help me?" NHS complaints in Wales follow a process called Putting Things Right.'
        : 'Contact Llais and say: "I want to complain about social care. Can an advocate help me?"',
  });
}

/** §3.5: PASS, Patient Rights (Scotland) Act 2011 s18. NHS care only. */
export function scotlandNhsComplaints(): FinderResult {
  return result({
    type: "complaints",
    strength: "must-provide",
    title: "Patient Advice and Support Service (PASS)",
    basis: "Patient Rights (Scotland) Act 2011, section 18",
    arrangedBy: "the Scottish Government, through Citizens Advice Scotland",
    basisUrl: LAW.scotlandPass,
    guidance: GUIDANCE,
    contacts: ["pass", "citizens-advice-scotland"],
    summary:
      "The Patient Advice and Support Service (PASS) helps you raise a concern or complain about NHS care. It is free and independent.",
    howToAsk: 'Phone PASS and say: "I want to complain about NHS care. Can you help me?"',
  });
}

/** §3.5: PASS does not cover social work complaints. */
export function scotlandSocialCareComplaints(): FinderResult {
  return result({
    type: "complaints",
    strength: "not-entitled",
    title: "Patient Advice and Support Service (PASS)",
    basis: "Patient Rights (Scotland) Act 2011, section 18",
    arrangedBy: "nobody: PASS covers NHS care only",
    basisUrl: LAW.scotlandPass,
    guidance: GUIDANCE,
    contacts: ["citizens-advice-scotland"],
    summary:
      "PASS helps with complaints about NHS care only, not social work. Citizens Advice Scotland or a local advocacy service may help you instead.",
    howToAsk: 'Ask the council for its complaints process. Say: "I want to make a complaint about social work."',
  });
}

/** §4.3: the Patient and Client Council must help with health and social care complaints. */
export function northernIrelandComplaints(): FinderResult {
  return result({
    type: "complaints",
    strength: "must-provide",
    title: "Complaints help from the Patient and Client Council",
    basis: "Health and Social Care (Reform) Act (Northern Ireland) 2009, section 17",
    arrangedBy: "the Patient and Client Council",
    basisUrl: LAW.niComplaints,
    guidance: GUIDANCE,
    contacts: ["patient-and-client-council"],
    summary:
      "The Patient and Client Council must help people who want to complain about health or social care. It is free, and it can speak for you.",
    howToAsk: 'Phone the Patient and Client Council and say: "I want to make a complaint. Can you help me?"',
  });
}
