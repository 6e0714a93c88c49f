/** Pages that are built from code rather than MDX, and belong in the sitemap. */
export const APP_ROUTES = [{ href: "/find-advocacy", title: "Advocacy finder" }] as const;
