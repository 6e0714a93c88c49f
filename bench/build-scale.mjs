// Build time as the site grows: copies the project (without node_modules, .next, .git or the
// lockfile) into .bench-build/ inside the project, adds N generated MDX pages and times
// `npm run build`. Inside the project, not /tmp with a node_modules symlink: Turbopack refuses
// packages that resolve outside its root, and without a lockfile in the copy its root is this
// project, whose node_modules the copy then finds by walking up.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const SKIP = new Set(["node_modules", ".next", ".git", "test-results", "playwright-report", "bench-results", ".bench-build", "package-lock.json"]);

function page(i) {
  const para = `Independent advocacy helps you say what you want, understand your rights and take part in decisions about your care. This generated page ${i} exists to measure how the build grows.`;
  return `---
title: "Generated page ${i}"
description: "A generated page for measuring how the build time grows with the number of pages."
nations: [england, wales]
lastReviewed: 2026-11-01
nextReview: 2027-05-01
summary:
  - "An advocate helps you speak up."
  - "You may have a legal right to one."
  - "Ask the council or the NHS."
---

## What an advocate does ${i}

${para}

## When you might need one

${para}

- You are in hospital under the Mental Health Act.
- The council is assessing your care and support needs.
- You want to complain about NHS care.

## How to get one

${para}
`;
}

export function timeBuild(root, count) {
  mkdirSync(path.join(root, ".bench-build"), { recursive: true });
  const dir = mkdtempSync(path.join(root, ".bench-build", `pages-${count}-`));
  try {
    for (const entry of readdirSync(root)) {
      if (!SKIP.has(entry)) cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
    }
    const generated = path.join(dir, "content", "pages", "generated");
    mkdirSync(generated, { recursive: true });
    for (let i = 1; i <= count; i++) writeFileSync(path.join(generated, `page-${i}.mdx`), page(i));
    const started = Date.now();
    const output = execFileSync("npm", ["run", "build"], { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 40 * 60_000 });
    const seconds = (Date.now() - started) / 1000;
    const indexLine = output.match(/Search index: .*$/m)?.[0] ?? "";
    const indexMs = Number(indexLine.match(/, (\d+) ms/)?.[1] ?? NaN);
    return { added: count, seconds, indexSeconds: indexMs / 1000, indexLine };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printBuildScale(rows, basePages) {
  console.log("\n## Build time (npm run build: next build + search index), in a copy of the project");
  console.log("MDX pages        | build s | of which search index s | s per added page vs 0 added");
  const base = rows.find((r) => r.added === 0);
  for (const r of rows) {
    const per = base && r.added ? ((r.seconds - base.seconds) / r.added).toFixed(3) : "-";
    console.log(`${String(basePages + r.added).padStart(5)} (+${String(r.added).padEnd(5)}) | ${r.seconds.toFixed(1).padStart(7)} | ${r.indexSeconds.toFixed(1).padStart(23)} | ${per}`);
  }
}
