/**
 * The Cache-Control policy, one value per kind of response (docs/decisions/0002-caching.md).
 * Finder pages and the API use NO_STORE from ./request-query.
 */

/** Prerendered pages: fresh for 5 minutes, then served stale for up to a day while refetched. */
export const PUBLIC_PAGE = "public, max-age=300, stale-while-revalidate=86400";

/** Search: the words someone looks for can be sensitive, so no cache keeps them. */
export const PRIVATE_NO_STORE = "private, no-store";

/** Health checks must always reach the instance. */
export const HEALTH = "no-store";
