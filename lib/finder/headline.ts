import type { Voice } from "./questions";
import type { FinderResult, ResultType } from "./types";

/** What each kind of advocacy is called in a sentence: "You can get an IMHA". */
const NAMED: Record<ResultType, { me: string; "someone-else": string } | string> = {
  imha: "an Independent Mental Health Advocate (IMHA)",
  imca: "an Independent Mental Capacity Advocate (IMCA)",
  "imca-dols": "an Independent Mental Capacity Advocate (IMCA)",
  rpr: "a relevant person's representative (RPR)",
  "care-act": "an advocate from the council (a Care Act advocate)",
  "wales-ipa": "an independent professional advocate",
  "scotland-mh": "independent advocacy",
  "scotland-asp": "independent advocacy",
  complaints: { me: "independent help to make your complaint", "someone-else": "independent help to make their complaint" },
  "ni-imca": "an Independent Mental Capacity Advocate (IMCA)",
  "non-statutory": "help from a local advocacy service",
};

const SUBJECT: Record<Voice, string> = { me: "You", "someone-else": "They" };

/**
 * The result page's heading: the answer itself, from the strongest result's type and
 * strength, in the reader's voice. A firm right says "can get"; a duty to consider, a
 * discretion or a condition says "may be able to get"; no law at all is said plainly.
 */
export function headline(results: readonly FinderResult[], voice: Voice): string {
  const strongest = results[0];
  const object = voice === "me" ? "you" : "them";
  if (!strongest || strongest.strength === "not-entitled") {
    return `From these answers, the law does not give ${object} a right to an advocate`;
  }
  const named = NAMED[strongest.type];
  const what = typeof named === "string" ? named : named[voice];
  if (strongest.type === "non-statutory") {
    return `No law gives ${object} an advocate for this, but ${voice === "me" ? "you" : "they"} may get ${what}`;
  }
  const firm = strongest.strength === "must-provide" && strongest.condition === null;
  return `${SUBJECT[voice]} ${firm ? "can get" : "may be able to get"} ${what}`;
}
