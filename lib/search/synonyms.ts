import { z } from "zod";
import synonymsJson from "../../content/data/search-synonyms.json";
import { normaliseTerm, processTerm, tokenize } from "./terms";

/** Where the table lives, named in every validation error. */
const FILE = "content/data/search-synonyms.json";

const phrase = z
  .string()
  .min(1)
  .refine((text) => tokenize(text).length > 0, "must contain a word");

export const synonymsSchema = z.strictObject({
  $comment: z.string().optional(),
  groups: z.array(z.strictObject({ reader: z.array(phrase).min(1), site: z.array(phrase).min(1) })).min(1),
  ignore: z.array(phrase),
});

export type SynonymTable = z.infer<typeof synonymsSchema>;

export function parseSynonyms(data: unknown): SynonymTable {
  const parsed = synonymsSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new Error(`${FILE}: ${issue.path.join(".")}: ${issue.message}`);
}

export const SYNONYMS = parseSynonyms(synonymsJson);

/**
 * One idea in a search: the reader's own words, and the site's words that mean the same
 * (empty when the table has none). A page matches the idea if it has any of them.
 */
export interface QueryIdea {
  reader: string;
  site: string[];
}

const words = (text: string) => tokenize(text).map(normaliseTerm);

interface CompiledTable {
  /** Reader phrases as words, longest first, so "section 2" wins over "section". */
  phrases: { words: string[]; site: string[] }[];
  ignore: Set<string>;
}

function compile(table: SynonymTable): CompiledTable {
  const phrases = table.groups
    .flatMap((group) => group.reader.map((text) => ({ words: words(text), site: group.site })))
    .sort((a, b) => b.words.length - a.words.length);
  return { phrases, ignore: new Set(table.ignore.flatMap(words)) };
}

const compiled = new WeakMap<SynonymTable, CompiledTable>();

function startsAt(tokens: string[], at: number, phraseWords: string[]): boolean {
  return phraseWords.every((word, offset) => tokens[at + offset] === word);
}

/**
 * Splits a search into ideas, left to right: a phrase from the table becomes one idea with the
 * site's words; any other word is an idea of its own. Stop words and the table's "ignore" words
 * are dropped, unless nothing else is left. Repeats are dropped; at most `limit` ideas.
 */
export function queryIdeas(q: string, limit: number, table: SynonymTable = SYNONYMS): QueryIdea[] {
  let ready = compiled.get(table);
  if (!ready) compiled.set(table, (ready = compile(table)));
  const { phrases, ignore } = ready;
  const tokens = words(q);
  const ideas: QueryIdea[] = [];
  const ignored: QueryIdea[] = [];
  for (let at = 0; at < tokens.length; ) {
    const found = phrases.find((entry) => startsAt(tokens, at, entry.words));
    if (found) {
      ideas.push({ reader: found.words.join(" "), site: found.site });
      at += found.words.length;
      continue;
    }
    const term = processTerm(tokens[at]!);
    if (term !== null) (ignore.has(term) ? ignored : ideas).push({ reader: term, site: [] });
    at += 1;
  }
  const kept = ideas.length > 0 ? ideas : ignored;
  const seen = new Set<string>();
  return kept.filter((idea) => !seen.has(idea.reader) && seen.add(idea.reader)).slice(0, limit);
}
