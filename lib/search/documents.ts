import type { Nation } from "../nations";

/** What the search index knows about one page. */
export interface SearchDocument {
  /** The page's address; also its id in the index. */
  href: string;
  title: string;
  description: string;
  nations: Nation[];
  headings: string[];
  /** The page's readable text, one entry per block, for matching and snippets. */
  blocks: string[];
}

/** The parts of a compiled page the index needs (kept structural: lib/search never loads pages). */
export interface IndexablePage {
  href: string;
  frontmatter: { title: string; description: string; nations: Nation[]; summary: string[] };
  toc: { text: string }[];
  blocks: string[];
}

export function toSearchDocument(page: IndexablePage): SearchDocument {
  const { title, description, nations, summary } = page.frontmatter;
  return {
    href: page.href,
    title,
    description,
    nations: [...nations],
    headings: page.toc.map((entry) => entry.text),
    // The summary bullets are drawn by a component, not the MDX, so add them here.
    blocks: [...summary, ...page.blocks],
  };
}
