import { normaliseTerm, splitKeepingSeparators } from "./terms";

/** A run of snippet text; `marked` runs are the words that matched the search. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

const MAX_LENGTH = 220;
/** Words of context kept before the first match when a block is cut. */
const LEAD_WORDS = 8;

/**
 * Normalised forms of the site's own words (snippets only ever split page text, never the
 * query), so the cache is bounded by the site's vocabulary. Saves most of a query's time.
 */
const normalised = new Map<string, string>();

function normaliseCached(word: string): string {
  let term = normalised.get(word);
  if (term === undefined) {
    term = normaliseTerm(word);
    normalised.set(word, term);
  }
  return term;
}

function isMatch(word: string, matched: ReadonlySet<string>): boolean {
  return matched.has(normaliseCached(word));
}

function countMatches(block: string, matched: ReadonlySet<string>): number {
  const found = new Set(
    splitKeepingSeparators(block)
      .filter((part) => part.isWord && isMatch(part.text, matched))
      .map((part) => normaliseCached(part.text)),
  );
  return found.size;
}

/** The block that holds the most different matched words; the first block on a tie. */
export function bestBlock(blocks: readonly string[], matched: ReadonlySet<string>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  const terms = [...matched];
  for (const block of blocks) {
    // Cheap check first: a block without any matched term as a substring cannot match a word.
    const plain = normaliseTerm(block);
    if (!terms.some((term) => plain.includes(term))) continue;
    const count = countMatches(block, matched);
    if (count > bestCount) [best, bestCount] = [block, count];
  }
  return best;
}

/**
 * Up to about MAX_LENGTH characters of the block, starting a few words before the first
 * match, split into parts with the matched words marked. Plain strings only: the page
 * renders marked parts as <mark> elements, so nothing here is ever HTML.
 */
export function snippetParts(block: string, matched: ReadonlySet<string>): SnippetPart[] {
  const parts = splitKeepingSeparators(block);
  const firstMatch = parts.findIndex((part) => part.isWord && isMatch(part.text, matched));
  let start = 0;
  if (firstMatch > 0 && block.length > MAX_LENGTH) {
    // Each word is followed by a separator, so step back two parts per word of context.
    start = Math.max(0, firstMatch - LEAD_WORDS * 2);
    if (!parts[start]?.isWord) start += 1;
  }
  const out: SnippetPart[] = start > 0 ? [{ text: "… ", marked: false }] : [];
  let length = 0;
  for (let i = start; i < parts.length; i++) {
    const part = parts[i]!;
    if (length + part.text.length > MAX_LENGTH && length > 0) {
      out.push({ text: " …", marked: false });
      break;
    }
    out.push({ text: part.text, marked: part.isWord && isMatch(part.text, matched) });
    length += part.text.length;
  }
  return mergeUnmarked(out);
}

/** Joins neighbouring unmarked parts, so the page renders fewer text nodes. */
function mergeUnmarked(parts: SnippetPart[]): SnippetPart[] {
  const merged: SnippetPart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (last && !last.marked && !part.marked) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}
