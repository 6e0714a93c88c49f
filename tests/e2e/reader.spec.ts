import { expect, test, type Page } from "@playwright/test";
import { APP_ROUTES } from "../../lib/routes";
import { UNLISTED_PATHS, sitemapPaths } from "./support";

/**
 * What a reader on a small phone or a keyboard meets: no sideways scrolling at 320px, a focus
 * indicator they can see and read, a header that fits, and a way to report a problem.
 * JavaScript is off (or the site's scripts blocked) throughout, as many readers have it.
 */

const PHONE = { width: 320, height: 568 };
const DESKTOP = { width: 1280, height: 900 };

test("no page scrolls sideways at 320px, and every guidance page offers Report a problem", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const sitemap = await sitemapPaths(request);
  const guidance = sitemap.filter((path) => path !== "/contact" && !APP_ROUTES.some((route) => route.href === path));
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  const tooWide: string[] = [];
  for (const path of [...sitemap, ...UNLISTED_PATHS, "/search?q=care&page=2"]) {
    await page.goto(path);
    const { scrollWidth, clientWidth } = await page.evaluate(() => document.documentElement);
    if (scrollWidth > clientWidth) tooWide.push(`${path}: ${scrollWidth}px`);
    if (guidance.includes(path)) {
      await expect(page.getByRole("link", { name: "Report a problem with this page" }), path).toHaveAttribute("href", `/contact?page=${encodeURIComponent(path)}`);
    }
  }
  expect(tooWide).toEqual([]);
  await context.close();
});

interface Focused {
  label: string;
  region: string;
  ratio: number | null;
  indicator: boolean;
}

/** Runs in the page: the focused element's text contrast and whether it looks different from unfocused. */
function describeFocus(unfocused: Record<string, string>): Focused | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const parse = (colour: string) => {
    const parts = colour.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
    return { r: parts[0]!, g: parts[1]!, b: parts[2]!, a: parts[3] ?? 1 };
  };
  const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
    const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  let background = { r: 255, g: 255, b: 255, a: 1 };
  for (let node: HTMLElement | null = el; node; node = node.parentElement) {
    const colour = parse(getComputedStyle(node).backgroundColor);
    if (colour.a > 0) {
      background = colour;
      break;
    }
  }
  const style = getComputedStyle(el);
  const hasText = (el.innerText ?? "").trim() !== "" || (el instanceof HTMLInputElement && el.type !== "radio" && el.type !== "checkbox");
  const [light, dark] = [luminance(parse(style.color)), luminance(background)].sort((a, b) => b - a);
  const looks = (s: CSSStyleDeclaration) => [s.backgroundColor, s.color, s.boxShadow, s.outlineStyle === "none" ? "none" : `${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}`, s.borderWidth].join("|");
  const key = el.id || el.getAttribute("href") || el.textContent?.trim() || el.tagName;
  const outlineShows = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 && parse(style.outlineColor).a > 0;
  return {
    label: `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40) || el.id}"`,
    region: el.closest("header") ? "header" : el.closest("footer") ? "footer" : el.closest("main") ? "main" : "other",
    ratio: hasText ? Math.round(((light! + 0.05) / (dark! + 0.05)) * 100) / 100 : null,
    indicator: outlineShows || style.boxShadow !== "none" ? looks(style) !== unfocused[key] : false,
  };
}

/** Every element the Tab key can reach, with how it looks unfocused, keyed as describeFocus keys it. */
function unfocusedLooks(): { count: number; looks: Record<string, string> } {
  const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])";
  const visible = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden");
  const looks: Record<string, string> = {};
  for (const el of visible) {
    const s = getComputedStyle(el);
    const key = el.id || el.getAttribute("href") || el.textContent?.trim() || el.tagName;
    looks[key] = [s.backgroundColor, s.color, s.boxShadow, s.outlineStyle === "none" ? "none" : `${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}`, s.borderWidth].join("|");
  }
  return { count: visible.length, looks };
}

/** Tabs through the whole page (opening the Menu on the way), describing each focused element. */
async function tabThrough(page: Page): Promise<Focused[]> {
  const { count, looks } = await page.evaluate(unfocusedLooks);
  const seen: Focused[] = [];
  for (let step = 0; step < count + 20; step++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(describeFocus, looks);
    if (!focused) break;
    if (seen.length > 0 && focused.label === seen[0]!.label) break; // wrapped round to the start
    seen.push(focused);
    const opensMenu = await page.evaluate(() => document.activeElement?.tagName === "SUMMARY" && !(document.activeElement.parentElement as HTMLDetailsElement).open);
    if (opensMenu) await page.keyboard.press("Enter");
  }
  return seen;
}

