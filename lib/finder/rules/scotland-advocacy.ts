import type { Answers } from "../questions";
import type { FinderResult } from "../types";
import { result } from "./result";
import { LAW } from "./sources";
import { NAME, voiceOf, type Voice } from "./voice";

const IF_DISORDER =
  "This applies if the person has a mental illness, learning disability, dementia, autism, personality disorder, brain injury or similar. No diagnosis is needed.";

/** Topics about a care decision rather than mental health treatment (issue 10: dementia and care moves). */
const isCareDecision = (topic: Answers["topic"]) =>
  topic === "capacity" || topic === "liberty" || topic === "care-support" || topic === "safeguarding" || topic === "social-care-complaint";

function howToAsk(answers: Answers, v: Voice): string {
  const service = "The Scottish Independent Advocacy Alliance can tell you about local services.";
  if (isCareDecision(answers.topic)) {
    return `Phone a local advocacy service and say: ${v.pick(
      '"I need help to have my say about my care. I have a right of access to independent advocacy. Can you help me?"',
      `"I am calling for ${NAME}, who needs help with a care decision. They have a right of access to independent advocacy. Can you help?"`,
    )} ${service}`;
  }
  return `Say to a local advocacy service: ${v.pick(
    '"I have a right of access to independent advocacy under Scottish mental health law. Can you help me?"',
    `"I am calling for ${NAME}. They have a right of access to independent advocacy under Scottish mental health law."`,
  )} ${service}`;
}

/**
 * §3.1 and corrections: s259(1) gives every person with a mental disorder a "right of access" to
 * independent advocacy; councils and health boards must secure its availability. `must-provide`
 * stays (a legal right), but we promise access, not an advocate on demand. The right does not
 * depend on detention, so on care topics we say so and never suggest the person is detained.
 */
export function scotlandMentalHealthAdvocacy(answers: Answers): FinderResult {
  const v = voiceOf(answers);
  const base = {
    type: "scotland-mh",
    title: "Independent advocacy under Scottish mental health law",
    basis: "Mental Health (Care and Treatment) (Scotland) Act 2003, section 259",
    arrangedBy: "the local council and NHS health board, together",
    law: [LAW.scotlandMentalHealth],
    guidance: "/your-rights/scotland",
    contacts: ["siaa", "care-information-scotland", "age-scotland"],
    howToAsk: howToAsk(answers, v),
  } satisfies Partial<FinderResult>;
  if (answers.disorder === "no") {
    return result({
      ...base,
      strength: "not-entitled",
      summary:
        answers.topic === "capacity"
          ? "This right is for people with a mental illness, learning disability, dementia or a similar condition. It may not cover someone whose only difficulty is a physical problem with communicating."
          : "This right is for people with a mental illness, learning disability, dementia or a similar condition.",
    });
  }
  const summary = isCareDecision(answers.topic)
    ? `${v.You} have a right of access to independent advocacy, for care decisions too, not only treatment. The council and health board must make sure advocacy services are available.`
    : `${v.You} have a right of access to independent advocacy, at home or in hospital, detained or not. The council and health board must make sure advocacy services are available.`;
  // §3.1: the right rests only on mental disorder; `disorder` is not asked for NHS complaints.
  return result({ ...base, strength: "must-provide", summary, condition: answers.disorder === "yes" ? null : IF_DISORDER });
}

/** §3.3: a duty to consider advocacy once the council decides to act. */
export function scotlandAdultProtectionAdvocacy(answers: Answers): FinderResult {
  const v = voiceOf(answers);
  return result({
    type: "scotland-asp",
    title: "Independent advocacy in adult support and protection",
    basis: "Adult Support and Protection (Scotland) Act 2007, section 6",
    arrangedBy: "the local council",
    law: [LAW.scotlandAdultProtection],
    guidance: "/your-rights/scotland",
    contacts: ["find-local-council", "siaa"],
    strength: "must-consider",
    summary:
      "If the council decides to act to protect an adult at risk of harm, it must think about independent advocacy. It does not have to provide it.",
    condition: "This applies once the council has made inquiries and decides it needs to act.",
    howToAsk: `Say to the social worker: "I would like an independent advocate to help ${v.pick("me have my", `${NAME} have their`)} say. Please think about arranging one."`,
  });
}
