// npm run content:due: the pages whose review date falls in the next 60 days, or has passed.
// With --overdue (npm run build runs it), only pages past their review date, as a warning: a
// date passing is work for an editor, never a reason for a build or CI to fail.
import { getContentIndex } from "../lib/content/loader";
import { DUE_WITHIN_DAYS, describeDue, reviewsDue, todayIso } from "../lib/content/review";

const overdueOnly = process.argv.includes("--overdue");
const today = todayIso();
const due = reviewsDue(getContentIndex(), today, overdueOnly ? -1 : DUE_WITHIN_DAYS);

if (overdueOnly) {
  if (due.length > 0) console.warn(`Warning: ${due.length} page(s) are past their review date (npm run content:due lists them all):\n${due.map((d) => `  ${describeDue(d)}`).join("\n")}`);
} else if (due.length === 0) {
  console.log(`No page is due for review in the ${DUE_WITHIN_DAYS} days from ${today}.`);
} else {
  console.log(`${due.length} page(s) due for review in the ${DUE_WITHIN_DAYS} days from ${today}:\n${due.map((d) => `  ${describeDue(d)}`).join("\n")}`);
}
