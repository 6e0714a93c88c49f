import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import type { GlossaryEntry } from "@/lib/content/glossary";
import { rehypeGlossaryLinks } from "@/lib/content/rehype-glossary-links";

const entries: GlossaryEntry[] = [
  { id: "advocate", term: "advocate", also: ["advocates"], definition: "Someone who speaks up with you." },
  { id: "mental-capacity", term: "mental capacity", also: ["capacity"], definition: "Being able to decide." },
  { id: "imca", term: "Independent Mental Capacity Advocate", also: ["IMCA"], definition: "An advocate for capacity decisions." },
];

function link(html: string): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
  rehypeGlossaryLinks(entries)()(tree);
  return toHtml(tree);
}

describe("glossary links", () => {
  it("links only the first use of each term on a page", () => {
    expect(link("<p>An advocate helps. Advocates listen. Another advocate.</p>")).toBe(
      '<p>An <a href="/glossary#advocate" class="glossary-link">advocate</a> helps. Advocates listen. Another advocate.</p>',
    );
  });

  it("prefers the longest term", () => {
    expect(link("<p>Ask for an Independent Mental Capacity Advocate.</p>")).toContain(
      '<a href="/glossary#imca" class="glossary-link">Independent Mental Capacity Advocate</a>',
    );
  });

  it("never links inside headings, links or code", () => {
    const html = '<h2>An advocate</h2><p><a href="/x">advocate</a> <code>advocate</code></p>';
    expect(link(html)).toBe(html);
  });

  it("matches whole words only", () => {
    const html = "<p>Advocacy and capacityless words.</p>";
    expect(link(html)).toBe(html);
  });

  it("links terms in later paragraphs once each", () => {
    const out = link("<p>Your capacity.</p><p>An advocate and your capacity.</p>");
    expect(out.match(/glossary-link/g)).toHaveLength(2);
    expect((fromHtml(out, { fragment: true }).children[1] as Element).children).toHaveLength(3);
  });
});
