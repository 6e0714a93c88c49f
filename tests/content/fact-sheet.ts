import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** The fact sheet is the only basis for legal statements; a copy travels with the tests. */
const FIXTURES = path.join(__dirname, "..", "fixtures");
export const FACT_FILES = [
  "advocacy-facts.md",
  "advocacy-facts-addendum.md",
  "advocacy-facts-corrections.md",
  "advocacy-facts-new-topics.md",
];
export const SHARED_FACTS_DIR = path.join(__dirname, "..", "..", "..", "shared", "facts");

export function factSheetText(): string {
  return FACT_FILES.map((file) => readFileSync(path.join(FIXTURES, file), "utf8")).join("\n");
}

export function sharedCopyIfPresent(file: string): string | null {
  const shared = path.join(SHARED_FACTS_DIR, file);
  return existsSync(shared) ? readFileSync(shared, "utf8") : null;
}

export function fixtureText(file: string): string {
  return readFileSync(path.join(FIXTURES, file), "utf8");
}

/** Compare addresses the way a reader would: scheme, "www.", data-view suffixes and queries do not matter. */
export function normaliseUrl(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^www\./, "").replace(/\.$/, "");
  const pathname = parsed.pathname.replace(/\/data\.(xht|htm|html|xml)$/, "").replace(/\/$/, "");
  return `${host}${pathname}`.toLowerCase();
}

/** Addresses may contain brackets, e.g. "/adults-with-incapacity-(scotland)-act/": keep balanced ones. */
function trimUnbalancedBrackets(url: string): string {
  let trimmed = url;
  while (trimmed.endsWith(")") && trimmed.split("(").length < trimmed.split(")").length) trimmed = trimmed.slice(0, -1);
  return trimmed.replace(/[.,;]+$/, "");
}

export function citedUrls(): string[] {
  return [...factSheetText().matchAll(/https?:\/\/[^\s\]>]+/g)].map((m) => normaliseUrl(trimUnbalancedBrackets(m[0])));
}

/** A source is acceptable when the fact sheet cites it, or cites a page beneath it. */
export function isCited(url: string, cited: string[]): boolean {
  const ours = normaliseUrl(url);
  return cited.some((theirs) => theirs === ours || theirs.startsWith(`${ours}/`));
}
