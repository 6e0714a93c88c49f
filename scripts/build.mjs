// npm run build: `next build`, then the search index, then the review-date report. Each MDX page
// is compiled once: next build's workers leave their output in CONTENT_COMPILE_CACHE (a folder
// emptied here first) and the later steps read it (see lib/content/loader.ts).
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const cache = path.resolve(".next", "cache", "content");
rmSync(cache, { recursive: true, force: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CONTENT_COMPILE_CACHE: cache };
const node = (...args) => execFileSync(process.execPath, args, { stdio: "inherit", env });

node(createRequire(import.meta.url).resolve("next/dist/bin/next"), "build");
node("scripts/run-ts.mjs", "scripts/build-search-index.ts");
node("scripts/run-ts.mjs", "scripts/content-due.ts", "--overdue");
