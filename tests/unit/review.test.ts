import { describe, expect, it } from "vitest";
import { describeDue, reviewsDue, todayIso } from "@/lib/content/review";

const page = (file: string, nextReview: string) => ({ file, frontmatter: { nextReview } });
const PAGES = [
  page("later.mdx", "2027-03-01"),
  page("soon.mdx", "2027-01-30"),
  page("edge.mdx", "2027-01-31"),
  page("today.mdx", "2026-12-01"),
  page("overdue.mdx", "2026-11-29"),
];

describe("review dates", () => {
  it("lists overdue pages and those due within the window, soonest first", () => {
    const due = reviewsDue(PAGES, "2026-12-01", 60);
    expect(due.map((d) => [d.file, d.daysLeft])).toEqual([
      ["overdue.mdx", -2],
      ["today.mdx", 0],
      ["soon.mdx", 60],
    ]);
  });

  it("with a window of -1 keeps only pages whose review date has passed (what the build warns about)", () => {
    expect(reviewsDue(PAGES, "2026-12-01", -1).map((d) => d.file)).toEqual(["overdue.mdx"]);
    expect(reviewsDue(PAGES, "2026-11-29", -1)).toEqual([]);
  });

  it("says how overdue or how near each page is", () => {
    const [overdue, today, soon] = reviewsDue(PAGES, "2026-12-01", 60);
    expect(describeDue(overdue!)).toBe("overdue.mdx: review overdue since 2026-11-29 (2 days ago)");
    expect(describeDue(today!)).toBe("today.mdx: review due today (2026-12-01)");
    expect(describeDue(soon!)).toBe("soon.mdx: review due 2027-01-30 (in 60 days)");
  });

  it("takes today in UTC", () => {
    expect(todayIso(new Date("2026-12-01T23:30:00-05:00"))).toBe("2026-12-02");
  });
});
