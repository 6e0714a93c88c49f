import type { Nation } from "../nations";
import { adultSocialCareOf, councilsIn, healthBodiesOf, type Council } from "./directory";
import { councilQuerySchema, searchCouncils, type CouncilMatch } from "./search";

/**
 * What the find-your-council pages show, as plain props: the same lookup for the finder's
 * `area` question and the page of its own (/find-your-council).
 */

export type BodyLink = { name: string; url: string | null };

export type CouncilSummary = {
  slug: string;
  name: string;
  nation: Nation;
  /** Why it matched, when the words matched another name: "Also called Caerdydd", "Carlisle City Council is now part of it". */
  matchedBecause: string | null;
  homepage: string;
  /** Who runs adult social care, when it is another council (a district's county). */
  adultSocialCare: BodyLink | null;
  /** Health board, NHS board or HSC trust(s). */
  health: BodyLink[];
  /** Set when the health row was not checked against an official page: shown to the reader. */
  healthUnchecked: boolean;
  /** The page a health row was checked against. */
  healthSource: { url: string; title: string } | null;
};

export function summariseCouncil(council: Council, match?: Pick<CouncilMatch, "matchedName" | "former">): CouncilSummary {
  const care = adultSocialCareOf(council);
  const matchedBecause = match?.matchedName
    ? match.former
      ? `${match.matchedName} was replaced by this council.`
      : `Also called ${match.matchedName}.`
    : null;
  return {
    slug: council.slug,
    name: council.name,
    nation: council.nation,
    matchedBecause,
    homepage: council.homepage,
    adultSocialCare: care && care.slug !== council.slug ? { name: care.name, url: care.homepage } : null,
    health: healthBodiesOf(council).map((b) => ({ name: b.name, url: b.url })),
    healthUnchecked: council.health !== null && council.health.source === null,
    healthSource: council.health?.source ? { url: council.health.source.url, title: council.health.source.title } : null,
  };
}

/** The most matches shown at once; more words narrow the list. */
export const MAX_MATCHES = 30;

export type CouncilSearchView =
  | { kind: "none" }
  | { kind: "problem"; query: string; message: string }
  | { kind: "results"; query: string; matches: CouncilSummary[]; more: number };

/** Reads the reader's words (`q`) and finds councils, optionally only in one nation. Never throws. */
export function councilSearchView(rawQuery: string | null, nation?: Nation): CouncilSearchView {
  if (rawQuery === null) return { kind: "none" };
  const parsed = councilQuerySchema.safeParse(rawQuery);
  // Repeat back only a little of what was typed, whatever arrives.
  const echo = rawQuery.replace(/\s+/g, " ").trim().slice(0, 80);
  if (!parsed.success) return { kind: "problem", query: echo, message: parsed.error.issues[0]?.message ?? "Enter your council's name" };
  const found = searchCouncils(parsed.data, nation);
  return {
    kind: "results",
    query: parsed.data,
    matches: found.slice(0, MAX_MATCHES).map((m) => summariseCouncil(m.council, m)),
    more: Math.max(0, found.length - MAX_MATCHES),
  };
}

/**
 * The fallback list for a nation: every council in Wales, Scotland and Northern Ireland; in
 * England the county and unitary councils (those that run adult social care), as a full list of
 * 300 district and unitary councils would be too long to read.
 */
export function fallbackList(nation: Nation): CouncilSummary[] {
  const councils = nation === "england" ? councilsIn(nation).filter((c) => c.adultSocialCare === c.slug) : councilsIn(nation);
  return councils.map((c) => summariseCouncil(c));
}
