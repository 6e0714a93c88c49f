/** The Cache-Control values, declared once in the route-policy table (docs/decisions/0002-caching.md). */
export { NO_STORE, PRIVATE_NO_STORE, PUBLIC_PAGE, SITE_FILES } from "./route-policy.mjs";
