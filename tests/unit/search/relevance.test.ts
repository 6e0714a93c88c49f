import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { getAllPages } from "@/lib/content/loader";
import { toSearchDocument } from "@/lib/search/documents";
import { createSearchIndex, searchSite, type SearchIndex } from "@/lib/search/engine";

/**
 * Everyday searches against the index built from the real content, as `npm run build` builds it.
 * Each names the page a reader means; it must be in the top 3. SEARCH_REPORT=1 prints each query.
 */
const TOP = 3;
const relevanceSchema = z.object({
  minimumHitRate: z.number().min(0).max(1),
  queries: z.array(z.strictObject({ q: z.string().min(1), expect: z.string().startsWith("/"), must: z.literal(true).optional() })).min(30),
});
const relevance = relevanceSchema.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, "../../fixtures/search-relevance.json"), "utf8")));

let index: SearchIndex;
beforeAll(async () => {
  index = createSearchIndex((await getAllPages()).map(toSearchDocument));
});

describe("search relevance", () => {
  it("expects only pages that exist", () => {
    const missing = relevance.queries.filter((query) => !index.documents.has(query.expect));
    expect(missing).toEqual([]);
  });

  it(`puts the page a reader means in the top ${TOP} for most everyday searches`, () => {
    const results = relevance.queries.map((query) => {
      const top = searchSite(index, query.q).hits.slice(0, TOP).map((hit) => hit.href);
      return { ...query, top, hit: top.includes(query.expect) };
    });
    const hitRate = results.filter((result) => result.hit).length / results.length;
    if (process.env.SEARCH_REPORT) {
      for (const result of results) console.log(`${result.hit ? "hit " : "MISS"} ${result.q} -> ${result.top.join(", ")} (want ${result.expect})`);
      console.log(`hit rate ${(hitRate * 100).toFixed(1)}% of ${results.length}`);
    }
    const misses = results.filter((result) => !result.hit).map((result) => `${result.q} -> ${result.top.join(", ")} (want ${result.expect})`);
    expect(hitRate, `misses:\n${misses.join("\n")}`).toBeGreaterThanOrEqual(relevance.minimumHitRate);
  });

  it.each(relevance.queries.filter((query) => query.must).map((query) => [query.q, query.expect]))(
    `puts the page a reader means in the top ${TOP} for "%s", whatever the rate`,
    (q, expected) => {
      expect(searchSite(index, q).hits.slice(0, TOP).map((hit) => hit.href)).toContain(expected);
    },
  );
});
