import { expect, test, type Page } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { ASK_ORDER, questionIn } from "../../lib/finder/questions";
import { finderStep, type ResultStep } from "../../lib/finder/step";
import { RESULT_TYPES } from "../../lib/finder/types";
import { pagePaths, type Step } from "../support/finder-paths";
import { axeViolations } from "./support";

/**
 * The finder in a browser with JavaScript off. The unit tests walk every path through the
 * step function; here a few paths, chosen so that every question, every option and every
 * kind of result is met at least once, prove the forms, links and pages are wired to it.
 */

const START = "/find-advocacy";
const RESULT = "/find-advocacy/result";
const DETAINED = "nation=england&topic=mental-health&mha=detained";

test.use({ javaScriptEnabled: false });

const queryOf = (steps: Step[]) => new URLSearchParams(steps);

function resultOf(steps: Step[]): ResultStep {
  const step = finderStep(queryOf(steps), "result");
  if (step.kind !== "result") throw new Error(`not a complete path: ${queryOf(steps)}`);
  return step;
}

/** Greedy cover: paths until every (question, option) and every result type has been met. */
function coveringPaths(): Step[][] {
  const all = pagePaths();
  const featuresOf = (steps: Step[]) =>
    new Set([...steps.map(([id, value]) => `${id}=${value}`), ...resultOf(steps).results.map((r) => `type:${r.type}`)]);
  const missing = new Set(all.flatMap((steps) => [...featuresOf(steps)]));
  const chosen: Step[][] = [];
  while (missing.size > 0) {
    let best = all[0]!;
    let gain = -1;
    for (const steps of all) {
      const n = [...featuresOf(steps)].filter((f) => missing.has(f)).length;
      if (n > gain) [best, gain] = [steps, n];
    }
    chosen.push(best);
    for (const f of featuresOf(best)) missing.delete(f);
  }
  return chosen;
}

const COVER = coveringPaths();

test("the chosen paths meet every question, every option and every kind of result", () => {
  const met = new Set(COVER.flatMap((steps) => steps.map(([id, value]) => `${id}=${value}`)));
  // area's options are every council: its own spec walks it.
  for (const id of ASK_ORDER.filter((id) => id !== "area")) {
    for (const option of questionIn(id, "me").options) expect(met, `${id}=${option.value}`).toContain(`${id}=${option.value}`);
  }
  const types = new Set(COVER.flatMap((steps) => resultOf(steps).results.map((r) => r.type)));
  expect([...types].sort()).toEqual([...RESULT_TYPES].sort());
  // About one path per option of the longest questions: far fewer than the 480 the unit tests walk.
  expect(COVER.length).toBeLessThanOrEqual(40);
});

/** The kinds of result on the page, in order. */
async function cardTypes(page: Page): Promise<(string | null)[]> {
  return page.locator(".result").evaluateAll((cards) => cards.map((card) => card.getAttribute("data-result-type")));
}

for (const steps of COVER) {
  const name = steps.map(([, value]) => value).join(" > ");
  test(`the forms lead to the result: ${name}`, async ({ page }) => {
    await page.goto(START);
    await page.getByRole("link", { name: "Start now" }).click();
    let previous = START;
    for (const [question, value] of steps) {
      await expect(page, `asking ${question}`).toHaveURL(new RegExp(`/find-advocacy/${question}(\\?|$)`));
      // The Back link goes to the page we came from, carrying the answers so far.
      const here = new URL(page.url());
      const back = new URL((await page.getByRole("link", { name: "Back", exact: true }).getAttribute("href")) ?? "", here);
      expect(back.pathname, `Back from ${question}`).toBe(previous);
      if (previous !== START) expect(back.search, `Back from ${question}`).toBe(here.search);
      previous = here.pathname;
      await page.locator(`input[name="${question}"][value="${value}"]`).check();
      await page.getByRole("button", { name: "Continue" }).click();
    }
    // The optional area question comes last; the reader may skip it (tests/e2e/local.spec.ts answers it).
    await expect(page).toHaveURL(/\/find-advocacy\/area\?/);
    await page.getByRole("link", { name: "Skip this question and see the answer" }).click();
    const expected = resultOf(steps);
    const url = new URL(page.url());
    expect(url.pathname).toBe(RESULT);
    for (const [id, value] of steps) expect(url.searchParams.get(id), id).toBe(value);
    await expect(page.locator("h1")).toHaveText(expected.heading);
    // Kinds of advocacy outside this nation's law are one line, not cards (issue 20 §5).
    expect(await cardTypes(page)).toEqual(expected.results.filter((r) => r.inThisNation).map((r) => r.type));
    for (const r of expected.results.filter((x) => !x.inThisNation)) await expect(page.locator(".result-elsewhere")).toContainText(r.title);
    await expect(page.locator(".answer-summary .summary-list__row")).toHaveCount(steps.length);
  });
}

