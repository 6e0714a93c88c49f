/** The query string as the reader sent it, without the route parameters Next.js merges in. */
export function searchParamsOf(resolvedUrl: string): URLSearchParams {
  const queryStart = resolvedUrl.indexOf("?");
  return new URLSearchParams(queryStart === -1 ? "" : resolvedUrl.slice(queryStart + 1));
}
