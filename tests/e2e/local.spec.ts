import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import vnu from "vnu-jar";
import { axeViolations } from "./support";

/**
 * Issue 18, "Local help": a reader who types part of a council's name, with JavaScript off on a
 * 320 px phone, reaches a result that names their own council, health board or HSC trust.
 */
test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 900 } });

/** No sideways scrolling at 320 px (WCAG 1.4.10). */
async function fitsTheScreen(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
}

const WALKS = [
  {
    name: "an English district council",
    start: "/find-advocacy/area?nation=england&who=me&topic=mental-health&mha=detained",
    typed: "amber",
    council: "Amber Valley Borough Council",
    names: ["Derbyshire County Council", "Ask the ward staff first", "where the hospital is"],
  },
  {
    name: "a Welsh council, by its Welsh name",
    start: "/find-advocacy/area?nation=wales&who=someone-else&topic=mental-health&mha=detained",
    typed: "caerdydd",
    council: "City of Cardiff Council",
    names: ["Cardiff and Vale University Health Board", "health board"],
  },
  {
    name: "a Northern Ireland council area with two trusts",
    start: "/find-advocacy/area?nation=northern-ireland&who=me&topic=other",
    typed: "lisburn",
    council: "Lisburn and Castlereagh City Council",
    names: ["South Eastern Health and Social Care Trust", "Belfast Health and Social Care Trust", "More than one trust"],
  },
];

