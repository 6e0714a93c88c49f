// Gzipped weight of each page type: the HTML plus every stylesheet and script it loads.
import { gzipSync } from "node:zlib";
import { PAGE_TYPES } from "./support/pages.mjs";

export const BUDGET_KB = 30;

const gzipKb = (text) => gzipSync(Buffer.from(text)).length / 1024;

async function assetsOf(baseUrl, html) {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  const cssAlt = [...html.matchAll(/<link[^>]+href="([^"]+\.css)"[^>]*>/g)].map((m) => m[1]);
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const unique = (list) => [...new Set(list)];
  const fetchAll = (urls) => Promise.all(unique(urls).map(async (url) => gzipKb(await (await fetch(new URL(url, baseUrl))).text())));
  const sum = (list) => list.reduce((a, b) => a + b, 0);
  return { css: sum(await fetchAll([...css, ...cssAlt])), js: sum(await fetchAll(js)) };
}

export async function measureWeights(baseUrl) {
  const rows = [];
  for (const { name, path } of PAGE_TYPES) {
    const html = await (await fetch(new URL(path, baseUrl))).text();
    const { css, js } = await assetsOf(baseUrl, html);
    const htmlKb = gzipKb(html);
    const total = htmlKb + css + js;
    rows.push({ name, html: htmlKb, css, js, total, ok: total <= BUDGET_KB });
  }
  return rows;
}

export function printWeights(rows) {
  console.log(`\n## Page weight, gzipped (budget ${BUDGET_KB} KB each)`);
  console.log("page type        |  HTML KB |  CSS KB |  JS KB | total KB | budget");
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(16)} | ${r.html.toFixed(1).padStart(8)} | ${r.css.toFixed(1).padStart(7)} | ${r.js.toFixed(1).padStart(6)} | ${r.total.toFixed(1).padStart(8)} | ${r.ok ? "within" : "OVER"}`,
    );
  }
}
