import { describe, expect, it } from "vitest";
import { paginationItems } from "@/lib/search/pagination";

const show = (current: number, count: number) =>
  paginationItems(current, count)
    .map((item) => (item.kind === "gap" ? "…" : item.current ? `[${item.page}]` : String(item.page)))
    .join(" ");

describe("paginationItems", () => {
  it("shows nothing for one page", () => {
    expect(paginationItems(1, 1)).toEqual([]);
    expect(paginationItems(1, 0)).toEqual([]);
  });

  it("shows the first, last, current and neighbouring pages, with gaps", () => {
    expect(show(1, 2)).toBe("[1] 2");
    expect(show(1, 5)).toBe("[1] 2 … 5");
    expect(show(3, 5)).toBe("1 2 [3] 4 5");
    expect(show(5, 9)).toBe("1 … 4 [5] 6 … 9");
    expect(show(9, 9)).toBe("1 … 8 [9]");
  });
});
