// The one route-policy table: which kind of address this is, and what follows from that
// (Cache-Control, Referrer-Policy, whether search engines may list it, whether logs may keep it).
// Plain ESM JavaScript so that deploy/server.mjs can run it without a build; TypeScript reads
// the types from route-policy.d.mts. See docs/decisions/0002-caching.md and 0007-hardening.md.

/** Prerendered pages: fresh for 5 minutes, then served stale for up to a day while refetched. */
export const PUBLIC_PAGE = "public, max-age=300, stale-while-revalidate=86400";
/** sitemap.xml, robots.txt, security.txt: change only with a deployment. */
export const SITE_FILES = "public, max-age=3600";
/** Hashed build files under /_next/static/: never change. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** Finder answers and health checks: never kept anywhere. */
export const NO_STORE = "no-store";
/** Search: the words someone looks for can be sensitive, so no cache, shared or private, keeps them. */
export const PRIVATE_NO_STORE = "private, no-store";
/** Unknown public addresses: a cache in front absorbs floods of them. */
export const NOT_FOUND_PUBLIC = "public, max-age=60";

const REFERRER_DEFAULT = "strict-origin-when-cross-origin";
/** Finder answers are personal: never send them to another site in a Referer header. */
const REFERRER_NONE = "no-referrer";

/**
 * What follows from each kind of address.
 *  cacheControl  for a successful answer
 *  personal      the address or its query string may say something about the reader: 404s and
 *                redirects are never cached, and no log records the query string
 *  indexable     listed in the sitemap, with a canonical link instead of noindex
 *  crawl         robots.txt lets crawlers fetch it (noindex pages must be crawlable to be seen)
 */
export const ROUTE_POLICIES = {
  page: { cacheControl: PUBLIC_PAGE, referrerPolicy: REFERRER_DEFAULT, personal: false, indexable: true, crawl: true },
  "finder-start": { cacheControl: PUBLIC_PAGE, referrerPolicy: REFERRER_NONE, personal: true, indexable: true, crawl: true },
  finder: { cacheControl: NO_STORE, referrerPolicy: REFERRER_NONE, personal: true, indexable: false, crawl: true },
  search: { cacheControl: PRIVATE_NO_STORE, referrerPolicy: REFERRER_NONE, personal: true, indexable: false, crawl: true },
  api: { cacheControl: NO_STORE, referrerPolicy: REFERRER_NONE, personal: true, indexable: false, crawl: false },
  error: { cacheControl: NO_STORE, referrerPolicy: REFERRER_DEFAULT, personal: false, indexable: false, crawl: true },
  health: { cacheControl: NO_STORE, referrerPolicy: REFERRER_DEFAULT, personal: false, indexable: false, crawl: true },
  "site-file": { cacheControl: SITE_FILES, referrerPolicy: REFERRER_DEFAULT, personal: false, indexable: false, crawl: true },
  static: { cacheControl: IMMUTABLE, referrerPolicy: REFERRER_DEFAULT, personal: false, indexable: false, crawl: true },
  // Personal: a data route's path names the finder question reached.
  framework: { cacheControl: NO_STORE, referrerPolicy: REFERRER_NONE, personal: true, indexable: false, crawl: false },
};

/**
 * Addresses that are not ordinary pages, first match wins. `exact` matches the path alone;
 * `prefix` (ending in "/") matches everything under it. Anything else is a page.
 */
export const ROUTES = [
  { kind: "static", prefix: "/_next/" },
  { kind: "finder-start", exact: "/find-advocacy" },
  { kind: "finder", prefix: "/find-advocacy/" },
  { kind: "search", exact: "/search" },
  // Finding a council: what a reader types can say where they live, so it is kept like a search.
  { kind: "search", exact: "/find-your-council" },
  { kind: "search", prefix: "/search/" },
  { kind: "api", exact: "/api" },
  { kind: "api", prefix: "/api/" },
  { kind: "health", exact: "/healthz" },
  { kind: "error", exact: "/404" },
  { kind: "error", exact: "/not-found" },
  { kind: "error", exact: "/500" },
  { kind: "error", exact: "/_error" },
  { kind: "site-file", exact: "/sitemap.xml" },
  { kind: "site-file", exact: "/robots.txt" },
  { kind: "site-file", exact: "/.well-known/security.txt" },
];

/**
 * Addresses only Next.js's own client code or build would use: Pages Router data routes
 * (`/_next/data/<build>/...`, which would serve finder and search answers outside nginx's
 * rate limits and log rules), the image optimiser, and the `_app` and `_document` page files.
 * The site ships no client router, so they answer the site's own 404 (deploy/guards.mjs).
 * A regular expression both JavaScript and nginx (PCRE) read the same way.
 */
