import type { Voice } from "./questions";
import { hasOpenCondition } from "./rules/result";
import type { FinderResult, ResultType, Strength } from "./types";

type Words = Record<Voice, string>;

/**
 * The answer to "Is it a right?" on a result card, one rule told one way (issue 17 section 4).
 * A duty is a plain "Yes." only when nothing about this case is left open (headline.ts says
 * "can get" on the same test). We never add "if they want it": the person may be unable to
 * decide, and for an IMCA or a representative nobody has to ask.
 */
const STRENGTH_WORDS: Record<Strength, Words> = {
  "must-provide": {
    me: "Yes. The law says it must be arranged for you.",
    "someone-else": "Yes. The law says it must be arranged for them.",
  },
  "must-consider": {
    me: "The law says it must be considered for you. You may not get it.",
    "someone-else": "The law says it must be considered for them. They may not get it.",
  },
  discretionary: {
    me: "No law says anyone must give it. But you can still ask for it.",
    "someone-else": "No law says anyone must give it. But you can still ask for it for them.",
  },
  "not-entitled": {
    me: "No. From your answers, this does not apply to you.",
    "someone-else": "No. From your answers, this does not apply to them.",
  },
};

/**
 * MHCT(S)A 2003 s259(1): a right of access; the council and health board must secure that
 * advocacy is available. Not a promise that an advocate will be arranged on request.
 */
const RIGHT_OF_ACCESS: Words = {
  me: "Yes. You have a right of access to independent advocacy. The council and health board must make sure it is available to you.",
  "someone-else":
    "Yes. They have a right of access to independent advocacy. The council and health board must make sure it is available to them.",
};

const OWN_WORDS: Partial<Record<ResultType, Words>> = { "scotland-mh": RIGHT_OF_ACCESS };

/** Said instead of a plain "Yes." when the card's "When this applies" still has to be shown. */
const IF_IT_APPLIES: Words = {
  me: "Yes, if what it says under \"When this applies\" is true for you.",
  "someone-else": "Yes, if what it says under \"When this applies\" is true for them.",
};

export function isItARight(result: Pick<FinderResult, "type" | "strength" | "condition">, voice: Voice): string {
  if (result.strength !== "must-provide") return STRENGTH_WORDS[result.strength][voice];
  const yes = (OWN_WORDS[result.type] ?? STRENGTH_WORDS["must-provide"])[voice];
  if (!hasOpenCondition(result)) return yes;
  // "Yes. The law says ..." becomes "Yes, if ... Then the law says ...".
  return `${IF_IT_APPLIES[voice]} ${yes.replace(/^Yes\. (\w)/, (_, first: string) => `Then ${first.toLowerCase()}`)}`;
}
