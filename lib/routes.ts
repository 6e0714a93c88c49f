/** Pages that are built from code rather than MDX, and belong in the sitemap. */
export const APP_ROUTES = [{ href: "/find-advocacy", title: "Advocacy finder" }] as const;

/** Addresses that exist but are not indexed (search results, finder questions). */
export const UNINDEXED_ROUTE_PREFIXES = ["/search", "/find-advocacy/"] as const;
