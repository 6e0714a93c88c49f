import { z } from "zod";
import { getAllPages, readSearchIndexFile } from "../content/loader";
import { nationSchema } from "../nations";
import { createSearchIndex, loadSearchIndex, type SearchIndex } from "./engine";
import { toSearchDocument } from "./documents";

/**
 * The site's search index, once per process: read from the file `npm run build` writes, or,
 * when a build was made without it (plain `next build`), built from the content on first use.
 * A broken file is a fault of the build, not of a request: it is reported once, by /healthz and
 * at server start (docs/decisions/0007-hardening.md), and never retried per search.
 * See docs/decisions/0003-search-index.md.
 */

/** Where the file is, as the operator sees it from the project folder. */
export const SEARCH_INDEX_NAME = ".next/search-index.json";

const serializedSchema = z.object({
  version: z.literal(3),
  documents: z.array(
    z.object({
      href: z.string().startsWith("/"),
      title: z.string(),
      description: z.string(),
      nations: z.array(nationSchema),
      restatement: z.boolean(),
      summary: z.array(z.string()),
      headings: z.array(z.string()),
      blocks: z.array(z.string()),
    }),
  ),
  index: z.record(z.string(), z.unknown()),
});

/** Says what is wrong with the file and how to fix it. */
export class SearchIndexError extends Error {
  constructor(detail: string) {
    super(`The search index ${SEARCH_INDEX_NAME} is broken (${detail}). Run \`npm run build\` again to rebuild it.`);
    this.name = "SearchIndexError";
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Checks a parsed index file and loads it; throws SearchIndexError naming the problem. */
export function searchIndexFromFile(file: unknown): SearchIndex {
  const parsed = serializedSchema.safeParse(file);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new SearchIndexError(`${first?.path.join(".") || "file"}: ${first?.message ?? "not valid"}`);
  }
  try {
    return loadSearchIndex(parsed.data);
  } catch (error) {
    throw new SearchIndexError(`the index data cannot be loaded: ${messageOf(error)}`);
  }
}

async function load(): Promise<SearchIndex> {
  let file: unknown;
  try {
    file = readSearchIndexFile();
  } catch (error) {
    throw new SearchIndexError(`not readable JSON: ${messageOf(error)}`);
  }
  if (file !== null) return searchIndexFromFile(file);
  console.warn(`No ${SEARCH_INDEX_NAME} (npm run build writes it): building the search index from the content now.`);
  return createSearchIndex((await getAllPages()).map(toSearchDocument));
}

let cached: Promise<SearchIndex> | null = null;

export function getSiteSearchIndex(): Promise<SearchIndex> {
  cached ??= load().catch((error: unknown) => {
    // One line, once per process: the file only changes with a new build, which restarts us.
    console.error(messageOf(error));
    throw error;
  });
  return cached;
}
