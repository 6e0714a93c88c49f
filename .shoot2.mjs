import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const context = await browser.newContext({ viewport: { width: 320, height: 700 }, javaScriptEnabled: false });
const page = await context.newPage();
await page.goto("http://127.0.0.1:3204" + process.argv[2]);
await page.screenshot({ path: "/tmp/flow-shots/crop-a.png", clip: { x: 0, y: 0, width: 320, height: 1100 }, fullPage: true });
const y = await page.locator(process.argv[3] ?? "h4").first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
await page.screenshot({ path: "/tmp/flow-shots/crop-b.png", clip: { x: 0, y: y - 20, width: 320, height: 1000 }, fullPage: true });
await browser.close();
