/**
 * Who arranges each kind of advocacy, as short ids that pages can declare in frontmatter
 * (`states:`) and tests can compare with the finder. Each id names the duty-holder the law
 * gives; `matches` recognises the finder's own words for it (a result's `arrangedBy`), so the
 * finder's wording stays the one source and the id is derived from it.
 */
export const ARRANGERS = {
  /** The council: Care Act, IMHA in England, Welsh IPA, complaints help for children. */
  council: { label: "the local council", matches: /^the local council$/ },
  /** MCA 2005 ss37-39 and the 2006 / 2007 regulations: the body making the decision instructs. */
  "decision-maker": {
    label: "the NHS body or council making the decision",
    matches: /^the (NHS body or council|council or NHS body|NHS body) (making|proposing|arranging|taking)\b/,
  },
  /** MCA 2005 s39A, s39C, s39D and Schedule A1 Part 10. */
  "supervisory-body": { label: "the supervisory body", matches: /^the supervisory body\b/ },
  /** WSI 2011/2501 reg 3: Welsh IMHAs. */
  "health-board": { label: "the local health board", matches: /^the local health board$/ },
  /** MHCT(S)A 2003 s259(1): each council with its health board, and each board with its council. */
  "council-and-health-board": {
    label: "the council and NHS health board, together",
    matches: /^the local council and NHS health board\b/,
  },
  /** NHS (Wales) Act 2006 s187: the Welsh Ministers must arrange NHS complaints advocacy (Llais gives it). */
  "welsh-ministers": { label: "the Welsh Ministers (Llais gives the help)", matches: /^the Welsh Ministers\b/ },
  /** Patient Rights (Scotland) Act 2011 s17 (s10ZA of the 1978 Act): the Common Services Agency secures PASS. */
  "common-services-agency": { label: "NHS National Services Scotland", matches: /^NHS National Services Scotland\b/ },
  /** HSC (Reform) Act (NI) 2009 s17. */
  "patient-and-client-council": { label: "the Patient and Client Council", matches: /^the Patient and Client Council$/ },
  /** MCA (NI) 2016: an HSC Trust. */
  "hsc-trust": { label: "the HSC Trust", matches: /^the Health and Social Care \(HSC\) Trust\b/ },
  /** Advocacy no law requires: charities and community groups. */
  "local-services": { label: "local charities and community groups", matches: /^(local )?charities\b/ },
  /** Shown on purpose where nobody has a duty (not-entitled results). */
  nobody: { label: "nobody", matches: /^(nobody|no one|none)\b/i },
} as const satisfies Record<string, { label: string; matches: RegExp }>;

export type ArrangerId = keyof typeof ARRANGERS;
export const ARRANGER_IDS = Object.keys(ARRANGERS) as [ArrangerId, ...ArrangerId[]];

/** The id for a result's `arrangedBy` words, or null if none fits (a test keeps that from happening). */
export function arrangerOf(arrangedBy: string): ArrangerId | null {
  return ARRANGER_IDS.find((id) => ARRANGERS[id].matches.test(arrangedBy)) ?? null;
}
