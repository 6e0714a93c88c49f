/** The Cache-Control policy, one value per kind of response (docs/decisions/0002-caching.md). */

/** Prerendered pages: fresh for 5 minutes, then served stale for up to a day while refetched. */
export const PUBLIC_PAGE = "public, max-age=300, stale-while-revalidate=86400";

/** sitemap.xml and robots.txt: change only with a deployment. */
export const SITE_FILES = "public, max-age=3600";

/**
 * Finder answers and health checks: never kept anywhere. Finder answers are personal; a health
 * check must always reach the instance.
 */
export const NO_STORE = "no-store";

/** Search: the words someone looks for can be sensitive, so no cache keeps them. */
export const PRIVATE_NO_STORE = "private, no-store";
