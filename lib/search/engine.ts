import MiniSearch, { type Options } from "minisearch";
import type { Nation } from "../nations";
import type { SearchDocument } from "./documents";
import { bestBlock, snippetParts, type SnippetPart } from "./snippet";
import { processTerm, tokenize } from "./terms";

/** How many results a page shows; the site is small, so there is no second page. */
export const MAX_RESULTS = 20;
/** Words past this are ignored: every extra word costs a fuzzy lookup. */
export const MAX_QUERY_TERMS = 12;

interface IndexedFields {
  href: string;
  title: string;
  headings: string;
  text: string;
}

const OPTIONS: Options<IndexedFields> = {
  idField: "href",
  fields: ["title", "headings", "text"],
  tokenize,
  processTerm,
  searchOptions: {
    boost: { title: 4, headings: 2 },
    // Prefix search finds "advoca" in "advocacy"; fuzzy matching forgives a slip in longer words.
    prefix: (term) => term.length >= 3,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    maxFuzzy: 2,
  },
};

/** What `npm run build` writes and the search page reads: the index and the display data. */
export interface SerializedSearchIndex {
  version: 1;
  documents: SearchDocument[];
  index: unknown;
}

export interface SearchIndex {
  engine: MiniSearch<IndexedFields>;
  documents: Map<string, SearchDocument>;
}

export interface SearchHit {
  href: string;
  title: string;
  nations: Nation[];
  snippet: SnippetPart[];
}

function fieldsOf(doc: SearchDocument): IndexedFields {
  return { href: doc.href, title: doc.title, headings: doc.headings.join("\n"), text: [doc.description, ...doc.blocks].join("\n") };
}

export function createSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const engine = new MiniSearch<IndexedFields>(OPTIONS);
  engine.addAll(documents.map(fieldsOf));
  return { engine, documents: new Map(documents.map((doc) => [doc.href, doc])) };
}

export function serializeSearchIndex(index: SearchIndex): SerializedSearchIndex {
  return { version: 1, documents: [...index.documents.values()], index: index.engine.toJSON() };
}

export function loadSearchIndex(serialized: SerializedSearchIndex): SearchIndex {
  const engine = MiniSearch.loadJSON<IndexedFields>(JSON.stringify(serialized.index), OPTIONS);
  return { engine, documents: new Map(serialized.documents.map((doc) => [doc.href, doc])) };
}

/** The words of a query that the index would use, at most MAX_QUERY_TERMS of them. */
export function queryTerms(q: string): string[] {
  const terms = tokenize(q)
    .map(processTerm)
    .filter((term): term is string => term !== null);
  return [...new Set(terms)].slice(0, MAX_QUERY_TERMS);
}

export interface SearchOutcome {
  total: number;
  hits: SearchHit[];
  /** False when no page had every word, and these pages have only some of them. */
  allWords: boolean;
}

/**
 * Pages that have every word, best first; if none do, pages that have some of them.
 * Each hit carries a snippet that marks the words it matched.
 */
export function searchSite(index: SearchIndex, q: string): SearchOutcome {
  const terms = queryTerms(q);
  if (terms.length === 0) return { total: 0, hits: [], allWords: true };
  let results = index.engine.search(terms.join(" "), { combineWith: "AND" });
  const allWords = results.length > 0 || terms.length === 1;
  if (!allWords) results = index.engine.search(terms.join(" "), { combineWith: "OR" });
  const hits = results.slice(0, MAX_RESULTS).flatMap((result) => {
    const doc = index.documents.get(String(result.id));
    if (!doc) return [];
    // result.terms are the indexed words that matched, after prefix and fuzzy expansion.
    const matched = new Set(result.terms);
    const block = bestBlock(doc.blocks, matched) ?? doc.description;
    return [{ href: doc.href, title: doc.title, nations: doc.nations, snippet: snippetParts(block, matched) }];
  });
  return { total: results.length, hits, allWords };
}
