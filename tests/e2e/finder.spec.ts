import { expect, test, type Page } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { nextQuestion } from "../../lib/finder/flow";
import { QUESTIONS, type Answers } from "../../lib/finder/questions";
import { allPaths, type Step } from "../support/finder-paths";

const RESULT = "/find-advocacy/result";
const DETAINED = "nation=england&topic=mental-health&mha=detained";

test.use({ javaScriptEnabled: false });

async function answer(page: Page, [question, value]: Step) {
  await expect(page, `asking ${question}`).toHaveURL(new RegExp(`/find-advocacy/${question}(\\?|$)`));
  await page.locator(`input[name="${question}"][value="${value}"]`).check();
  await page.getByRole("button", { name: "Continue" }).click();
}

/**
 * Depth first from the current question: every option is chosen by clicking, so every path is
 * walked; siblings start again from their question's address, as the Back button would.
 * Returns the number of results reached.
 */
async function walk(page: Page, answers: Answers, trail: Step[]): Promise<number> {
  const question = nextQuestion(answers);
  if (!question) {
    await expect(page, trail.join(" > ")).toHaveURL(new RegExp(`${RESULT}\\?`));
    await expect(page.locator("h1")).toContainText("Based on your answers");
    await expect(page.locator(".result").first()).toBeVisible();
    const url = new URL(page.url());
    for (const [id, value] of trail) expect(url.searchParams.get(id), trail.join(" > ")).toBe(value);
    return 1;
  }
  const here = page.url();
  let results = 0;
  for (const option of QUESTIONS[question].options) {
    if (page.url() !== here) await page.goto(here);
    const step: Step = [question, option.value];
    await answer(page, step);
    results += await walk(page, { ...answers, [question]: option.value } as Answers, [...trail, step]);
  }
  return results;
}

// One test per nation and topic, so the walk spreads across workers.
const groups = new Map<string, number>();
for (const path of allPaths()) {
  const name = `${path[0]![1]}/${path[1]![1]}`;
  groups.set(name, (groups.get(name) ?? 0) + 1);
}

test("the question graph has paths for every nation and topic", () => {
  expect(groups.size).toBe(4 * 8);
});

for (const [name, pathCount] of groups) {
  test(`every path reaches a result with JavaScript off: ${name} (${pathCount} paths)`, async ({ page }) => {
    test.setTimeout(180_000);
    const [nation, topic] = name.split("/") as [string, string];
    await page.goto("/find-advocacy");
    await page.getByRole("link", { name: "Start now" }).click();
    await answer(page, ["nation", nation]);
    await answer(page, ["topic", topic]);
    const answers = { nation, topic } as Answers;
    expect(await walk(page, answers, [["nation", nation], ["topic", topic]])).toBe(pathCount);
  });
}

test("Continue without choosing shows the GOV.UK error pattern", async ({ page }) => {
  await page.goto("/find-advocacy/topic?nation=wales");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  const summary = page.locator(".error-summary");
  await expect(summary).toContainText("There is a problem");
  await expect(summary.locator("a")).toHaveAttribute("href", "#topic");
  await expect(page.locator("#topic")).toHaveAttribute("name", "topic");
  await expect(page.locator(".error-message")).toBeVisible();
  await expect(page.locator("fieldset")).toHaveAttribute("aria-describedby", /topic-error/);
  expect(new URL(page.url()).searchParams.get("nation")).toBe("wales");
});

test("Change links keep the other answers", async ({ page }) => {
  const answers = "nation=england&topic=capacity&decision=serious-treatment&capacity=lacks&support=paid-only";
  await page.goto(`${RESULT}?${answers}`);
  await page.locator(".answer-summary a[href^='/find-advocacy/support?']").click();
  await expect(page).toHaveURL(/\/find-advocacy\/support\?/);
  await expect(page.locator('input[name="support"][value="paid-only"]')).toBeChecked();
  await page.locator('input[name="support"][value="unpaid"]').check();
  await page.getByRole("button", { name: "Continue" }).click();
  const url = new URL(page.url());
  expect(url.pathname).toBe(RESULT);
  expect(url.searchParams.get("nation")).toBe("england");
  expect(url.searchParams.get("decision")).toBe("serious-treatment");
  expect(url.searchParams.get("capacity")).toBe("lacks");
  expect(url.searchParams.get("support")).toBe("unpaid");
});

