import type { Nation } from "../nations";

/** What the search index knows about one page. */
export interface SearchDocument {
  /** The page's address; also its id in the index. */
  href: string;
  title: string;
  description: string;
  nations: Nation[];
  /** A letter or checklist to print, or an Easy Read version: it restates a page that explains the right. */
  restatement: boolean;
  /** The summary bullets shown at the top of the page. */
  summary: string[];
  headings: string[];
  /** The page's readable text, one entry per block, for matching and snippets. */
  blocks: string[];
}

/** The parts of a compiled page the index needs (kept structural: lib/search never loads pages). */
export interface IndexablePage {
  href: string;
  frontmatter: { title: string; description: string; nations: Nation[]; summary: string[]; layout: string };
  toc: { text: string }[];
  blocks: string[];
}

export function toSearchDocument(page: IndexablePage): SearchDocument {
  const { title, description, nations, summary, layout } = page.frontmatter;
  return {
    href: page.href,
    title,
    description,
    nations: [...nations],
    restatement: layout === "letter" || layout === "easy-read",
    // The summary bullets are drawn by a component, not the MDX, so they are kept apart here.
    summary: [...summary],
    headings: page.toc.map((entry) => entry.text),
    blocks: [...page.blocks],
  };
}
