import type { Nation } from "../nations";
import { RESULT_TYPES, type ResultType } from "./types";

/** Site paths of the Easy Read pages (content/pages/easy-read/*.mdx). */
export const EASY_READ_PATHS = [
  "/easy-read",
  "/easy-read/what-is-an-advocate",
  "/easy-read/imha",
  "/easy-read/imca",
  "/easy-read/care-act-advocate",
  "/easy-read/independent-professional-advocate-wales",
  "/easy-read/scotland",
  "/easy-read/northern-ireland",
  "/easy-read/complaints",
  "/easy-read/ask-for-an-advocate",
] as const;
export type EasyReadPath = (typeof EASY_READ_PATHS)[number];

/**
 * In England and Wales each kind of advocacy has its own Easy Read page. A missing entry means
 * the kind does not arise there. Deprivation of liberty (its IMCA and the representative) is
 * told on the IMCA page; advocacy no law requires, on the page about asking for an advocate.
 */
const ENGLAND_AND_WALES: Partial<Record<ResultType, EasyReadPath>> = {
  imha: "/easy-read/imha",
  imca: "/easy-read/imca",
  "imca-dols": "/easy-read/imca",
  rpr: "/easy-read/imca",
  complaints: "/easy-read/complaints",
  "non-statutory": "/easy-read/ask-for-an-advocate",
};

/**
 * Scotland and Northern Ireland each have one Easy Read page that says what applies there,
 * including the roles that do not exist there; complaints and other advocacy have their own.
 */
function onePageFor(page: EasyReadPath): Record<ResultType, EasyReadPath> {
  const all = Object.fromEntries(RESULT_TYPES.map((type) => [type, page])) as Record<ResultType, EasyReadPath>;
  return { ...all, complaints: "/easy-read/complaints", "non-statutory": "/easy-read/ask-for-an-advocate" };
}

const BY_NATION: Record<Nation, Partial<Record<ResultType, EasyReadPath>>> = {
  england: {
    ...ENGLAND_AND_WALES,
    "care-act": "/easy-read/care-act-advocate",
    // A "not in this nation" result: England has Care Act advocacy instead.
    "wales-ipa": "/easy-read/care-act-advocate",
  },
  wales: {
    ...ENGLAND_AND_WALES,
    "wales-ipa": "/easy-read/independent-professional-advocate-wales",
    // A "not in this nation" result: Wales has independent professional advocacy instead.
    "care-act": "/easy-read/independent-professional-advocate-wales",
  },
  scotland: onePageFor("/easy-read/scotland"),
  "northern-ireland": onePageFor("/easy-read/northern-ireland"),
};

/** The Easy Read page for this kind of advocacy in this nation, or null if we have none. */
export function easyReadFor(type: ResultType, nation: Nation): EasyReadPath | null {
  return BY_NATION[nation][type] ?? null;
}
