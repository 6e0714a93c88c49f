// npm run finder:table: writes the finder's decision table (every path and its results) to
// docs/finder-decision-table.md. Commit the result; a unit test checks it is up to date.
// An optional argument writes elsewhere (node scripts/run-ts.mjs scripts/finder-decision-table.ts out.md).
import { writeFileSync } from "node:fs";
import { DECISION_TABLE_FILE, renderDecisionTable } from "../lib/finder/rules/decision-table";
import { allAnswers } from "../tests/support/finder-paths";

// argv: node, scripts/run-ts.mjs, this script, [output]
const out = process.argv[3] ?? DECISION_TABLE_FILE;
writeFileSync(out, renderDecisionTable(allAnswers()));
console.log(`Finder decision table -> ${out}`);
