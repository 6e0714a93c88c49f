import { z } from "zod";

export const MAX_QUERY_LENGTH = 100;

export type SearchQuery = { ok: true; q: string } | { ok: false; message: string };

/** Control characters say nothing a reader meant; turn them into spaces before checking. */
const CONTROL_CHARACTERS = /[\p{Cc}\p{Cf}]+/gu;

const querySchema = z
  .array(z.string())
  .max(1, "Search for one thing at a time.")
  .transform((values) => (values[0] ?? "").replace(CONTROL_CHARACTERS, " ").replace(/\s+/g, " ").trim())
  .pipe(z.string().max(MAX_QUERY_LENGTH, `Your search must be ${MAX_QUERY_LENGTH} characters or fewer.`));

/** Reads `q` from the query string. Never throws: odd input becomes one plain message. */
export function parseSearchQuery(params: URLSearchParams): SearchQuery {
  const distinct = [...new Set(params.getAll("q"))];
  const parsed = querySchema.safeParse(distinct);
  if (parsed.success) return { ok: true, q: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? "We could not read your search." };
}
