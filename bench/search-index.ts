// How long the search index takes to get ready each way, and to answer a query.
// Run with: node scripts/run-ts.mjs bench/search-index.ts (after npm run build)
import { getAllPages, readSearchIndexFile } from "../lib/content/loader";
import { toSearchDocument } from "../lib/search/documents";
import { createSearchIndex, loadSearchIndex, searchSite, type SerializedSearchIndex } from "../lib/search/engine";

let t = performance.now();
const fromFile = loadSearchIndex(readSearchIndexFile() as SerializedSearchIndex);
const loadMs = performance.now() - t;

t = performance.now();
const pages = await getAllPages();
const compileMs = performance.now() - t;
t = performance.now();
createSearchIndex(pages.map(toSearchDocument));
const indexMs = performance.now() - t;

const queries = ["care act", "mental helth", "imca", "advocate for my mum in hospital", "zzqqxx", "a".repeat(100)];
t = performance.now();
const rounds = 200;
for (let i = 0; i < rounds; i++) for (const q of queries) searchSite(fromFile, q);
const queryMs = (performance.now() - t) / (rounds * queries.length);

console.log(`Search index for ${pages.length} pages: load from file ${loadMs.toFixed(0)} ms; lazy build = compile pages ${compileMs.toFixed(0)} ms + index ${indexMs.toFixed(0)} ms; one query ${queryMs.toFixed(2)} ms on average`);
