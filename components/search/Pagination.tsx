import { paginationItems } from "@/lib/search/pagination";

interface Props {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}

function Arrow({ direction }: { direction: "prev" | "next" }) {
  const d = direction === "prev" ? "m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" : "m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z";
  return (
    <svg className="pagination__icon" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
      <path d={d} fill="currentColor" />
    </svg>
  );
}

/** GOV.UK pagination: Previous, numbered pages with gaps, Next; plain links, no JavaScript. */
export function Pagination({ page, pageCount, hrefFor }: Props) {
  const items = paginationItems(page, pageCount);
  if (items.length === 0) return null;
  return (
    <nav className="pagination" aria-label="Pages of results">
      {page > 1 && (
        <div className="pagination__prev">
          <a className="pagination__link" href={hrefFor(page - 1)} rel="prev">
            <Arrow direction="prev" />
            <span className="pagination__link-title">
              Previous<span className="visually-hidden"> page</span>
            </span>
          </a>
        </div>
      )}
      <ul className="pagination__list">
        {items.map((item, index) =>
          item.kind === "gap" ? (
            <li key={`gap-${index}`} className="pagination__item pagination__item--ellipses">
              ⋯
            </li>
          ) : (
            <li key={item.page} className={item.current ? "pagination__item pagination__item--current" : "pagination__item"}>
              <a className="pagination__link" href={hrefFor(item.page)} aria-label={`Page ${item.page}`} aria-current={item.current ? "page" : undefined}>
                {item.page}
              </a>
            </li>
          ),
        )}
      </ul>
      {page < pageCount && (
        <div className="pagination__next">
          <a className="pagination__link" href={hrefFor(page + 1)} rel="next">
            <span className="pagination__link-title">
              Next<span className="visually-hidden"> page</span>
            </span>
            <Arrow direction="next" />
          </a>
        </div>
      )}
    </nav>
  );
}
