import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { SKIP, visit } from "unist-util-visit";

export interface TocEntry {
  id: string;
  text: string;
}

/** What the compiler learns about a page while it builds it. */
export interface Collected {
  toc: TocEntry[];
  /** The page's readable text, one entry per block (paragraph, list item, heading, table cell). */
  blocks: string[];
}

const TEXT_BLOCKS = new Set(["p", "li", "h2", "h3", "h4", "td", "th", "dt", "dd", "caption", "blockquote"]);

/**
 * Runs after rehype-slug: gathers the h2 contents list and the plain text of each block,
 * for the contents list, the readability check and the search index.
 */
export function rehypeCollect(out: Collected) {
  return () => (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "h2" && typeof node.properties.id === "string") {
        out.toc.push({ id: node.properties.id, text: toString(node).trim() });
      }
      if (TEXT_BLOCKS.has(node.tagName)) {
        const text = toString(node).replace(/\s+/g, " ").trim();
        if (text) out.blocks.push(text);
        return SKIP;
      }
      return undefined;
    });
  };
}