test("changing an early answer drops the answers that no longer apply", async ({ page }) => {
  await page.goto(`/find-advocacy/topic?${DETAINED}`);
  await page.locator('input[name="topic"][value="nhs-complaint"]').check();
  await page.getByRole("button", { name: "Continue" }).click();
  const url = new URL(page.url());
  expect(url.pathname).toBe(RESULT);
  expect(url.searchParams.has("mha")).toBe(false);
});

test("Start again goes back to the start page", async ({ page }) => {
  await page.goto(`${RESULT}?${DETAINED}`);
  await page.getByRole("link", { name: "Start again" }).click();
  await expect(page).toHaveURL(/\/find-advocacy$/);
});

test("an unknown answer in the address gets a clear message, not a crash", async ({ page }) => {
  const response = await page.goto("/find-advocacy/topic?nation=atlantis");
  expect(response?.status()).toBe(400);
  await expect(page.locator("h1")).toHaveText("There is a problem with this web address");
  await expect(page.getByRole("link", { name: /Start the advocacy finder again/ })).toBeVisible();
});

test("question and result pages are noindex and keep answers out of caches and referrers", async ({ page }) => {
  for (const path of ["/find-advocacy/nation", `${RESULT}?${DETAINED}`]) {
    const response = await page.goto(path);
    expect(response?.headers()["cache-control"], path).toBe("no-store");
    expect(response?.headers()["referrer-policy"], path).toBe("no-referrer");
    await expect(page.locator("meta[name=robots]"), path).toHaveAttribute("content", /noindex/);
  }
});

test("the result page names the law, who arranges it, what to say and whom to contact", async ({ page }) => {
  await page.goto(`${RESULT}?${DETAINED}`);
  const imha = page.locator(".result").filter({ hasText: "Independent Mental Health Advocate" }).first();
  await expect(imha.locator("a[href^='https://www.legislation.gov.uk/']")).toBeVisible();
  await expect(imha).toContainText("Who arranges it");
  await expect(imha.locator(".how-to-ask")).toBeVisible();
  await expect(imha).toContainText("Who to contact");
  await expect(page.locator(".result-date time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
});

test("a result prints on at most two A4 pages with the answers and link addresses showing", async ({ page }) => {
  const longest = ["nation=england&topic=safeguarding&capacity=not-sure&support=none&difficulty=not-sure", `${DETAINED}`];
  for (const query of longest) {
    await page.goto(`${RESULT}?${query}`);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.locator(".answer-summary dl")).toBeVisible();
    const pdf = await PDFDocument.load(await page.pdf({ format: "A4" }));
    expect(pdf.getPageCount(), query).toBeLessThanOrEqual(2);
  }
});

test.describe("JSON API", () => {
  test("answers a complete query in the contract's shape", async ({ request }) => {
    const response = await request.get(`/api/finder?${DETAINED}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["answers", "complete", "next", "organisations", "results"]);
    expect(body.complete).toBe(true);
    expect(body.next).toBeNull();
    expect(Object.keys(body.results[0]).sort()).toEqual(["arrangedBy", "basis", "condition", "strength", "summary", "title", "type"]);
    expect(Object.keys(body.organisations[0]).sort()).toEqual(["id", "name", "url"]);
  });

  test("names the next question while the path is incomplete", async ({ request }) => {
    const body = await (await request.get("/api/finder?nation=england")).json();
    expect(body).toMatchObject({ complete: false, next: "topic" });
  });

  test("gives 400 with the question and a plain message for a value outside the list", async ({ request }) => {
    const response = await request.get("/api/finder?nation=england&topic=holidays");
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.error.question).toBe("topic");
    expect(body.error.message).toEqual(expect.any(String));
  });

  test("refuses an address too long for the server with a 4xx, not a 5xx", async ({ request }) => {
    const response = await request.get(`/api/finder?nation=${"x".repeat(20_000)}`);
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
  });

  test("never answers 5xx, whatever the input", async ({ request }) => {
    const garbage = [
      "",
      "nation=" + "x".repeat(8_000),
      "nation=england&nation=wales",
      "nation=england&nation=england&topic=other",
      "__proto__[nation]=england",
      "__proto__=1&constructor=2&prototype=3",
      "nation=%F0%9F%8F%B4%F3%A0%81%A7&topic=%00",
      "nation[]=england",
      "nation=england&topic=mental-health&mha=detained&unknown=1",
      "%E0%A4%A=broken",
      "nation=ENGLAND",
    ];
    for (const query of garbage) {
      const response = await request.get(`/api/finder?${query}`);
      expect(response.status(), query).toBeLessThan(500);
      expect([200, 400], query).toContain(response.status());
      await response.json();
    }
  });
});
