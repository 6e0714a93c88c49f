import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test, type Browser } from "@playwright/test";
import { fromHtml } from "hast-util-from-html";
import { selectAll } from "hast-util-select";
import { PDFDocument } from "pdf-lib";
import vnu from "vnu-jar";
import { EASY_READ_PATHS } from "../../lib/finder/easy-read";
import { axeViolations, isAllowedScript, scriptsIn } from "./support";

/** 14pt on screen, the Easy Read minimum; 16pt on paper. */
const MIN_SCREEN_PX = 18.7;
const MIN_PRINT_PX = (16 * 96) / 72;
const BUDGET_KB = 30;
const TOPICS = EASY_READ_PATHS.filter((p) => p !== "/easy-read");

/** A JavaScript context with the site's own scripts blocked: the page as readers without JS see it. */
async function noScriptPage(browser: Browser) {
  const context = await browser.newContext();
  await context.route("**/*.js", (route) => route.abort());
  return { context, page: await context.newPage() };
}

test("every Easy Read page, and each full page that links to one, has no axe violations, valid HTML and no scripts", async ({ browser, request }) => {
  test.setTimeout(300_000);
  const fullPages = new Set<string>();
  for (const path of EASY_READ_PATHS) {
    const tree = fromHtml(await (await request.get(path)).text());
    for (const a of selectAll(".easy-read-link a", tree)) fullPages.add(String(a.properties.href));
  }
  expect(fullPages.size).toBeGreaterThanOrEqual(9);
  const violations = await axeViolations(browser, [...EASY_READ_PATHS, ...fullPages]);
  expect(violations).toEqual([]);

  const dir = mkdtempSync(path.join(tmpdir(), "vnu-easy-read-"));
  for (const [i, pagePath] of EASY_READ_PATHS.entries()) {
    const html = await (await request.get(pagePath)).text();
    expect(scriptsIn(html).filter((s) => !isAllowedScript(s)), pagePath).toEqual([]);
    writeFileSync(path.join(dir, `${i}.html`), html);
  }
  let report = "";
  try {
    execFileSync("java", ["-jar", vnu, "--errors-only", "--format", "json", dir], { encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    report = (error as { stderr?: string }).stderr ?? String(error);
  }
  const messages = report ? (JSON.parse(report) as { messages: { type: string; message: string }[] }).messages : [];
  expect(messages.filter((m) => m.type === "error").map((m) => m.message)).toEqual([]);
});

test("every point shows its picture, with an alt attribute, beside text of at least 18.7 px", async ({ browser, request }) => {
  const { context, page } = await noScriptPage(browser);
  const pictures = new Set<string>();
  for (const path of EASY_READ_PATHS) {
    await page.goto(path);
    const points = page.locator(".er-point");
    expect(await points.count(), path).toBeGreaterThanOrEqual(5);
    for (const point of await points.all()) {
      const img = point.locator("img");
      await expect(img, path).toHaveCount(1);
      expect(await img.getAttribute("alt"), `${path}: a picture has no alt attribute`).not.toBeNull();
      pictures.add((await img.getAttribute("src"))!);
      // The picture sits to the left of the words, on the same line.
      const [picture, words] = [await img.boundingBox(), await point.locator(".er-point__text").boundingBox()];
      expect(picture!.x + picture!.width, path).toBeLessThanOrEqual(words!.x);
      expect(picture!.y, path).toBeLessThan(words!.y + words!.height);
    }
    const sizes = await page.locator(".er-point__text p, .er-point__text li").evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    expect(sizes.length, path).toBeGreaterThan(0);
    expect(Math.min(...sizes), path).toBeGreaterThanOrEqual(MIN_SCREEN_PX);
  }
  await context.close();
  for (const src of pictures) {
    const response = await request.get(src);
    expect(response.status(), src).toBe(200);
    expect(response.headers()["content-type"], src).toContain("image/svg+xml");
  }
});

test("each Easy Read page links to its full page near the top, and the full page links back", async ({ browser }) => {
  const { context, page } = await noScriptPage(browser);
  for (const path of TOPICS) {
    await page.goto(path);
    const back = page.locator(".easy-read-link a");
    expect(await back.count(), path).toBeGreaterThanOrEqual(1);
    const fullPages = await back.evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    // Above the first point: the reader sees it without scrolling through the page.
    const [linkBox, firstPoint] = [await back.first().boundingBox(), await page.locator(".er-point").first().boundingBox()];
    expect(linkBox!.y, path).toBeLessThan(firstPoint!.y);
    for (const full of fullPages) {
      await page.goto(full);
      const link = page.locator(".easy-read-link a", { hasText: "Easy Read version" });
      await expect(link, `${full} has no Easy Read link`).toHaveAttribute("href", path);
      const [linkBox, body] = [await link.boundingBox(), await page.locator(".prose").boundingBox()];
      expect(linkBox!.y, `${full}: the Easy Read link is not above the page's text`).toBeLessThan(body!.y);
      await page.goto(path);
    }
    if (fullPages.length === 1) await expect(back, path).toHaveText("Read the full page");
  }
  await context.close();
});

test("Easy Read is reachable from the home page and the navigation, and search finds it", async ({ request }) => {
  const home = fromHtml(await (await request.get("/")).text());
  expect(selectAll("main a[href='/easy-read']", home).length).toBeGreaterThan(0);
  // The header menu and the footer, on any page (readers' review M12).
  for (const path of ["/", "/privacy", "/find-advocacy", "/your-rights/imca"]) {
    const tree = fromHtml(await (await request.get(path)).text());
    expect(selectAll("nav[aria-label='Main'] a[href='/easy-read']", tree).length, path).toBeGreaterThan(0);
    expect(selectAll("footer a[href='/easy-read']", tree).length, path).toBeGreaterThan(0);
  }
  const results = fromHtml(await (await request.get("/search?q=easy+read")).text());
  expect(selectAll(".search-results__title a", results).map((a) => a.properties.href)[0]).toBe("/easy-read");
});

test(`each Easy Read page weighs at most ${BUDGET_KB} KB gzipped (HTML, CSS and JS)`, async ({ request }) => {
  const gzipKb = (text: string) => gzipSync(Buffer.from(text)).length / 1024;
  const weights: Record<string, number> = {};
  for (const path of EASY_READ_PATHS) {
    const html = await (await request.get(path)).text();
    const tree = fromHtml(html);
    const assets = [
      ...selectAll("link[rel~=stylesheet]", tree).map((l) => String(l.properties.href)),
      ...selectAll("script[src]", tree).map((s) => String(s.properties.src)),
    ];
    let kb = gzipKb(html);
    for (const asset of new Set(assets)) kb += gzipKb(await (await request.get(asset)).text());
    weights[path] = Math.round(kb * 10) / 10;
  }
  console.log("Easy Read page weight, KB gzipped:", JSON.stringify(weights));
  for (const [path, kb] of Object.entries(weights)) expect(kb, path).toBeLessThanOrEqual(BUDGET_KB);
});

test("Easy Read pages print on A4 in 16 pt, without the site frame, each point kept whole", async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await noScriptPage(browser);
  await page.emulateMedia({ media: "print" });
  for (const path of EASY_READ_PATHS) {
    await page.goto(path);
    for (const frame of [".site-header", "nav[aria-label='Main']", ".site-footer", ".breadcrumbs", ".prev-next"]) {
      await expect(page.locator(frame), `${path} prints ${frame}`).toBeHidden();
    }
    const styles = await page.locator(".er-point").evaluateAll((els) =>
      els.map((el) => ({
        breakInside: getComputedStyle(el).breakInside,
        // The words of the point: paragraphs, list items, or the labels of the ask sheet's spaces.
        size: Math.min(...[...el.querySelectorAll(".er-point__text, .er-point__text p, .er-point__text li, .blank__label")].map((t) => parseFloat(getComputedStyle(t).fontSize))),
      })),
    );
    for (const style of styles) {
      expect(style.breakInside, path).toBe("avoid");
      expect(style.size, path).toBeGreaterThanOrEqual(MIN_PRINT_PX - 0.01);
    }
    const pdf = await PDFDocument.load(await page.pdf({ format: "A4", printBackground: true }));
    const { width, height } = pdf.getPage(0).getSize();
    // A4 is 595.3 x 841.9 points; Chromium rounds to whole CSS pixels.
    expect(Math.abs(width - 595.3), path).toBeLessThan(2);
    expect(Math.abs(height - 841.9), path).toBeLessThan(2);
    expect(pdf.getPageCount(), path).toBeLessThanOrEqual(12);
  }
  await context.close();
});

test("the ask sheet prints whole on one A4 page, with spaces to write in", async ({ browser }) => {
  const { context, page } = await noScriptPage(browser);
  await page.emulateMedia({ media: "print" });
  await page.goto("/easy-read/ask-for-an-advocate");
  const sheet = page.locator(".ask-sheet");
  await expect(sheet.locator(".blank__label")).toHaveText([
    "Name of the person who needs an advocate",
    "My name, if I am helping",
    "Address or phone number",
    "This is what is happening",
    "Please give this to",
    "Date",
  ]);
  await expect(sheet).toContainText("I want an advocate.");
  expect(await sheet.evaluate((el) => getComputedStyle(el).breakInside)).toBe("avoid");
  // A4 less the 12 mm margins, in CSS pixels: the sheet must fit inside one page.
  const box = await sheet.boundingBox();
  expect(box!.height).toBeLessThan(((297 - 24) / 25.4) * 96);
  await context.close();
});

test("the sheet's own address prints the sheet alone on one A4 page (readers' review M9)", async ({ browser }) => {
  const { context, page } = await noScriptPage(browser);
  await page.goto("/easy-read/ask-for-an-advocate");
  // The page links to it, so a reader without JavaScript can get there.
  await expect(page.locator(".prose a[href='#sheet']")).toHaveCount(1);
  await page.goto("/easy-read/ask-for-an-advocate#sheet");
  await page.emulateMedia({ media: "print" });
  const whole = await PDFDocument.load(await page.pdf({ format: "A4", printBackground: true }));
  expect(whole.getPageCount()).toBe(1);
  await expect(page.locator(".ask-sheet")).toBeVisible();
  for (const other of ["h1", ".page-info", ".er-point:not(.ask-sheet .er-point)"]) {
    await expect(page.locator(other).first(), `${other} prints with the sheet`).toBeHidden();
  }
  await context.close();
});

test("the ask sheet fits a 320px screen with no sideways scrolling (readers' review M8)", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await page.goto("/easy-read/ask-for-an-advocate");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const sheet = await page.locator(".ask-sheet").boundingBox();
  for (const blank of await page.locator(".ask-sheet .blank").all()) {
    const box = (await blank.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(sheet!.x + sheet!.width);
  }
  await context.close();
});
