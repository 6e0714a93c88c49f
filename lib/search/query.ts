import { z } from "zod";

export const MAX_QUERY_LENGTH = 100;
/** No search on a site this size has more pages of results; a larger number is a made-up address. */
export const MAX_PAGE = 50;

export type SearchQuery = { ok: true; q: string; page: number } | { ok: false; message: string };

/** Control characters say nothing a reader meant; turn them into spaces before checking. */
const CONTROL_CHARACTERS = /[\p{Cc}\p{Cf}]+/gu;

const querySchema = z
  .array(z.string())
  .max(1, "Search for one thing at a time.")
  .transform((values) => (values[0] ?? "").replace(CONTROL_CHARACTERS, " ").replace(/\s+/g, " ").trim())
  .pipe(z.string().max(MAX_QUERY_LENGTH, `Your search must be ${MAX_QUERY_LENGTH} characters or fewer.`));

const PAGE_MESSAGE = `The page of results must be a whole number from 1 to ${MAX_PAGE}.`;
const pageSchema = z
  .array(z.string())
  .max(1, "Ask for one page of results at a time.")
  .transform((values) => values[0]?.trim() || "1")
  .pipe(z.string().regex(/^[0-9]{1,3}$/, PAGE_MESSAGE))
  .transform(Number)
  .pipe(z.number().int().min(1, PAGE_MESSAGE).max(MAX_PAGE, PAGE_MESSAGE));

/** Reads `q` and `page` from the query string. Never throws: odd input becomes one plain message. */
export function parseSearchQuery(params: URLSearchParams): SearchQuery {
  const q = querySchema.safeParse([...new Set(params.getAll("q"))]);
  if (!q.success) return { ok: false, message: q.error.issues[0]?.message ?? "We could not read your search." };
  const page = pageSchema.safeParse([...new Set(params.getAll("page"))]);
  if (!page.success) return { ok: false, message: page.error.issues[0]?.message ?? PAGE_MESSAGE };
  return { ok: true, q: q.data, page: page.data };
}

/** The address of one page of results for a search. */
export function searchHref(q: string, page = 1): string {
  const params = new URLSearchParams({ q });
  if (page > 1) params.set("page", String(page));
  return `/search?${params.toString()}`;
}