for (const walk of WALKS) {
  test(`JavaScript off at 320 px: typing part of ${walk.name} leads to a result naming who to ask`, async ({ page }, testInfo) => {
    await page.goto(walk.start);
    await expect(page.locator("h1")).toHaveText(/^Which council area do(es)? (you|the person) live in\?$/);
    await fitsTheScreen(page);
    await page.getByLabel("Name of your council, town or area").fill(walk.typed);
    await page.getByRole("button", { name: "Find" }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]q=${walk.typed}(&|$)`));
    const choice = page.getByRole("radio", { name: walk.council }).first();
    await choice.check();
    await page.screenshot({ path: testInfo.outputPath("1-search.png"), fullPage: true });
    await page.getByRole("button", { name: "Continue" }).first().click();
    await expect(page).toHaveURL(/\/find-advocacy\/result\?/);
    const local = page.locator("main").getByRole("heading", { name: `Who to ask in the ${walk.council} area` }).first();
    await expect(local).toBeVisible();
    for (const text of walk.names) await expect(page.locator("main")).toContainText(text);
    await fitsTheScreen(page);
    await page.screenshot({ path: testInfo.outputPath("2-result.png"), fullPage: true });
    // The printed result carries it.
    await page.emulateMedia({ media: "print" });
    await expect(local).toBeVisible();
    await expect(page.locator("main")).toContainText(walk.names[0]!);
  });
}

test("the area question can be skipped, and says what went wrong with empty input (never a 5xx)", async ({ page, request }) => {
  const start = "/find-advocacy/area?nation=england&who=me&topic=care-support&support=none&difficulty=yes";
  await page.goto(`${start}&q=`);
  await expect(page.locator(".error-summary")).toContainText("Enter at least 2 letters");
  await expect(page.locator(".error-summary a")).toHaveAttribute("href", "#q");
  await page.goto(`${start}&answering=area`);
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator(".error-summary")).toContainText("Select a council from the list, or skip this question");
  await page.getByRole("link", { name: "Skip this question and see the answer" }).click();
  await expect(page).toHaveURL(/\/find-advocacy\/result\?/);
  await expect(page.locator("main")).not.toContainText("Who to ask in the");
  for (const path of [`${start}&q=${"x".repeat(300)}`, `${start}&area=atlantis`, `${start}&area=cardiff`, "/find-your-council?q=%00%00"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
  }
  expect((await request.get(`${start}&area=cardiff`)).status()).toBe(400);
});

test("England's list of councils that run adult social care is one link away; Wales shows its 22", async ({ page }) => {
  await page.goto("/find-advocacy/area?nation=england&who=me&topic=other");
  await page.getByRole("link", { name: /Choose from a list of councils in England/ }).click();
  await expect(page.getByRole("radio", { name: "Derbyshire County Council" })).toHaveCount(1);
  await page.goto("/find-advocacy/area?nation=wales&who=me&topic=other");
  await expect(page.locator('input[name="area"]')).toHaveCount(22);
  await expect(page.getByRole("link", { name: "Find your local council on GOV.UK" })).toHaveAttribute("href", "https://www.gov.uk/find-local-council");
});

test("a rights page gets a reader to their council in one step, without the finder", async ({ page }) => {
  await page.goto("/your-rights/care-act-advocacy");
  await page.getByLabel("Find your council or trust").fill("amber");
  await page.getByRole("button", { name: "Find" }).first().click();
  await expect(page).toHaveURL(/\/find-your-council\?q=amber$/);
  await expect(page.locator("main")).toContainText("Amber Valley Borough Council");
  await expect(page.locator("main")).toContainText("Derbyshire County Council runs adult social care here");
  await fitsTheScreen(page);
  await page.goto("/find-an-advocate");
  await expect(page.getByLabel("Find your council or trust")).toBeVisible();
});

test("what a reader types is kept out of caches and search engines", async ({ request }) => {
  for (const path of ["/find-your-council?q=amber", "/find-advocacy/area?nation=england&who=me&topic=other&q=amber"]) {
    const response = await request.get(path);
    expect(response.headers()["cache-control"], path).toMatch(/no-store/);
    expect(await response.text(), path).toContain('name="robots" content="noindex, nofollow"');
  }
  expect((await request.get("/find-your-council?q=a")).status()).toBe(400);
});

test("the about-our-data page credits mySociety, and the privacy page says the area is not stored", async ({ page }) => {
  await page.goto("/about-our-data");
  await expect(page.locator("main")).toContainText('Contains data from mySociety, "UK local authority names and codes"');
  await page.goto("/privacy");
  await expect(page.locator("main")).toContainText("find your council page");
});

test.describe("accessibility", () => {
  // axe runs in a JavaScript-enabled context with the site's own scripts blocked (support.ts).
  test.use({ javaScriptEnabled: true });
  test.setTimeout(120_000);
  test("the council pages have no WCAG 2.2 AA failures", async ({ browser }) => {
  const paths = [
    "/find-advocacy/area?nation=england&who=me&topic=other&q=amber",
    "/find-advocacy/area?nation=wales&who=me&topic=other",
    "/find-your-council?q=lisburn",
    "/find-advocacy/result?nation=england&topic=mental-health&mha=detained&area=amber-valley",
  ];
  const violations = await axeViolations(browser, paths);
  expect(violations).toEqual([]);
  });
});

test("the council pages are valid HTML (Nu HTML checker)", async ({ request }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), "vnu-local-"));
  const paths = [
    "/find-advocacy/area?nation=england&who=me&topic=other&q=amber",
    "/find-advocacy/area?nation=wales&who=me&topic=other&q=caerdydd&answering=area",
    "/find-advocacy/area?nation=england&who=me&topic=other&q=",
    "/find-your-council?q=lisburn&nation=scotland",
    "/find-advocacy/result?nation=england&topic=mental-health&mha=detained&area=amber-valley",
    "/about-our-data",
    "/your-rights/imca",
  ];
  for (const [i, pagePath] of paths.entries()) writeFileSync(path.join(dir, `${i}.html`), await (await request.get(pagePath)).text());
  let output = "";
  try {
    execFileSync("java", ["-jar", vnu, "--errors-only", "--format", "json", dir], { encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    output = (error as { stderr?: string }).stderr ?? String(error);
  }
  const messages: { type: string; url: string; message: string }[] = output ? JSON.parse(output).messages : [];
  expect(messages.filter((m) => m.type === "error").map((m) => `${path.basename(m.url)}: ${m.message}`)).toEqual([]);
});
