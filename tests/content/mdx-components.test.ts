import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MDX_COMPONENT_NAMES } from "@/components/mdx-components";
import { readPages } from "@/lib/content/loader";

const AUTHORING_GUIDE = "docs/content-authoring.md";

/** Component names used as JSX in an MDX file, ignoring code fences and inline code. */
function componentsUsed(source: string): string[] {
  const prose = source.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
  return [...prose.matchAll(/<([A-Z][A-Za-z0-9]*)[\s/>]/g)].map((m) => m[1]!);
}

describe("MDX component map", () => {
  const pages = readPages("content/pages");
  const used = new Set(pages.flatMap((page) => componentsUsed(page.source)));

  it("has every component an MDX page uses", () => {
    expect(used.size).toBeGreaterThan(0);
    for (const page of pages) {
      const missing = componentsUsed(page.source).filter((name) => !MDX_COMPONENT_NAMES.includes(name));
      expect(missing, `${page.file} uses components not in components/mdx-components.tsx`).toEqual([]);
    }
  });

  it("has only components that a page uses or the authoring guide documents", () => {
    const guide = readFileSync(AUTHORING_GUIDE, "utf8");
    for (const name of MDX_COMPONENT_NAMES) {
      expect(used.has(name) || guide.includes(`<${name}`), `${name} is neither used in content/pages nor documented in ${AUTHORING_GUIDE}`).toBe(true);
    }
  });
});
