import type { Answers } from "../questions";
import type { FinderResult } from "../types";
import { result } from "./result";
import { LAW } from "./sources";

const IF_DISORDER =
  "This applies if the person has a mental illness, learning disability, dementia, autism, personality disorder, brain injury or similar. No diagnosis is needed.";

/**
 * §3.1: the s259 right of access to independent advocacy. The fact sheet
 * marks how far the right can be enforced as [?], so we promise access, not
 * an advocate on demand.
 */
export function scotlandMentalHealthAdvocacy(answers: Answers): FinderResult {
  const base = {
    type: "scotland-mh",
    title: "Independent advocacy under Scottish mental health law",
    basis: "Mental Health (Care and Treatment) (Scotland) Act 2003, section 259",
    arrangedBy: "the local council and NHS health board, together",
    basisUrl: LAW.scotlandMentalHealth,
    guidance: "/your-rights/scotland",
    contacts: ["siaa", "care-information-scotland", "age-scotland"],
    howToAsk:
      'Phone a local advocacy service and say: "I have a right to independent advocacy under the Mental Health Act. Can you help me?" The Scottish Independent Advocacy Alliance can tell you about local services.',
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
  return result({
    ...base,
    strength: "must-provide",
    summary:
      "You have a right to independent advocacy, at home or in hospital. Your council and health board must make sure advocacy services are available.",
    condition: answers.disorder === "not-sure" ? IF_DISORDER : null,
  });
}

/** §3.3: a duty to consider advocacy once the council decides to act. */
export function scotlandAdultProtectionAdvocacy(): FinderResult {
  return result({
    type: "scotland-asp",
    title: "Independent advocacy in adult support and protection",
    basis: "Adult Support and Protection (Scotland) Act 2007, section 6",
    arrangedBy: "the local council",
    basisUrl: LAW.scotlandAdultProtection,
    guidance: "/your-rights/scotland",
    contacts: ["find-local-council", "siaa"],
    strength: "must-consider",
    summary:
      "If the council decides to act to protect an adult at risk of harm, it must think about independent advocacy. It does not have to provide it.",
    condition: "This applies once the council has made inquiries and decides it needs to act.",
    howToAsk:
      'Say to the social worker: "I would like an independent advocate to help me have my say. Please think about arranging one."',
  });
}