test("Back links step back through the questions, keeping the answers", async ({ page }) => {
  await page.goto("/find-advocacy/topic?nation=wales&who=someone-else");
  const back = page.getByRole("link", { name: "Back", exact: true });
  // Above the question, as on GOV.UK.
  const [backY, headingY] = await Promise.all([back.boundingBox(), page.locator("h1").boundingBox()]);
  expect(backY!.y).toBeLessThan(headingY!.y);
  await back.click();
  await expect(page).toHaveURL(/\/find-advocacy\/who\?nation=wales&who=someone-else$/);
  await expect(page.locator('input[name="who"][value="someone-else"]')).toBeChecked();
  await page.getByRole("link", { name: "Back", exact: true }).click();
  await expect(page).toHaveURL(/\/find-advocacy\/nation\?/);
  await expect(page.locator('input[name="nation"][value="wales"]')).toBeChecked();
  await page.getByRole("link", { name: "Back", exact: true }).click();
  await expect(page).toHaveURL(/\/find-advocacy$/);
});

test("Continue without choosing shows the GOV.UK error pattern", async ({ page }) => {
  await page.goto("/find-advocacy/topic?nation=wales&who=someone-else");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  const summary = page.locator(".error-summary");
  await expect(summary).toContainText("There is a problem");
  await expect(summary.locator("a")).toHaveAttribute("href", "#topic");
  await expect(summary.locator("a")).toHaveText("Select what the person needs help with");
  await expect(page.locator("#topic")).toHaveAttribute("name", "topic");
  await expect(page.locator(".error-message")).toContainText("Select what the person needs help with");
  await expect(page.locator(".error-message")).not.toContainText('"');
  await expect(page.locator("fieldset")).toHaveAttribute("aria-describedby", /topic-error/);
  const url = new URL(page.url());
  expect(url.searchParams.get("nation")).toBe("wales");
  expect(url.searchParams.get("who")).toBe("someone-else");
  await page.goto("/find-advocacy/nation?answering=nation");
  await expect(page.locator(".error-summary a")).toHaveText("Select which part of the UK this is about");
});

test("Change links keep the other answers", async ({ page }) => {
  const answers = "nation=england&topic=capacity&decision=serious-treatment&capacity=lacks&support=paid-only&who=someone-else";
  await page.goto(`${RESULT}?${answers}`);
  await page.locator(".answer-summary a[href^='/find-advocacy/support?']").click();
  await expect(page).toHaveURL(/\/find-advocacy\/support\?/);
  await expect(page.locator('input[name="support"][value="paid-only"]')).toBeChecked();
  await page.locator('input[name="support"][value="unpaid"]').check();
  await page.getByRole("button", { name: "Continue" }).click();
  // The optional area question was not answered, so the pages offer it again before the result.
  await page.getByRole("link", { name: "Skip this question and see the answer" }).click();
  const url = new URL(page.url());
  expect(url.pathname).toBe(RESULT);
  expect(Object.fromEntries(url.searchParams)).toEqual({ ...Object.fromEntries(new URLSearchParams(answers)), support: "unpaid" });
});

test("changing an early answer drops the answers that no longer apply", async ({ page }) => {
  await page.goto(`/find-advocacy/topic?${DETAINED}&who=me`);
  await page.locator('input[name="topic"][value="nhs-complaint"]').check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("link", { name: "Skip this question and see the answer" }).click();
  const url = new URL(page.url());
  expect(url.pathname).toBe(RESULT);
  expect(url.searchParams.has("mha")).toBe(false);
});

