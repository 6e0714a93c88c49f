import { expect, test } from "@playwright/test";
import { ERROR_PATHS, UNLISTED_PATHS, axeViolations, isAllowedScript, scriptsIn, sitemapPaths } from "./support";

let paths: string[] = [];

test.beforeAll(async ({ request }) => {
  paths = [...(await sitemapPaths(request)), ...UNLISTED_PATHS];
  expect(paths.length).toBeGreaterThan(2);
});

test("every page answers 200 with the security headers and sets no cookie", async ({ request }) => {
  for (const path of paths) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(response.status(), path).toBe(200);
    expect(headers["content-security-policy"], path).toContain("script-src 'self'");
    expect(headers["content-security-policy"], path).not.toContain("unsafe-inline");
    expect(headers["content-security-policy"], path).toContain("object-src 'none'");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["strict-transport-security"], path).toBeTruthy();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toMatch(/^(strict-origin-when-cross-origin|no-referrer)$/);
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["x-powered-by"], path).toBeUndefined();
    expect(headers["set-cookie"], path).toBeUndefined();
  }
});

test("no page ships a script other than the enhancement file", async ({ request }) => {
  for (const path of paths) {
    const scripts = scriptsIn(await (await request.get(path)).text());
    expect(scripts.filter((s) => !isAllowedScript(s)), path).toEqual([]);
  }
});

/**
 * The browser walks over every page run in shards: each shard has its own time budget, and
 * CI's two workers take them side by side (the site has over a hundred pages).
 */
const SHARDS = 4;
const shard = (index: number) => paths.filter((_, i) => i % SHARDS === index);

for (let index = 0; index < SHARDS; index += 1) {
  test(`every page works with JavaScript off (part ${index + 1} of ${SHARDS})`, async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of shard(index)) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("h1"), path).toHaveCount(1);
      await expect(page.locator("main#main-content"), path).toBeVisible();
      await expect(page.locator("html"), path).toHaveAttribute("lang", "en-GB");
      // The skip link is the first thing a keyboard reaches.
      await page.keyboard.press("Tab");
      await expect(page.locator(":focus"), path).toHaveText("Skip to main content");
    }
    await context.close();
  });

  test(`every page has no WCAG 2.2 AA violations found by axe (part ${index + 1} of ${SHARDS})`, async ({ browser }) => {
    test.setTimeout(240_000);
    const errorPaths = index === 0 ? ERROR_PATHS : [];
    expect(await axeViolations(browser, [...shard(index), ...errorPaths])).toEqual([]);
  });

  test(`every page prints without the header, navigation and footer (part ${index + 1} of ${SHARDS})`, async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.emulateMedia({ media: "print" });
    for (const path of shard(index)) {
      await page.goto(path);
      await expect(page.locator(".site-header"), path).toBeHidden();
      await expect(page.locator("nav[aria-label='Main']"), path).toBeHidden();
      await expect(page.locator(".site-footer"), path).toBeHidden();
      // A letter prints as the sheet alone (decision 0009); every other page prints its heading.
      const printed = (await page.locator(".letter").count()) > 0 ? page.locator(".letter") : page.locator("h1");
      await expect(printed, path).toBeVisible();
    }
    await context.close();
  });
}