export const FRAMEWORK_ONLY_PATTERN = "^/_next/(?!static/)|^/_(app|document)(/|$)";
const FRAMEWORK_ONLY = new RegExp(FRAMEWORK_ONLY_PATTERN);

/** @param {string} url a path, with or without a query string */
export function isFrameworkOnly(url) {
  return FRAMEWORK_ONLY.test(pathOf(url));
}

/** The path of a request target, without its query string or fragment. */
export function pathOf(url = "/") {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** @param {string} url a path, with or without a query string */
export function routeKindOf(url) {
  const path = pathOf(url);
  // Checked before the table: next.config.ts turns the table into header rules, and these
  // addresses must never get rules of their own there.
  if (FRAMEWORK_ONLY.test(path)) return "framework";
  const route = ROUTES.find((r) => (r.exact !== undefined ? path === r.exact : path.startsWith(r.prefix)));
  return route ? route.kind : "page";
}

/** @param {string} url */
export function routePolicyOf(url) {
  return ROUTE_POLICIES[routeKindOf(url)];
}

/** Whether search engines may list this page (the sitemap, and canonical versus noindex). */
export function isIndexable(url) {
  return routePolicyOf(url).indexable;
}

/** robots.txt `Disallow` lines: the addresses of kinds crawlers have no business fetching. */
export function disallowedForCrawlers() {
  return ROUTES.filter((r) => !ROUTE_POLICIES[r.kind].crawl && r.prefix !== undefined).map((r) => r.prefix);
}

/**
 * Cache-Control for a response the app has already decided, enforced as the status line is
 * written: only 200, 203, 204, 206, 304 and 404 may ever be public; a 404 is briefly public only
 * for an address that cannot carry anything personal.
 * @param {string} url @param {number} status @param {string | undefined} current
 */
export function cacheControlFor(url, status, current) {
  if (status === 404) {
    const personal = routePolicyOf(url).personal || pathOf(url) !== url;
    return personal ? NO_STORE : NOT_FOUND_PUBLIC;
  }
  const keepsNothing = (value) => value !== undefined && /\bno-store\b/.test(value);
  if (![200, 203, 204, 206, 304].includes(status)) return keepsNothing(current) ? current : NO_STORE;
  // A slip in a handler can never make a personal answer more cacheable than the table says.
  const policy = routePolicyOf(url).cacheControl;
  return keepsNothing(policy) && !keepsNothing(current) ? policy : current;
}

/**
 * Response headers every answer carries. Pages ship no framework JavaScript, so the policy can
 * forbid inline script entirely: the only script allowed is our own /enhance.js.
 * @param {boolean} isDev
 */
export function contentSecurityPolicy(isDev) {
  return [
    "default-src 'self'",
    // next dev needs eval and inline scripts for hot reloading; production never does.
    isDev ? "script-src 'self' 'unsafe-eval' 'unsafe-inline'" : "script-src 'self'",
    isDev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** @param {boolean} isDev @param {string} [referrerPolicy] */
export function securityHeaders(isDev, referrerPolicy = REFERRER_DEFAULT) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(isDev) },
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: referrerPolicy },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    {
      key: "Permissions-Policy",
      value:
        "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()",
    },
  ];
}

/** Every header for a successful answer at this address: security headers and Cache-Control. */
export function responseHeadersFor(url, isDev = false) {
  const policy = routePolicyOf(url);
  return [...securityHeaders(isDev, policy.referrerPolicy), { key: "Cache-Control", value: policy.cacheControl }];
}

/**
 * Request headers that only Next.js itself (its client router, middleware, server actions, a
 * hosting platform) may send. A visitor who sends one can change what a public address answers
 * (`RSC: 1` turns a page into a redirect), so the server drops them before Next.js sees the
 * request. Gathered from next/dist (app-router-headers, lib/constants, server-ipc/utils).
 */
export const INTERNAL_REQUEST_HEADERS = [
  "rsc",
  "next-action",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-hmr-refresh",
  "next-url",
  "next-resume",
  "x-matched-path",
  "x-now-route-matches",
  "x-nextjs-data",
  "x-prerender-revalidate",
  "x-prerender-revalidate-if-generated",
];
/** Whole families of internal headers. */
export const INTERNAL_REQUEST_HEADER_PREFIXES = ["x-middleware-", "x-nextjs-", "x-next-", "x-invoke-", "x-now-", "x-vercel-", "next-router-"];

/** @param {string} name */
export function isInternalRequestHeader(name) {
  const lower = name.toLowerCase();
  return INTERNAL_REQUEST_HEADERS.includes(lower) || INTERNAL_REQUEST_HEADER_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
