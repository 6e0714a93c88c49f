import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The fact sheets are the only basis for legal statements. They live in the repo, in
 * docs/reference/; the corrections sheet stands over the older two where they disagree.
 */
export const REFERENCE_DIR = path.join(__dirname, "..", "..", "docs", "reference");
export const FACT_FILES = [
  "advocacy-facts.md",
  "advocacy-facts-addendum.md",
  "advocacy-facts-corrections.md",
  "advocacy-facts-new-topics.md",
  // The fourth legal check's corrections (4 December 2026): they stand over the older sheets.
  "advocacy-facts-corrections-2026-12-04.md",
];
/** Where the team's shared copy sits beside the clone (CI checks the repo copy against it). */
export const SHARED_DIR = path.join(__dirname, "..", "..", "..", "shared");

export function referenceText(file: string): string {
  return readFileSync(path.join(REFERENCE_DIR, file), "utf8");
}

export function factSheetText(): string {
  return FACT_FILES.map(referenceText).join("\n");
}

/** The shared copy; throws when ../shared is missing, so a compare can never pass by skipping. */
export function sharedCopy(relative: string): string {
  const file = path.join(SHARED_DIR, relative);
  if (!existsSync(file)) throw new Error(`${file} not found: the shared references must sit beside the clone`);
  return readFileSync(file, "utf8");
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
