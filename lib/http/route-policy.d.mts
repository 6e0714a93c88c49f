// Types for route-policy.mjs (plain JavaScript so deploy/server.mjs can run it unbuilt).

export const PUBLIC_PAGE: string;
export const SITE_FILES: string;
export const IMMUTABLE: string;
export const NO_STORE: string;
export const PRIVATE_NO_STORE: string;
export const NOT_FOUND_PUBLIC: string;

export type RouteKind = "page" | "finder-start" | "finder" | "search" | "api" | "error" | "health" | "site-file" | "static" | "framework";

export interface RoutePolicy {
  cacheControl: string;
  referrerPolicy: string;
  personal: boolean;
  indexable: boolean;
  crawl: boolean;
}

export type Route = { kind: RouteKind; exact: string; prefix?: undefined } | { kind: RouteKind; prefix: string; exact?: undefined };

export interface HeaderEntry {
  key: string;
  value: string;
}

export const ROUTE_POLICIES: Readonly<Record<RouteKind, RoutePolicy>>;
export const ROUTES: readonly Route[];
export function pathOf(url?: string): string;
export const FRAMEWORK_ONLY_PATTERN: string;
export function isFrameworkOnly(url: string): boolean;
export function routeKindOf(url: string): RouteKind;
export function routePolicyOf(url: string): RoutePolicy;
export function isIndexable(url: string): boolean;
export function disallowedForCrawlers(): string[];
export function cacheControlFor(url: string, status: number, current: string | undefined): string | undefined;
export function contentSecurityPolicy(isDev: boolean): string;
export function securityHeaders(isDev: boolean, referrerPolicy?: string): HeaderEntry[];
export function responseHeadersFor(url: string, isDev?: boolean): HeaderEntry[];
export const INTERNAL_REQUEST_HEADERS: readonly string[];
export const INTERNAL_REQUEST_HEADER_PREFIXES: readonly string[];
export function isInternalRequestHeader(name: string): boolean;
