import { expect, test } from "@playwright/test";

test("an unknown address gives our own 404 page with a link home", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("Page not found");
  await expect(page.locator("main a[href='/']")).toBeVisible();
});

test("only GET and HEAD are answered", async ({ request }) => {
  expect((await request.head("/")).status()).toBe(200);
  for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
    const response = await request.fetch("/", { method });
    expect(response.status(), method).toBe(405);
    expect(response.headers()["allow"]).toBe("GET, HEAD");
  }
});

test("the Print button appears only when JavaScript runs", async ({ browser }) => {
  const withJs = await browser.newPage();
  await withJs.goto("/what-is-independent-advocacy");
  await expect(withJs.getByRole("button", { name: "Print this page" })).toBeVisible();
  await withJs.close();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const withoutJs = await context.newPage();
  await withoutJs.goto("/what-is-independent-advocacy");
  await expect(withoutJs.getByRole("button", { name: "Print this page" })).toBeHidden();
  await context.close();
});

test("pages raise no Content-Security-Policy violations with JavaScript on", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  await page.goto("/what-is-independent-advocacy");
  await page.goto("/");
  expect(problems).toEqual([]);
});

test("printing shows the addresses of links that leave the site", async ({ page }) => {
  await page.emulateMedia({ media: "print" });
  await page.goto("/what-is-independent-advocacy");
  const source = page.locator(".sources a").first();
  const after = await source.evaluate((a) => getComputedStyle(a, "::after").content);
  expect(after).toContain("https://");
});

test("sitemap.xml and robots.txt are served from the content index", async ({ request }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.headers()["content-type"]).toContain("application/xml");
  expect(await sitemap.text()).toContain("/what-is-independent-advocacy</loc>");
  const robots = await request.get("/robots.txt");
  expect(await robots.text()).toContain("Sitemap: ");
});

test("pages carry a canonical address, Open Graph tags and JSON-LD", async ({ page }) => {
  await page.goto("/what-is-independent-advocacy");
  await expect(page.locator("link[rel=canonical]")).toHaveAttribute("href", /\/what-is-independent-advocacy$/);
  await expect(page.locator("meta[property='og:title']")).toHaveAttribute("content", "What is independent advocacy");
  const jsonLd = JSON.parse((await page.locator("script[type='application/ld+json']").textContent()) ?? "{}");
  expect(jsonLd["@type"]).toBe("WebPage");
  expect(jsonLd.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(jsonLd.dateModified).toBe(jsonLd.lastReviewed);
});
