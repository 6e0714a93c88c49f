import type { SearchHit } from "@/lib/search/engine";
import { nationList } from "@/lib/nations";

interface Props {
  q: string;
  total: number;
  hits: SearchHit[];
  allWords: boolean;
}

/** A count, then each result: title link, the nations it covers, a snippet with matches marked. */
export function SearchResults({ q, total, hits, allWords }: Props) {
  return (
    <>
      <p className="search-count" role="status">
        {total === 1 ? "1 result" : `${total} results`} for &lsquo;{q}&rsquo;
        {total > hits.length && `, showing the best ${hits.length}`}
        {!allWords && ". No page has all of your words: these pages have some of them."}
      </p>
      <ol className="search-results">
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
    </>
  );
}
