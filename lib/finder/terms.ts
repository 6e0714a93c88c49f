import type { Nation } from "../nations";

/**
 * Legal words on a result, explained where they appear (issue 20 §5). The glossary supplies the
 * words; the page passes its entries in, so the finder stays free of the content pipeline.
 */
export type TermEntry = { id: string; term: string; also: readonly string[]; definition: string; nations?: readonly Nation[] };
export type TermUsed = { id: string; term: string; definition: string };

/** The glossary entries a result may use, and extra everyday forms the result's words take. */
const EXPLAINED: Record<string, readonly string[]> = {
  attorney: [],
  deputy: [],
  "supervisory-body": [],
  "relevant-persons-representative": ["representative"],
  "court-of-protection": [],
  dols: [],
  "best-interests": [],
  "legal-aid": [],
  "nominated-person": [],
  ombudsman: [],
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The explained terms found in these texts, in glossary order, once each, for this nation. */
export function termsUsed(texts: readonly string[], glossary: readonly TermEntry[], nation: Nation): TermUsed[] {
  const text = texts.join(" ");
  return glossary.flatMap((entry) => {
    const extra = EXPLAINED[entry.id];
    if (!extra) return [];
    if (entry.nations && !entry.nations.includes(nation)) return [];
    const forms = [entry.term, ...entry.also, ...extra];
    const found = forms.some((form) => new RegExp(`(^|[^\\p{L}])${escape(form)}(?![\\p{L}])`, "iu").test(text));
    return found ? [{ id: entry.id, term: entry.term, definition: entry.definition }] : [];
  });
}
