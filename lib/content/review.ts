/** Review dates: which pages are due for review. Pure, so tests can pass a fixed "today". */

/** How far ahead `npm run content:due` looks. */
export const DUE_WITHIN_DAYS = 60;

const DAY_MS = 86_400_000;

export interface ReviewDue {
  file: string;
  nextReview: string;
  /** Days from today to nextReview: 0 is today, negative is overdue. */
  daysLeft: number;
}

/** Pages whose nextReview is at most `withinDays` after today (overdue ones included), soonest first. */
export function reviewsDue(pages: { file: string; frontmatter: { nextReview: string } }[], today: string, withinDays: number): ReviewDue[] {
  return pages
    .map(({ file, frontmatter: { nextReview } }) => ({ file, nextReview, daysLeft: (Date.parse(nextReview) - Date.parse(today)) / DAY_MS }))
    .filter((page) => page.daysLeft <= withinDays)
    .sort((a, b) => a.daysLeft - b.daysLeft || a.file.localeCompare(b.file));
}

export function describeDue({ file, nextReview, daysLeft }: ReviewDue): string {
  if (daysLeft < 0) return `${file}: review overdue since ${nextReview} (${-daysLeft} day${daysLeft === -1 ? "" : "s"} ago)`;
  if (daysLeft === 0) return `${file}: review due today (${nextReview})`;
  return `${file}: review due ${nextReview} (in ${daysLeft} day${daysLeft === 1 ? "" : "s"})`;
}

/** Today's date in UTC as YYYY-MM-DD, the form frontmatter dates take. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
