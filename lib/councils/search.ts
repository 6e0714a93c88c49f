import { z } from "zod";
import type { Nation } from "../nations";
import { COUNCILS, type Council } from "./directory";

/**
 * Finding a council by what a reader types: its official name, its everyday name, other names
 * people use, or the name of a council it replaced. Every word typed must appear in one name
 * (as the start of a word there), so "amber" finds Amber Valley and "newcastle tyne" finds
 * Newcastle upon Tyne. No JavaScript: the page sends `q` in a plain GET form.
 */

/** The most a reader's words may be; longer input gets a message, never a slow search. */
export const MAX_QUERY_LENGTH = 80;

export const councilQuerySchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(2, "Enter at least 2 letters of your council's name, or the name of your town or area")
      .max(MAX_QUERY_LENGTH, `Enter ${MAX_QUERY_LENGTH} characters or fewer`),
  );

export type CouncilMatch = {
  council: Council;
  /** The name the words matched when it is not the council's own name: shown so the reader sees why. */
  matchedName: string | null;
  /** The matched name belongs to a council this one replaced. */
  former: boolean;
};

/** Lower case, no accents or punctuation, "&" as "and", "St." as "st". */
export function normaliseName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Words that say nothing about which council is meant. */
const FILLER = new Set(["council", "borough", "district", "county", "city", "of", "the", "and"]);

function queryWords(query: string): string[] {
  const words = normaliseName(query).split(" ").filter(Boolean);
  const meaningful = words.filter((w) => !FILLER.has(w));
  return meaningful.length > 0 ? meaningful : words;
}

function matches(name: string, words: string[]): boolean {
  const nameWords = normaliseName(name).split(" ");
  return words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
}

/** How well a name matches: 0 the whole everyday name, 1 it starts with the words, 2 anywhere. */
function rank(council: Council, words: string[]): number {
  const short = normaliseName(council.shortName);
  const typed = words.join(" ");
  if (short === typed) return 0;
  return short.startsWith(typed) ? 1 : 2;
}

export function searchCouncils(query: string, nation?: Nation): CouncilMatch[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const found: (CouncilMatch & { rank: number })[] = [];
  for (const council of COUNCILS) {
    if (nation && council.nation !== nation) continue;
    if (matches(council.name, words) || matches(council.shortName, words)) {
      found.push({ council, matchedName: null, former: false, rank: rank(council, words) });
      continue;
    }
    const other = council.otherNames.find((n) => matches(n, words));
    const former = other ? undefined : council.formerNames.find((n) => matches(n, words));
    const matchedName = other ?? former;
    if (matchedName) found.push({ council, matchedName, former: former !== undefined, rank: 3 });
  }
  return found
    .sort((a, b) => a.rank - b.rank || a.council.shortName.localeCompare(b.council.shortName, "en-GB"))
    .map(({ council, matchedName, former }) => ({ council, matchedName, former }));
}
