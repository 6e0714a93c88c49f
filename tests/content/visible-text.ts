import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { toString } from "hast-util-to-string";
import ContentPage, { getStaticProps } from "@/pages/[[...slug]]";

const BLOCKS = "h1, h2, h3, h4, p, li, dt, dd, summary, td, th, caption, figcaption";

/**
 * The text a reader sees in the page's main area, one line per block, as the site renders it:
 * the title, the points, the review dates, and the folded sources' summary only (a closed
 * <details> shows nothing else). Header, menu and footer are left out: they are the same on
 * every page. `openFolds` reads it as a supporter who opens the folded sources would.
 */
export async function visiblePageText(href: string, { openFolds = false } = {}): Promise<string[]> {
  const slug = href.split("/").filter(Boolean);
  const result = await getStaticProps({ params: { slug } });
  if (!("props" in result)) throw new Error(`${href} did not render`);
  const tree = fromHtml(renderToStaticMarkup(createElement(ContentPage, result.props)));
  const main = select("main", tree);
  if (!main) throw new Error(`${href} has no <main>`);
  const hidden = new Set(openFolds ? [] : selectAll("details:not([open]) :not(summary, summary *)", main));
  const lines: string[] = [];
  for (const el of selectAll(BLOCKS, main)) {
    if (hidden.has(el) || selectAll(BLOCKS, el).some((inner) => inner !== el)) continue;
    const text = toString(el).replace(/\s+/g, " ").trim();
    if (text) lines.push(text);
  }
  return lines;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
