import { voiceHref } from "../letter-voices";
import type { Nation } from "../nations";
import type { Voice } from "./questions";
import type { ResultType } from "./types";

/**
 * Site paths of the letters a result can point to (content/pages/letters/*.mdx). Each is written
 * in two voices: this address is the reader's own; /for-someone-else is for someone asking for them.
 */
export const LETTER_PATHS = [
  "/letters/care-act-advocate",
  "/letters/imha-england",
  "/letters/imha-wales",
  "/letters/imca",
  "/letters/deprivation-of-liberty",
  "/letters/independent-professional-advocacy-wales",
  "/letters/independent-advocacy-scotland",
  "/letters/hsc-trust-northern-ireland",
  "/letters/patient-and-client-council",
  "/letters/complaints-advocacy-england",
  "/letters/pass-scotland",
  "/letters/refused-england",
  "/letters/refused-wales",
  "/letters/refused-scotland",
  "/letters/refused-northern-ireland",
] as const;
export type LetterPath = (typeof LETTER_PATHS)[number];

/**
 * The letter that asks for each kind of advocacy, by nation. A missing entry means we have no
 * letter for it there, usually because the right does not exist in that nation.
 */
const LETTERS: Record<ResultType, Partial<Record<Nation, LetterPath>>> = {
  imha: { england: "/letters/imha-england", wales: "/letters/imha-wales" },
  imca: { england: "/letters/imca", wales: "/letters/imca" },
  "imca-dols": { england: "/letters/deprivation-of-liberty", wales: "/letters/deprivation-of-liberty" },
  rpr: { england: "/letters/deprivation-of-liberty", wales: "/letters/deprivation-of-liberty" },
  "care-act": { england: "/letters/care-act-advocate" },
  "wales-ipa": { wales: "/letters/independent-professional-advocacy-wales" },
  "scotland-mh": { scotland: "/letters/independent-advocacy-scotland" },
  "scotland-asp": { scotland: "/letters/independent-advocacy-scotland" },
  complaints: {
    england: "/letters/complaints-advocacy-england",
    scotland: "/letters/pass-scotland",
    "northern-ireland": "/letters/patient-and-client-council",
  },
  "ni-imca": { "northern-ireland": "/letters/hsc-trust-northern-ireland" },
  // Trust-funded advocacy is the only kind most people in Northern Ireland can ask for.
  "non-statutory": { "northern-ireland": "/letters/hsc-trust-northern-ireland" },
};

/** Each nation's refusal letter, and the kinds of advocacy whose duty it names. */
const REFUSED: Record<Nation, { letter: LetterPath; names: ResultType[] }> = {
  england: { letter: "/letters/refused-england", names: ["care-act", "imha", "imca", "imca-dols", "complaints"] },
  wales: { letter: "/letters/refused-wales", names: ["imha", "imca", "imca-dols", "wales-ipa"] },
  scotland: { letter: "/letters/refused-scotland", names: ["scotland-mh", "scotland-asp"] },
  // The IMCA parts of the NI Act are not in force: this letter asks the Trust to explain a refusal of
  // advocacy it funds (no duty) and of the nominated-person and Review Tribunal safeguards.
  "northern-ireland": { letter: "/letters/refused-northern-ireland", names: ["non-statutory"] },
};

/** The address of a letter in the voice of whoever is asking (the finder's `who`). */
export type LetterHref = string;

/** The letter to ask for this kind of advocacy in this nation, in the asker's voice, or null if we have none. */
export function letterFor(type: ResultType, nation: Nation, voice: Voice = "me"): LetterHref | null {
  const letter = LETTERS[type][nation];
  return letter ? voiceHref(letter, voice) : null;
}

/** The letter to send when this advocacy is refused or not offered, in the asker's voice, or null if none names its duty. */
export function refusalLetterFor(type: ResultType, nation: Nation, voice: Voice = "me"): LetterHref | null {
  const { letter, names } = REFUSED[nation];
  return names.includes(type) ? voiceHref(letter, voice) : null;
}