const FOCUS_SAMPLE = [
  "/",
  "/your-rights/imha-england",
  "/letters/imha-england",
  "/organisations",
  "/contact",
  "/search?q=care&page=2",
  "/find-advocacy/nation",
];

test("keyboard focus on every element of a sample of pages is visible and readable (4.5:1), on a phone and a desktop", async ({ browser }) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  let checked = 0;
  for (const viewport of [PHONE, DESKTOP]) {
    const context = await browser.newContext({ viewport });
    await context.route("**/*.js", (route) => route.abort());
    const page = await context.newPage();
    for (const path of FOCUS_SAMPLE) {
      await page.goto(path);
      const focused = await tabThrough(page);
      expect(new Set(focused.map((f) => f.region)), `${path} at ${viewport.width}px`).toEqual(new Set(["other", "header", "main", "footer"]));
      for (const f of focused) {
        checked += 1;
        if (f.ratio !== null && f.ratio < 4.5) problems.push(`${path} ${viewport.width}px ${f.label}: ${f.ratio}:1`);
        if (!f.indicator) problems.push(`${path} ${viewport.width}px ${f.label}: no visible focus indicator`);
      }
    }
    await context.close();
  }
  expect(checked).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});

test("on a phone the header fits: site name, search and a Menu that opens without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Which advocate?" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Search" })).toBeInViewport();
  // The finder's start button is on the first screen of a 320 x 568 phone.
  const start = page.locator("main .button--start");
  await expect(start).toHaveAttribute("href", "/find-advocacy");
  const box = (await start.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
  await page.getByText("Menu", { exact: true }).click();
  for (const name of ["What is advocacy?", "Your rights", "Which advocate?", "Find an advocate", "Letters", "Easy Read"]) {
    await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await context.close();
});

test("on a desktop the sections sit in one row and the Menu is not shown", async ({ browser }) => {
  const context = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/your-rights/imha-england");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(page.getByText("Menu", { exact: true })).toBeHidden();
  const tops = await nav.locator(".site-nav__bar a").evaluateAll((links) => links.map((a) => a.getBoundingClientRect().top));
  expect(tops.length).toBe(6);
  expect(new Set(tops).size).toBe(1);
  await expect(nav.getByRole("link", { name: "Your rights" })).toHaveAttribute("aria-current", "page");
  await context.close();
});

test("/contact says plainly that this copy has no contact set up when none is set", async ({ page }) => {
  // The e2e server runs without SITE_CONTACT_EMAIL or SITE_CONTACT_URL; the set case is unit-tested.
  for (const path of ["/contact", "/about", "/accessibility"]) {
    await page.goto(path);
    await expect(page.locator("main .operator-contact"), path).toContainText("This copy of the site has no contact set up.");
  }
  await page.goto("/contact?page=%2Fyour-rights%2Fimha-england");
  await expect(page.locator("h1")).toHaveText("Contact and report a problem");
  await expect(page.getByRole("link", { name: "Report a problem with this page" })).toHaveCount(0);
});

test("search results come in pages with GOV.UK pagination and one search box", async ({ page }) => {
  await page.goto("/search?q=care");
  await expect(page.locator("input[type=search]")).toHaveCount(1);
  const pagination = page.getByRole("navigation", { name: "Pages of results" });
  await expect(pagination.getByRole("link", { name: "Page 1" })).toHaveAttribute("aria-current", "page");
  await pagination.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/\/search\?q=care&page=2$/);
  await expect(page.getByRole("status")).toContainText("page 2 of");
  await expect(page.locator(".search-results")).toHaveAttribute("start", "11");
  await expect(pagination.getByRole("link", { name: "Previous page" })).toHaveAttribute("href", "/search?q=care");
  const response = await page.goto("/search?q=care&page=x");
  expect(response?.status()).toBe(400);
  await expect(page.locator(".error-summary")).toContainText("The page of results must be a whole number");
});

test("everyday words find the page that is about them", async ({ page }) => {
  await page.goto("/search?q=sectioned");
  await expect(page.locator(".search-results__title a").first()).toHaveAttribute("href", "/your-rights/imha-england");
  await page.goto("/search?q=tribunal");
  await expect(page.locator(".search-results__item")).not.toHaveCount(0);
});
