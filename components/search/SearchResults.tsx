import type { SearchHit } from "@/lib/search/engine";
import { nationList } from "@/lib/nations";
import { RESULTS_PER_PAGE } from "@/lib/search/engine";
import { searchHref } from "@/lib/search/query";
import { Pagination } from "./Pagination";

interface Props {
  q: string;
  total: number;
  page: number;
  pageCount: number;
  hits: SearchHit[];
  allWords: boolean;
}

/** A count, then each result (title link, nations, a snippet with matches marked), then pages. */
export function SearchResults({ q, total, page, pageCount, hits, allWords }: Props) {
  const first = (page - 1) * RESULTS_PER_PAGE + 1;
  return (
    <>
      <p className="search-count" role="status">
        {total === 1 ? "1 result" : `${total} results`} for &lsquo;{q}&rsquo;
        {pageCount > 1 && `: page ${page} of ${pageCount}, results ${first} to ${first + hits.length - 1}`}
        {!allWords && ". No page has all of your words: these pages have some of them."}
      </p>
      <ol className="search-results" start={first}>
        {hits.map((hit) => (
          <li key={hit.href} className="search-results__item">
            <h2 className="search-results__title">
              <a href={hit.href}>{hit.title}</a>
            </h2>
            <p className="search-results__nations">Applies to {nationList(hit.nations)}</p>
            <p className="search-results__snippet">
              {/* React escapes every part; matched words become <mark> elements, never HTML strings. */}
              {hit.snippet.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : part.text))}
            </p>
          </li>
        ))}
      </ol>
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => searchHref(q, n)} />
    </>
  );
}
