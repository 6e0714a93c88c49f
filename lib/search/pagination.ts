/** One entry in a GOV.UK pagination list: a page number, or a gap shown as an ellipsis. */
export type PaginationItem = { kind: "page"; page: number; current: boolean } | { kind: "gap" };

/**
 * GOV.UK's pattern: the first and last pages, the current one and its neighbours; gaps between
 * them become an ellipsis. Nothing for a single page.
 */
export function paginationItems(current: number, pageCount: number): PaginationItem[] {
  if (pageCount < 2) return [];
  const shown = [...new Set([1, current - 1, current, current + 1, pageCount])].filter((page) => page >= 1 && page <= pageCount).sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  shown.forEach((page, index) => {
    if (index > 0 && page - shown[index - 1]! > 1) items.push({ kind: "gap" });
    items.push({ kind: "page", page, current: page === current });
  });
  return items;
}
