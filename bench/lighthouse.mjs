// Lighthouse 12 (mobile, default simulated throttling) for each page type, in Debian's Chromium.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PAGE_TYPES } from "./support/pages.mjs";

const run = promisify(execFile);
const CHROME = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function measureLighthouse(baseUrl) {
  if (!existsSync(CHROME)) {
    console.log(`  Chromium not found at ${CHROME}: install it with \`apt-get install -y chromium\` or set CHROME_PATH.`);
    return null;
  }
  const rows = [];
  for (const { name, path: pagePath } of PAGE_TYPES) {
    const dir = mkdtempSync(path.join(tmpdir(), "advocacy-lh-"));
    const out = path.join(dir, "report.json");
    const flags = [
      "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", `--user-data-dir=${dir}/profile`,
    ].join(" ");
    try {
      await run(
        "node_modules/.bin/lighthouse",
        [new URL(pagePath, baseUrl).href, "--quiet", "--output=json", `--output-path=${out}`, `--chrome-flags=${flags}`,
          "--only-categories=performance,accessibility,best-practices,seo"],
        { env: { ...process.env, CHROME_PATH: CHROME }, timeout: 120_000 },
      );
      const report = JSON.parse(readFileSync(out, "utf8"));
      const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
      rows.push({
        name,
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
        lcp: report.audits["largest-contentful-paint"].numericValue,
        tbt: report.audits["total-blocking-time"].numericValue,
      });
    } catch (error) {
      rows.push({ name, error: String(error.message ?? error).split("\n")[0] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

export function printLighthouse(rows) {
  console.log("\n## Lighthouse 12, mobile (simulated slow 4G, 4x CPU slowdown)");
  if (!rows) return console.log("  skipped: no Chromium");
  console.log("page type        | perf | a11y | best pr. | SEO |   LCP ms | TBT ms");
  for (const r of rows) {
    if (r.error) {
      console.log(`${r.name.padEnd(16)} | failed: ${r.error}`);
      continue;
    }
    console.log(
      `${r.name.padEnd(16)} | ${String(r.performance).padStart(4)} | ${String(r.accessibility).padStart(4)} | ${String(r.bestPractices).padStart(8)} | ${String(r.seo).padStart(3)} | ${r.lcp.toFixed(0).padStart(8)} | ${r.tbt.toFixed(0).padStart(6)}`,
    );
  }
  console.log("  (SEO is low on finder and search pages by design: they are noindex.)");
}
