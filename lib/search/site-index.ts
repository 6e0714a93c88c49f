import { z } from "zod";
import { getAllPages, readSearchIndexFile } from "../content/loader";
import { nationSchema } from "../nations";
import { createSearchIndex, loadSearchIndex, type SearchIndex } from "./engine";
import { toSearchDocument } from "./documents";

/**
 * The site's search index, once per process: read from the file `npm run build` writes, or,
 * when a build was made without it (plain `next build`), built from the content on first use.
 * See docs/decisions/0003-search-index.md.
 */

const serializedSchema = z.object({
  version: z.literal(2),
  documents: z.array(
    z.object({
      href: z.string().startsWith("/"),
      title: z.string(),
      description: z.string(),
      nations: z.array(nationSchema),
      letter: z.boolean(),
      summary: z.array(z.string()),
      headings: z.array(z.string()),
      blocks: z.array(z.string()),
    }),
  ),
  index: z.record(z.string(), z.unknown()),
});

let cached: Promise<SearchIndex> | null = null;

async function load(): Promise<SearchIndex> {
  const file = readSearchIndexFile();
  if (file !== null) {
    const parsed = serializedSchema.safeParse(file);
    if (parsed.success) return loadSearchIndex(parsed.data);
    // An index from an older build (another version or shape) must not break search.
    console.warn("`.next/search-index.json` is not in the shape this version reads: building the search index from the content now.");
  } else {
    console.warn("No .next/search-index.json (npm run build writes it): building the search index from the content now.");
  }
  return createSearchIndex((await getAllPages()).map(toSearchDocument));
}

export function getSiteSearchIndex(): Promise<SearchIndex> {
  cached ??= load().catch((error: unknown) => {
    cached = null; // try again on the next request rather than failing for ever
    throw error;
  });
  return cached;
}
