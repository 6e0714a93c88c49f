import type { Voice } from "./questions";
import { isFirmRight } from "./rules/result";
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
 * The result page's heading: the answer itself, in the reader's voice. Its verb agrees with the
 * cards under it (right-words.ts, on the same test): "can get" names a plain right, a duty with
 * nothing about this case left open (the standing exceptions, such as an attorney, do not count);
 * "may be able to get" names the strongest result when no plain right exists; with no law at
 * all we say so plainly.
 */
export function headline(results: readonly FinderResult[], voice: Voice): string {
  const firm = results.find(isFirmRight);
  const strongest = firm ?? results[0];
  const object = voice === "me" ? "you" : "them";
  if (!strongest || strongest.strength === "not-entitled") {
    return `From these answers, the law does not give ${object} a right to an advocate`;
  }
  const named = NAMED[strongest.type];
  const what = typeof named === "string" ? named : named[voice];
  if (strongest.type === "non-statutory") {
    return `No law gives ${object} an advocate for this, but ${voice === "me" ? "you" : "they"} may get ${what}`;
  }
  // MHCT(S)A 2003 s259(1) is a right of access, not a promise of an advocate on request (issue 17).
  if (firm && strongest.type === "scotland-mh") return `${SUBJECT[voice]} have a right of access to independent advocacy`;
  return `${SUBJECT[voice]} ${firm ? "can get" : "may be able to get"} ${what}`;
}
