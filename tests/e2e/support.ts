import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Browser } from "@playwright/test";
import { fromHtml } from "hast-util-from-html";
import { selectAll } from "hast-util-select";

/** The one script a page may load: small, first-party, optional. */
export const ENHANCEMENT_SCRIPT = "/enhance.js";

/** Every indexable page, read from the site's own sitemap. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get("/sitemap.xml")).text();
  const locs = selectAll("loc", fromHtml(xml, { fragment: true })).map((loc) =>
    loc.children.map((child) => ("value" in child ? child.value : "")).join(""),
  );
  return locs.map((loc) => new URL(loc).pathname);
}

/** Error pages: not 200, but they must be just as valid and accessible. */
export const ERROR_PATHS = ["/no-such-page", "/find-advocacy/topic?nation=atlantis", "/%E0%A4%A"];

/** Pages that are not in the sitemap but must meet the same bar: finder questions, results, search. */
export const UNLISTED_PATHS: string[] = [
  "/find-advocacy/nation",
  "/find-advocacy/topic?nation=scotland&answering=topic",
  "/find-advocacy/mha?nation=england&topic=mental-health",
  "/find-advocacy/who?nation=england",
  "/find-advocacy/capacity?nation=wales&who=someone-else&topic=capacity&decision=other",
  "/find-advocacy/result?nation=england&topic=mental-health&mha=detained",
  "/find-advocacy/result?nation=scotland&topic=capacity&disorder=yes&who=someone-else",
  "/find-advocacy/result?nation=wales&topic=care-support&difficulty=yes&support=none",
  "/find-advocacy/result?nation=northern-ireland&topic=liberty",
  "/search",
  "/search?q=care+act",
  "/search?q=zzqqxxyy",
];

export interface ScriptTag {
  src: string | null;
  type: string | null;
}

export function scriptsIn(html: string): ScriptTag[] {
  return selectAll("script", fromHtml(html)).map((script) => ({
    src: script.properties.src ? String(script.properties.src) : null,
    type: script.properties.type ? String(script.properties.type) : null,
  }));
}

/** JSON-LD is data, never run; anything else must be the enhancement file. */
export function isAllowedScript(script: ScriptTag): boolean {
  return script.src === ENHANCEMENT_SCRIPT || (script.src === null && script.type === "application/ld+json");
}

export const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * axe needs JavaScript in the page, but the site must be judged as readers without JS see it:
 * run in a JS-enabled context with the site's own scripts blocked. One context walks all the
 * paths given (a new context per page cost about 0.5-0.9 s of the 3.5 s each page took). axe's
 * `resultTypes: ["violations"]` would be faster still, but it changes what the page-level
 * `region` rule reports, so it is not used.
 */
export async function axeViolations(browser: Browser, paths: string | readonly string[]) {
  const context = await browser.newContext();
  await context.route("**/*.js", (route) => route.abort());
  const page = await context.newPage();
  const found = [];
  for (const path of typeof paths === "string" ? [paths] : paths) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    found.push(...results.violations.map((v) => ({ path, id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) })));
  }
  await context.close();
  return found;
}
