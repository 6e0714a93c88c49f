import { expect, test } from "@playwright/test";
import { FUZZ_SAMPLE } from "./fuzz-cases";

test("/healthz answers 200 with a tiny body that no cache keeps", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe("ok\n");
  expect(response.headers()["cache-control"]).toBe("no-store");
});

test("each kind of response carries its own Cache-Control", async ({ request }) => {
  const cacheControl = async (path: string, status = 200) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    return response.headers()["cache-control"];
  };
  const publicPage = "public, max-age=300, stale-while-revalidate=86400";
  expect(await cacheControl("/")).toBe(publicPage);
  expect(await cacheControl("/what-is-independent-advocacy")).toBe(publicPage);
  expect(await cacheControl("/find-advocacy")).toBe(publicPage);
  expect(await cacheControl("/find-advocacy/nation")).toBe("no-store");
  expect(await cacheControl("/find-advocacy/result?nation=england&topic=mental-health&mha=detained")).toBe("no-store");
  expect(await cacheControl("/api/finder?nation=england")).toBe("no-store");
  expect(await cacheControl("/search?q=abuse")).toBe("private, no-store");
  expect(await cacheControl("/no-such-page", 404)).toBe("public, max-age=60");
  // A 404 whose address may hold something personal stays out of caches.
  expect(await cacheControl("/no-such-page?q=abuse", 404)).toContain("no-store");
  expect(await cacheControl("/find-advocacy/no-such-question?nation=england", 404)).toContain("no-store");

  const html = await (await request.get("/")).text();
  const stylesheet = html.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
  expect(stylesheet).toBeTruthy();
  expect(await cacheControl(stylesheet!)).toBe("public, max-age=31536000, immutable");
});

test("hostile addresses never get a 5xx", async ({ request }) => {
  for (const path of FUZZ_SAMPLE) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
  }
});
