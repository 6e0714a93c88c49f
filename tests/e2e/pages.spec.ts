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

test("every page works with JavaScript off", async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of paths) {
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

test("every page has no WCAG 2.2 AA violations found by axe", async ({ browser }) => {
  test.setTimeout(240_000);
  const violations = [];
  for (const path of [...paths, ...ERROR_PATHS]) violations.push(...(await axeViolations(browser, path)));
  expect(violations).toEqual([]);
});

test("every page prints without the header, navigation and footer", async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.emulateMedia({ media: "print" });
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator(".site-header"), path).toBeHidden();
    await expect(page.locator("nav[aria-label='Main']"), path).toBeHidden();
    await expect(page.locator(".site-footer"), path).toBeHidden();
    await expect(page.locator("h1"), path).toBeVisible();
  }
  await context.close();
});
