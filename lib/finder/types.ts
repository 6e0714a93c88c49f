import type { LocalAnswer } from "./local";
import type { Answers, QuestionId } from "./questions";

/** Result vocabulary, fixed by the contract. */
export const RESULT_TYPES = [
  "imha",
  "imca",
  "imca-dols",
  "rpr",
  "care-act",
  "wales-ipa",
  "scotland-mh",
  "scotland-asp",
  "complaints",
  "ni-imca",
  "non-statutory",
] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

/** Strongest first: results are shown in this order. */
export const STRENGTHS = ["must-provide", "must-consider", "discretionary", "not-entitled"] as const;
export type Strength = (typeof STRENGTHS)[number];

/** Site paths of the guidance pages a result can point to. */
export const GUIDANCE_PATHS = [
  "/your-rights",
  "/your-rights/imha-england",
  "/your-rights/imha-wales",
  "/your-rights/imca",
  "/your-rights/deprivation-of-liberty",
  "/your-rights/care-act-advocacy",
  "/your-rights/independent-professional-advocacy-wales",
  "/your-rights/scotland",
  "/your-rights/northern-ireland",
  "/your-rights/complaints-advocacy",
  "/mental-capacity",
  "/find-an-advocate",
  "/types-of-advocacy",
] as const;
export type GuidancePath = (typeof GUIDANCE_PATHS)[number];

export type FinderResult = {
  type: ResultType;
  strength: Strength;
  title: string;
  /** The law, in words: "Mental Health Act 1983, sections 130A to 130D". */
  basis: string;
  arrangedBy: string;
  summary: string;
  /** What would make this apply, where an answer was "not sure" or a fact is unknown. */
  condition: string | null;
  // The fields below are for the HTML result page only, not the JSON API.
  /** Law registry ids (content/data/law.json) of the provisions cited; the first is the main one. */
  law: readonly string[];
  /** The legislation.gov.uk pinpoint of the first provision in `law`, or null if none. */
  basisUrl: string | null;
  /** Two to four short sentences the reader could say or write. */
  howToAsk: string;
  /** Organisation ids from content/data/organisations.json. */
  contacts: string[];
  guidance: GuidancePath;
};

export type OrganisationRef = { id: string; name: string; url: string };

export type FinderOutcome = {
  complete: boolean;
  next: QuestionId | null;
  /** Only the answers that apply to this path, in canonical order. */
  answers: Answers;
  results: FinderResult[];
  organisations: OrganisationRef[];
  /** With a valid `area`: the reader's own council, health board or trust to ask (never changes the results). */
  local?: LocalAnswer;
};
