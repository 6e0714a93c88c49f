// Run by `npm run build` after `next build` (through scripts/run-ts.mjs): compiles every MDX page
// once and writes the search index where the search page reads it.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getAllPages, SEARCH_INDEX_FILE } from "../lib/content/loader";
import { toSearchDocument } from "../lib/search/documents";
import { createSearchIndex, serializeSearchIndex } from "../lib/search/engine";
import { missingContactWarning, OPERATOR_CONTACT } from "../lib/operator-contact";

const started = performance.now();
const pages = await getAllPages();
const json = JSON.stringify(serializeSearchIndex(createSearchIndex(pages.map(toSearchDocument))));
mkdirSync(path.dirname(SEARCH_INDEX_FILE), { recursive: true });
writeFileSync(SEARCH_INDEX_FILE, json);
const ms = Math.round(performance.now() - started);
console.log(`Search index: ${pages.length} pages, ${(json.length / 1024).toFixed(1)} KB, ${ms} ms -> ${path.relative(process.cwd(), SEARCH_INDEX_FILE)}`);
// Once per build, here rather than in the pages (which next build renders in several workers).
const contactWarning = missingContactWarning(OPERATOR_CONTACT);
if (contactWarning) console.warn(`Warning: ${contactWarning}`);
