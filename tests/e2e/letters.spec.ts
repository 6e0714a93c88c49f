import { expect, test } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { sitemapPaths } from "./support";

test.use({ javaScriptEnabled: false });

let letters: string[] = [];

test.beforeAll(async ({ request }) => {
  letters = (await sitemapPaths(request)).filter((path) => path.startsWith("/letters/"));
  // 15 letters in two voices each, the checklist and the phone script.
  expect(letters.length).toBeGreaterThanOrEqual(32);
});

test("every letter, in both voices, and the checklist print on one A4 page, without the site's frame", async ({ page }) => {
  test.setTimeout(240_000);
  await page.emulateMedia({ media: "print" });
  for (const path of letters) {
    await page.goto(path);
    for (const part of [".site-header", ".site-footer", ".summary", ".page-info", ".contents-list", ".nations-notice"]) {
      await expect(page.locator(part), `${path} prints ${part}`).toBeHidden();
    }
    // The sheet handed over is the letter alone: the notes for the sender stay on screen.
    if ((await page.locator(".letter").count()) > 0) {
      for (const note of ["Who do I send it to?", "What happens next?"]) {
        await expect(page.getByRole("heading", { name: note }), `${path} prints "${note}"`).toBeHidden();
      }
      await expect(page.locator("h1"), `${path} prints its title`).toBeHidden();
      await expect(page.locator(".letter"), path).toBeVisible();
    }
    const pdf = await PDFDocument.load(await page.pdf({ format: "A4" }));
    expect(pdf.getPageCount(), path).toBe(1);
  }
});

test("on screen a letter keeps its nations notice, summary, notes, review dates and sources", async ({ page }) => {
  await page.goto("/letters/care-act-advocate");
  await expect(page.getByRole("heading", { name: "Who do I send it to?" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What happens next?" })).toBeVisible();
  await expect(page.locator(".nations-notice")).toBeVisible();
  await expect(page.locator(".summary")).toBeVisible();
  await expect(page.locator(".page-info time").first()).toBeVisible();
  await expect(page.locator(".sources a[href^='https://www.legislation.gov.uk/']").first()).toBeVisible();
});

test("letters are real text with labelled blanks, and nothing to type into", async ({ page }) => {
  for (const path of letters) {
    await page.goto(path);
    await expect(page.locator("main form, main input, main textarea, main select"), path).toHaveCount(0);
    await expect(page.locator("main .blank__label").first(), path).toBeVisible();
  }
  await page.goto("/letters/imha-england");
  const letter = page.locator(".letter");
  await expect(letter).toContainText("section 130C of the Mental Health Act 1983");
  await expect(letter.locator(".blank__label").getByText("Date", { exact: true })).toBeVisible();
  await expect(letter.locator("img, svg")).toHaveCount(0);
});

test("a detained man asking for himself lands on a first-person letter; his daughter on hers", async ({ page }) => {
  await page.goto("/find-advocacy/result?nation=england&who=me&topic=mental-health&mha=detained");
  const imha = page.locator(".result").filter({ hasText: "Independent Mental Health Advocate" }).first();
  await imha.getByRole("link", { name: "Use our letter to ask" }).click();
  await expect(page).toHaveURL(/\/letters\/imha-england$/);
  await expect(page.locator(".letter")).toContainText("Under the Mental Health Act, I am (tick one)");
  await expect(page.locator(".letter")).toContainText("I have a right to help from an IMHA");
  await page.getByRole("link", { name: /Asking for someone else/ }).click();
  await expect(page).toHaveURL(/\/letters\/imha-england\/for-someone-else$/);

  await page.goto("/find-advocacy/result?nation=england&who=someone-else&topic=mental-health&mha=detained");
  await page.locator(".result").filter({ hasText: "Independent Mental Health Advocate" }).first().getByRole("link", { name: "Use our letter to ask" }).click();
  await expect(page).toHaveURL(/\/letters\/imha-england\/for-someone-else$/);
  await expect(page.locator(".letter")).toContainText("This letter is about");
  await expect(page.locator(".letter")).toContainText("They know about this letter and agree to it.");
  await expect(page.locator(".letter")).toContainText("They cannot decide this for themselves");
});

test("the finder's results link to the letter to ask and the letter for a refusal", async ({ page }) => {
  await page.goto("/find-advocacy/result?nation=england&topic=mental-health&mha=detained");
  const imha = page.locator(".result").filter({ hasText: "Independent Mental Health Advocate" }).first();
  await imha.getByRole("link", { name: "Use our letter to ask" }).click();
  await expect(page).toHaveURL(/\/letters\/imha-england$/);
  await page.goBack();
  await page.locator(".result").first().getByRole("link", { name: "Use our letter to reply" }).click();
  await expect(page).toHaveURL(/\/letters\/refused-england$/);
});

test("the letters index lists every letter, by nation", async ({ page }) => {
  await page.goto("/letters");
  for (const nation of ["England", "Wales", "Scotland", "Northern Ireland"]) {
    await expect(page.getByRole("heading", { level: 2, name: `Letters for ${nation}` })).toBeVisible();
  }
  const linked = new Set(await page.locator("main .prose a[href^='/letters/']").evaluateAll((as) => as.map((a) => a.getAttribute("href"))));
  for (const path of letters) expect(linked.has(path), `${path} is not on the index`).toBe(true);
});
