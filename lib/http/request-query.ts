/** The query string as the reader sent it, without the route parameters Next.js merges in. */
export function searchParamsOf(resolvedUrl: string): URLSearchParams {
  const queryStart = resolvedUrl.indexOf("?");
  return new URLSearchParams(queryStart === -1 ? "" : resolvedUrl.slice(queryStart + 1));
}

/** Finder answers are personal: never keep a copy in any cache, shared or private. */
export const NO_STORE = "no-store";
