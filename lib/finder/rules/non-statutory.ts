import type { Nation } from "../../nations";
import type { Answers } from "../questions";
import type { FinderResult } from "../types";
import { result } from "./result";
import { NAME, voiceOf, type Voice } from "./voice";

type Topic = NonNullable<Answers["topic"]>;

/** Where to look, by nation, with topic-specific helpers first (§5 directory). */
const CONTACTS: Record<Nation, Partial<Record<Topic, string[]>> & { default: string[] }> = {
  england: {
    "mental-health": ["mind", "rethink", "pohwer", "voiceability"],
    "social-care-complaint": ["citizens-advice", "age-uk", "pohwer"],
    other: ["pohwer", "voiceability", "mind", "age-uk", "citizens-advice", "healthwatch"],
    default: ["pohwer", "voiceability", "age-uk", "independent-age", "carers-uk"],
  },
  wales: {
    "mental-health": ["mind"],
    "nhs-complaint": ["llais", "citizens-advice"],
    "social-care-complaint": ["llais", "citizens-advice"],
    default: ["age-cymru", "mind", "carers-uk", "citizens-advice"],
  },
  scotland: {
    "social-care-complaint": ["citizens-advice-scotland", "siaa"],
    default: ["siaa", "age-scotland", "disability-information-scotland", "carers-uk", "citizens-advice-scotland"],
  },
  "northern-ireland": {
    default: ["hsc-trusts", "disability-action", "age-ni", "advice-ni", "carers-uk"],
  },
};

/** Issue 14 defect 9: nobody is told to ask "the ward staff" unless they are in hospital. */
function mentalHealthSummary(nation: Nation, answers: Answers, v: Voice): string {
  if (nation === "scotland") {
    return `A local advocacy service may still help ${v.them}, even without a legal right. Ask ${v.your} mental health team or GP, or a mental health charity.`;
  }
  const where = answers.mha === "community" ? `${v.your} mental health team or GP` : "the staff";
  return `A local advocacy service may still help ${v.them}, even without a legal right to an IMHA. Ask ${where}, or a mental health charity.`;
}

/** Topic-specific words where the reader most needs them (§4.1, §4.4, §1.1). */
function summaryFor(nation: Nation, answers: Answers, v: Voice): string {
  if (nation === "northern-ireland" && answers.topic === "mental-health") {
    return `Health and Social Care Trusts fund advocacy in some mental health and learning disability hospitals. No law requires it, but ${v.you} can ask for it.`;
  }
  if (nation === "northern-ireland" && answers.topic === "safeguarding") {
    // Corrections file: the Adult Protection Bill was last seen at committee stage (24 March 2026).
    return "No law in Northern Ireland yet gives a right to an advocate in adult safeguarding. A Bill is going through the Assembly (last seen at committee stage, March 2026).";
  }
  if (nation === "northern-ireland") {
    return `Health and Social Care Trusts fund some advocacy, often run by charities. No law requires it, but ${v.you} can ask the Trust.`;
  }
  if (answers.topic === "mental-health") return mentalHealthSummary(nation, answers, v);
  return `A local advocacy service may help ${v.them} have ${v.your} say, even if the law gives no right to one. These services are often run by charities.`;
}

/** Community, peer, volunteer or Trust-funded advocacy that no law requires. */
export function nonStatutoryAdvocacy(nation: Nation, answers: Answers): FinderResult {
  const contacts = CONTACTS[nation];
  const v = voiceOf(answers);
  return result({
    type: "non-statutory",
    strength: "discretionary",
    title: "Other independent advocacy",
    basis: "No law requires this. Charities and community groups offer it.",
    arrangedBy: nation === "northern-ireland" ? "charities, often funded by the HSC Trust" : "local charities and community groups",
    guidance: "/find-an-advocate",
    contacts: (answers.topic && contacts[answers.topic]) || contacts.default,
    summary: summaryFor(nation, answers, v),
    howToAsk: `Phone a local advocacy service and say: ${v.pick('"I need help to have my say. Can an advocate help me?"', `"I am calling for ${NAME}, who needs help to have their say. Can an advocate help?"`)} Ask if there is a waiting list.`,
  });
}
