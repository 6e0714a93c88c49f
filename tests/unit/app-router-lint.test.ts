import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/** Decision 0005: app/ holds route handlers and metadata routes only; a page or layout there fails lint. */
const eslint = new ESLint();

async function ruleMessages(filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText("export default function Thing() {\n  return null;\n}\n", { filePath });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-syntax").map((m) => m.message);
}

describe("ESLint keeps App Router UI files out of app/", () => {
  it.each(["app/page.tsx", "app/layout.tsx", "app/guide/page.tsx", "app/not-found.tsx", "app/error.tsx", "app/find/loading.jsx"])(
    "rejects %s",
    async (file) => {
      expect(await ruleMessages(file)).toEqual([expect.stringContaining("HTTP-only routes")]);
    },
  );

  it.each(["app/api/finder/route.ts", "app/sitemap.ts", "pages/search.tsx"])("allows %s", async (file) => {
    expect(await ruleMessages(file)).toEqual([]);
  });
});
