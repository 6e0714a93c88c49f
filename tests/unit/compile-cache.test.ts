import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

/** `npm run build` sets CONTENT_COMPILE_CACHE so next build and the search index share one compile. */
async function freshLoader(cacheDir: string) {
  vi.resetModules();
  vi.stubEnv("CONTENT_COMPILE_CACHE", cacheDir);
  return import("@/lib/content/loader");
}

describe("compile cache", () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.unstubAllEnvs();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("writes each compiled page once and a later process reuses it instead of compiling", async () => {
    const cache = mkdtempSync(path.join(tmpdir(), "compile-cache-"));
    dirs.push(cache);
    const first = await (await freshLoader(cache)).getPage("/what-is-independent-advocacy");
    const files = readdirSync(cache);
    expect(files).toHaveLength(1);

    // Mark the cached output: only a read from the cache can return the mark.
    const file = path.join(cache, files[0]!);
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, "utf8")), code: "/* from the cache */" }));
    const second = await (await freshLoader(cache)).getPage("/what-is-independent-advocacy");
    expect(second?.code).toBe("/* from the cache */");
    expect(second?.toc).toEqual(first?.toc);
    expect(second?.blocks).toEqual(first?.blocks);
  });

  it("rejects a cached file of the wrong shape rather than rendering it", async () => {
    const cache = mkdtempSync(path.join(tmpdir(), "compile-cache-"));
    dirs.push(cache);
    await (await freshLoader(cache)).getPage("/about");
    const [name] = readdirSync(cache);
    writeFileSync(path.join(cache, name!), JSON.stringify({ code: 42 }));
    await expect((await freshLoader(cache)).getPage("/about")).rejects.toThrow();
  });
});
