import type { Element, ElementContent, Root, Text } from "hast";
import type { GlossaryEntry } from "./glossary";

/** Inside these, a link would be wrong (nested links, headings, code) or unhelpful. */
const SKIP_TAGS = new Set(["a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "button"]);
// A letter is text to send to someone else: links to our glossary would not belong in it.
const SKIP_COMPONENTS = new Set(["StartButton", "Glossary", "OrganisationList", "Letter"]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function termMatcher(entries: GlossaryEntry[]) {
  const idByForm = new Map<string, string>();
  for (const entry of entries) for (const form of [entry.term, ...entry.also]) idByForm.set(form.toLowerCase(), entry.id);
  // Longest forms first, so "mental capacity advocate" wins over "mental capacity".
  const forms = [...idByForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${forms.join("|")})(?![\\p{L}\\p{N}-])`, "giu");
  return { pattern, idFor: (match: string) => idByForm.get(match.toLowerCase())! };
}

type Parent = Root | Element | { type: string; name?: string | null; children: ElementContent[] };

/**
 * Links the first use of each glossary term on a page to its definition, so hard words are
 * explained where they appear without authors linking them by hand.
 */
export function rehypeGlossaryLinks(entries: GlossaryEntry[], glossaryPath = "/glossary") {
  return () => (tree: Root) => {
    if (entries.length === 0) return;
    const { pattern, idFor } = termMatcher(entries);
    const linked = new Set<string>();

    const linkText = (node: Text): ElementContent[] | null => {
      const parts: ElementContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(pattern)) {
        const id = idFor(match[0]);
        if (linked.has(id)) continue;
        linked.add(id);
        if (match.index > last) parts.push({ type: "text", value: node.value.slice(last, match.index) });
        parts.push({
          type: "element",
          tagName: "a",
          properties: { href: `${glossaryPath}#${id}`, className: ["glossary-link"] },
          children: [{ type: "text", value: match[0] }],
        });
        last = match.index + match[0].length;
      }
      if (parts.length === 0) return null;
      if (last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) });
      return parts;
    };

    const walk = (parent: Parent) => {
      const children: ElementContent[] = [];
      for (const child of parent.children as ElementContent[]) {
        if (child.type === "text") {
          children.push(...(linkText(child) ?? [child]));
          continue;
        }
        const skip =
          (child.type === "element" && SKIP_TAGS.has(child.tagName)) ||
          ("name" in child && typeof child.name === "string" && SKIP_COMPONENTS.has(child.name));
        if (!skip && "children" in child) walk(child as Parent);
        children.push(child);
      }
      parent.children = children as typeof parent.children;
    };
    walk(tree);
  };
}
