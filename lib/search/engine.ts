import MiniSearch, { type Options, type Query } from "minisearch";
import type { Nation } from "../nations";
import type { SearchDocument } from "./documents";
import { bestBlock, snippetParts, type SnippetPart } from "./snippet";
import { queryIdeas, type QueryIdea } from "./synonyms";
import { processTerm, tokenize } from "./terms";

/** How many results one page of results shows. */
export const RESULTS_PER_PAGE = 10;
/** Words past this are ignored: every extra word costs a fuzzy lookup. */
export const MAX_QUERY_TERMS = 12;
/** A site word found through the synonyms table counts for less than the reader's own word. */
const SITE_WORD_WEIGHT = 0.6;
/**
 * A letter, or an Easy Read version, names every word of the right it restates, so it would
 * outrank the page that explains the right; readers who want one usually say "letter" or
 * "easy read", which is in its title or description.
 */
const RESTATEMENT_WEIGHT = 0.8;

interface IndexedFields {
  href: string;
  title: string;
  /** The description and the summary bullets: what the page says it is about. */
  about: string;
  headings: string;
  text: string;
}

const OPTIONS: Options<IndexedFields> = {
  idField: "href",
  fields: ["title", "about", "headings", "text"],
  tokenize,
  processTerm,
  searchOptions: {
    // A page that is about a thing names it in its title, summary and headings; one that only
    // mentions it has it in the text.
    boost: { title: 5, about: 3, headings: 2 },
    // Prefix search finds "advoca" in "advocacy"; fuzzy matching forgives a slip in longer words.
    prefix: (term) => term.length >= 3,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    maxFuzzy: 2,
  },
};

/** What `npm run build` writes and the search page reads: the index and the display data. */
export interface SerializedSearchIndex {
  version: 3;
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
  return {
    href: doc.href,
    title: doc.title,
    about: [doc.description, ...doc.summary].join("\n"),
    headings: doc.headings.join("\n"),
    text: doc.blocks.join("\n"),
  };
}

export function createSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const engine = new MiniSearch<IndexedFields>(OPTIONS);
  engine.addAll(documents.map(fieldsOf));
  return { engine, documents: new Map(documents.map((doc) => [doc.href, doc])) };
}

export function serializeSearchIndex(index: SearchIndex): SerializedSearchIndex {
  return { version: 3, documents: [...index.documents.values()], index: index.engine.toJSON() };
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
  /** The page of results asked for, and how many pages there are (0 when nothing matched). */
  page: number;
  pageCount: number;
  hits: SearchHit[];
  /** False when no page had every word, and these pages have only some of them. */
  allWords: boolean;
}

/** A page matches an idea if it has the reader's words (all of them) or any of the site's words. */
function ideaQuery(idea: QueryIdea): Query {
  const own: Query = { combineWith: "AND", queries: [idea.reader] };
  if (idea.site.length === 0) return own;
  const site = idea.site.map((words): Query => ({ combineWith: "AND", queries: [words], boostTerm: () => SITE_WORD_WEIGHT }));
  return { combineWith: "OR", queries: [own, ...site] };
}

/**
 * Pages that have every idea of the search, best first; if none do, pages that have some.
 * Everyday words also find the site's words for them (content/data/search-synonyms.json).
 * `page` counts from 1; each hit carries a snippet that marks the words it matched.
 */
export function searchSite(index: SearchIndex, q: string, page = 1): SearchOutcome {
  const ideas = queryIdeas(q, MAX_QUERY_TERMS);
  if (ideas.length === 0) return { total: 0, page, pageCount: 0, hits: [], allWords: true };
  const queries = ideas.map(ideaQuery);
  const boostDocument = (href: string) => (index.documents.get(href)?.restatement ? RESTATEMENT_WEIGHT : 1);
  let results = index.engine.search({ combineWith: "AND", queries }, { boostDocument });
  const allWords = results.length > 0 || ideas.length === 1;
  if (!allWords) results = index.engine.search({ combineWith: "OR", queries }, { boostDocument });
  const start = (page - 1) * RESULTS_PER_PAGE;
  const hits = results.slice(start, start + RESULTS_PER_PAGE).flatMap((result) => {
    const doc = index.documents.get(String(result.id));
    if (!doc) return [];
    // result.terms are the indexed words that matched, after prefix and fuzzy expansion.
    const matched = new Set(result.terms);
    const block = bestBlock([...doc.summary, ...doc.blocks], matched) ?? doc.description;
    return [{ href: doc.href, title: doc.title, nations: doc.nations, snippet: snippetParts(block, matched) }];
  });
  return { total: results.length, page, pageCount: Math.ceil(results.length / RESULTS_PER_PAGE), hits, allWords };
}
