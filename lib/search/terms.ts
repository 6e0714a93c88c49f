/**
 * How text is split into words, for the index, the query and the highlighting alike, so that
 * what was matched is exactly what gets marked. A fixed pattern: user input never becomes one.
 */
const SEPARATORS = /[\n\r\p{Z}\p{P}\p{S}]+/u;
/** The same, kept as its own tokens when splitting text for display. */
const SEPARATORS_KEPT = /([\n\r\p{Z}\p{P}\p{S}]+)/u;

/** Words too common to help; dropped from both the index and queries. */
const STOP_WORDS = new Set(
  "a an and are as at be by can do for from has have i if in is it its me my of on or our so that the their them they this to was we what when who will with you your".split(
    " ",
  ),
);

/** Lower case, accents kept apart from letters so "café" finds "cafe". */
export function normaliseTerm(word: string): string {
  return word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

export function tokenize(text: string): string[] {
  return text.split(SEPARATORS).filter(Boolean);
}

/** The indexable form of a word, or null for stop words and empty strings. */
export function processTerm(word: string): string | null {
  const term = normaliseTerm(word);
  return term && !STOP_WORDS.has(term) ? term : null;
}

/** Words and the separators between them, in order, so the text can be rebuilt exactly. */
export function splitKeepingSeparators(text: string): { text: string; isWord: boolean }[] {
  return text
    .split(SEPARATORS_KEPT)
    .filter((part) => part !== "")
    .map((part) => ({ text: part, isWord: !SEPARATORS.test(part) }));
}
