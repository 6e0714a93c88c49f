import { expect, test } from "@playwright/test";
import { isAllowedScript, scriptsIn } from "./support";

test("search works with JavaScript off: header form to results with matched words marked", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByLabel("Search this site").fill("mental health advocate");
  await page.getByRole("button", { name: "Search" }).first().click();
  await expect(page).toHaveURL(/\/search\?q=mental\+health\+advocate$/);
  await expect(page.locator("h1")).toHaveText("Search results");
  await expect(page.getByRole("status")).toContainText("for ‘mental health advocate’");
  const first = page.locator(".search-results__item").first();
  await expect(first.locator("h2 a")).toHaveAttribute("href", /^\//);
  await expect(first.locator(".search-results__nations")).toContainText("Applies to");
  await expect(first.locator("mark").first()).toBeVisible();
  await expect(page.locator("#search-q")).toHaveValue("mental health advocate");
  await context.close();
});

test("a hostile query is shown as text, never run as markup", async ({ page, request }) => {
  const q = `"><script>alert(1)</script><img src=x onerror=alert(2)>`;
  const response = await request.get(`/search?q=${encodeURIComponent(q)}`);
  const html = await response.text();
  expect(response.status()).toBe(200);
  expect(scriptsIn(html).filter((s) => !isAllowedScript(s))).toEqual([]);
  expect(html).not.toContain("<img src=x");
  await page.goto(`/search?q=${encodeURIComponent(q)}`);
  await expect(page.locator("#search-q")).toHaveValue(q);
  await expect(page.locator("main img")).toHaveCount(0);
});

test("no results suggests spelling, the finder, the rights overview and the glossary", async ({ page }) => {
  await page.goto("/search?q=zzqqxxyy");
  await expect(page.getByRole("status")).toHaveText("There are no matching results for ‘zzqqxxyy’.");
  await expect(page.getByText("checking your spelling")).toBeVisible();
  for (const href of ["/find-advocacy", "/your-rights", "/glossary"]) {
    await expect(page.locator(`main a[href='${href}']`)).toBeVisible();
  }
});

test("an empty search shows the form with guidance", async ({ page }) => {
  const response = await page.goto("/search");
  expect(response?.status()).toBe(200);
  await expect(page.locator("h1")).toHaveText("Search this site");
  await expect(page.locator("#search-q-hint")).toContainText("for example");
  await expect(page.locator(".search-results")).toHaveCount(0);
});

test("a search over 100 characters gets a clear error linked to the field, not a 5xx", async ({ page }) => {
  const response = await page.goto(`/search?q=${"a".repeat(101)}`);
  expect(response?.status()).toBe(400);
  await expect(page.locator(".error-summary a[href='#search-q']")).toHaveText("Your search must be 100 characters or fewer.");
  await expect(page.locator("#search-q")).toHaveAttribute("aria-describedby", "search-q-hint search-q-error");
});

test("search pages are kept out of search engines and out of every cache", async ({ request }) => {
  const response = await request.get("/search?q=abuse");
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  expect(response.headers()["referrer-policy"]).toBe("no-referrer");
  expect(await response.text()).toContain('<meta name="robots" content="noindex, nofollow"');
});