test("Start again goes back to the start page", async ({ page }) => {
  await page.goto(`${RESULT}?${DETAINED}`);
  await page.getByRole("link", { name: "Start again" }).click();
  await expect(page).toHaveURL(/\/find-advocacy$/);
});

test("the start page says who the finder is for and keeps its promise about 'not sure'", async ({ page }) => {
  await page.goto(START);
  const main = page.locator("main");
  await expect(main).toContainText("16 or over");
  await expect(main).toContainText("18 or over");
  await expect(main.locator('a[href="/children-and-young-people"]')).toBeVisible();
  // The promise: some questions have "I am not sure"; the questions that do must offer it.
  await expect(main).toContainText("Some questions let you answer \u201cI am not sure\u201d");
  const notSure = ASK_ORDER.filter((id) => questionIn(id, "me").options.some((o) => o.label === "I am not sure"));
  expect(notSure.length).toBeGreaterThan(0);
  await page.goto("/find-advocacy/disorder?nation=scotland&who=me&topic=liberty");
  await expect(page.getByLabel("I am not sure")).toBeVisible();
});

test("an unknown answer in the address gets a clear message, not a crash", async ({ page }) => {
  const response = await page.goto("/find-advocacy/topic?nation=atlantis");
  expect(response?.status()).toBe(400);
  await expect(page.locator("h1")).toHaveText("There is a problem with this web address");
  await expect(page.locator(".error-summary")).toContainText("Select which part of the UK this is about");
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

test("result headings name the answer, in the reader's voice", async ({ page }) => {
  const cases: [string, string | RegExp][] = [
    [DETAINED, "You can get an Independent Mental Health Advocate (IMHA)"],
    [`${DETAINED}&who=someone-else`, "They can get an Independent Mental Health Advocate (IMHA)"],
    ["nation=england&topic=safeguarding&capacity=not-sure&support=none&difficulty=not-sure&who=someone-else", /^They may be able to get /],
    ["nation=northern-ireland&topic=safeguarding&who=someone-else", /^No law gives them an advocate for this/],
  ];
  for (const [query, heading] of cases) {
    await page.goto(`${RESULT}?${query}`);
    await expect(page.locator("h1"), query).toHaveText(heading);
    await expect(page, query).toHaveTitle(typeof heading === "string" ? new RegExp(`^${heading.replace(/[()]/g, "\\$&")}`) : heading);
  }
});

test("the result page gives numbered next steps: who to ask, what to say, which letter, what if they say no", async ({ page }) => {
  await page.goto(`${RESULT}?${DETAINED}`);
  const imha = page.locator(".result").filter({ hasText: "Independent Mental Health Advocate" }).first();
  await expect(imha.locator("a[href^='https://www.legislation.gov.uk/']")).toBeVisible();
  const steps = imha.getByRole("list", { name: "What to do next" }).locator(":scope > li");
  await expect(steps).toHaveCount(4);
  await expect(steps.nth(0)).toContainText("Who arranges it");
  await expect(steps.nth(1).locator(".how-to-ask")).toBeVisible();
  await expect(steps.nth(2).getByRole("link", { name: "Use our letter to ask" })).toHaveAttribute("href", "/letters/imha-england");
  // Issue 20 §3: who alone can arrange it, our reply letter, the complaint, then the ombudsman's section.
  await expect(steps.nth(3)).toContainText("If they say no: Only the local council can arrange it.");
  await expect(steps.nth(3).getByRole("link", { name: "Use our letter to reply" })).toHaveAttribute("href", "/letters/refused-england");
  await expect(steps.nth(3).getByRole("link", { name: "Local Government and Social Care Ombudsman" })).toHaveAttribute(
    "href",
    "/complaints-and-ombudsmen#england-social-care",
  );
  await expect(imha).toContainText("Who to contact");
  await expect(imha.getByRole("link", { name: /^Easy Read version/ })).toHaveAttribute("href", "/easy-read/imha");
  await expect(imha.getByRole("link", { name: "Mental health tribunals and solicitors" })).toHaveAttribute("href", "/mental-health-tribunals");
  await expect(page.locator(".result-date time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
});

test("readers.md T1: the Welsh daughter sees the DoLS safeguards, what she can do, and the other topics that fit", async ({ page }) => {
  const query = "nation=wales&who=someone-else&topic=capacity&decision=long-stay-move&capacity=lacks&support=unpaid";
  await page.goto(`${RESULT}?${query}`);
  const main = page.locator("main");
  await expect(page.locator(".result").filter({ hasText: "Relevant person's representative (RPR)" })).toContainText("When this applies");
  const yours = page.getByRole("region", { name: "What you can do" });
  await expect(yours).toContainText("Disagreeing with the staff does not stop you counting");
  await expect(yours.getByRole("link", { name: "Mental Capacity Act 2005, s21A" })).toHaveAttribute(
    "href",
    "https://www.legislation.gov.uk/ukpga/2005/9/section/21A",
  );
  await expect(page.getByRole("region", { name: "Other questions that may fit" }).getByRole("link")).toHaveCount(3);
  await expect(main).not.toContainText(/if they want it/);
  // The words on the card are explained where they appear.
  await expect(page.locator(".result__terms").first()).toContainText("supervisory body");
});

test("types that cannot apply in the reader's nation are one line, not cards", async ({ page }) => {
  await page.goto(`${RESULT}?nation=scotland&topic=care-support&disorder=yes&who=someone-else`);
  await expect(page.locator(".result[data-result-type='care-act']")).toHaveCount(0);
  await expect(page.locator(".result-elsewhere")).toContainText("Not part of the law in Scotland");
  await expect(page.locator(".result-elsewhere")).toContainText("Care Act advocate");
});

test("the safeguarding route names the decision it asks about", async ({ page }) => {
  await page.goto("/find-advocacy/capacity?nation=england&who=someone-else&topic=safeguarding");
  await expect(page.locator("h1")).toHaveText("Can the person decide for themselves what should be done to keep them safe?");
});

test("a printed result carries the site's name and address, not the answers, in 12pt body text", async ({ page }) => {
  await page.goto(`${RESULT}?${DETAINED}&who=someone-else`);
  await expect(page.locator(".finder-result__site")).toBeHidden();
  await page.emulateMedia({ media: "print" });
  const site = page.locator(".finder-result__site");
  await expect(site).toBeVisible();
  await expect(site).toHaveText(/^Advocacy Guide: https?:\/\/[^?]+\/find-advocacy$/);
  const size = await page.locator(".result p").first().evaluate((p) => getComputedStyle(p).fontSize);
  expect(parseFloat(size)).toBeGreaterThanOrEqual(16); // 12pt is 16 CSS px
});

test("phone numbers on results are tel: links", async ({ page }) => {
  let phones = 0;
  for (const query of [DETAINED, "nation=scotland&topic=nhs-complaint&who=someone-else", "nation=wales&topic=other&who=me"]) {
    await page.goto(`${RESULT}?${query}`);
    const text = await page.locator(".result__contacts").allInnerTexts();
    const printed = text.join(" ").match(/\b0\d{3}[\d ]{6,10}\d\b/g) ?? [];
    const linked = await page.locator(".result__contacts a[href^='tel:']").evaluateAll((as) =>
      as.map((a) => [a.getAttribute("href"), a.textContent] as const),
    );
    expect(linked.map(([, number]) => number), query).toEqual(printed);
    for (const [href, number] of linked) expect(href).toBe(`tel:+44${number?.replace(/ /g, "").slice(1)}`);
    phones += linked.length;
  }
  expect(phones).toBeGreaterThan(3);
});

test("results for someone else never say 'you have a right'", async ({ page }) => {
  // The firm rights, where the wording most often slips into the patient's voice.
  const carerResults = pagePaths()
    .filter((steps) => steps.some(([id, value]) => id === "who" && value === "someone-else"))
    .filter((steps) => resultOf(steps).results.some((r) => r.strength === "must-provide"))
    .filter((_, index) => index % 8 === 0);
  expect(carerResults.length).toBeGreaterThan(5);
  for (const steps of carerResults) {
    const query = queryOf(steps).toString();
    await page.goto(`${RESULT}?${query}`);
    await expect(page.locator("main"), query).not.toContainText(/you have a right/i);
    await expect(page.locator("main"), query).not.toContainText(/\bI have a right\b/);
  }
});

/** The results with the most text to print, measured through the step function, longest first. */
function longestResults(count: number): string[] {
  const size = (steps: Step[]) => {
    const step = resultOf(steps);
    const text = step.results.flatMap((r) => [r.summary, r.condition ?? "", r.howToAsk, r.basis, ...r.contactDetails.map((c) => c.url)]);
    return text.join(" ").length + step.results.length * 200 + step.rows.length * 80;
  };
  return pagePaths()
    .map((steps) => [size(steps), queryOf(steps).toString()] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, count)
    .map(([, query]) => query);
}

// Issue 20 §5: printed body text is now at least 12pt (it was 10.5pt, which fitted two sheets), and
// results carry the overlapping rights and "What you can do"; the longest now take five sheets.
test("a result prints on at most five A4 pages with the answers showing", async ({ page }) => {
  const queries = [...longestResults(4), `${DETAINED}&who=someone-else`, "nation=england&topic=safeguarding&capacity=not-sure&support=none&difficulty=not-sure&who=someone-else"];
  for (const query of queries) {
    await page.goto(`${RESULT}?${query}`);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.locator(".answer-summary dl")).toBeVisible();
    const pdf = await PDFDocument.load(await page.pdf({ format: "A4" }));
    expect(pdf.getPageCount(), query).toBeLessThanOrEqual(5);
  }
});

const AXE_PATHS = [
  START,
  "/find-advocacy/who?nation=england",
  "/find-advocacy/capacity?nation=england&who=someone-else&topic=capacity&decision=other",
  "/find-advocacy/topic?nation=wales&who=me&answering=topic",
  "/find-advocacy/topic?nation=atlantis",
  `${RESULT}?${DETAINED}&who=someone-else`,
  `${RESULT}?nation=scotland&topic=capacity&disorder=yes&who=someone-else`,
];

test.describe("accessibility", () => {
  // axe needs JavaScript; axeViolations blocks the site's own scripts, so pages are judged as without JS.
  test.use({ javaScriptEnabled: true });
  for (const path of AXE_PATHS) {
    test(`no WCAG 2.2 AA violations (axe): ${path}`, async ({ browser }) => {
      expect(await axeViolations(browser, path)).toEqual([]);
    });
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

  test("never names who as next, and gives the same results with or without it", async ({ request }) => {
    expect(await (await request.get("/api/finder?nation=england")).json()).toMatchObject({ complete: false, next: "topic" });
    const plain = await (await request.get(`/api/finder?${DETAINED}`)).json();
    const carer = await (await request.get(`/api/finder?${DETAINED}&who=someone-else`)).json();
    expect(carer.answers).toEqual({ ...plain.answers, who: "someone-else" });
    const kinds = (body: { results: { type: string; strength: string }[] }) => body.results.map((r) => [r.type, r.strength]);
    expect(kinds(carer)).toEqual(kinds(plain));
  });

  test("gives 400 with the question and a plain message for a value outside the list", async ({ request }) => {
    const response = await request.get("/api/finder?nation=england&topic=holidays");
    expect(response.status()).toBe(400);
    expect(await response.json()).toEqual({
      error: { question: "topic", message: "\u201cholidays\u201d is not one of the answers. Select what you need help with." },
    });
    const who = await request.get("/api/finder?nation=england&who=carer");
    expect(who.status()).toBe(400);
    expect((await who.json()).error.question).toBe("who");
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
      "who=someone-else&who=me",
    ];
    for (const query of garbage) {
      const response = await request.get(`/api/finder?${query}`);
      expect(response.status(), query).toBeLessThan(500);
      // Addresses past the server's length bound are refused before the API (decision 0008).
      if (query.length > 2_048) {
        expect(response.status(), "an over-long address").toBe(414);
        continue;
      }
      expect([200, 400], query).toContain(response.status());
      await response.json();
    }
  });
});
