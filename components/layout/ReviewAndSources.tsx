import { formatDate } from "@/lib/dates";
import type { Source } from "@/lib/content/frontmatter";

interface Props {
  lastReviewed: string;
  nextReview: string;
  sources: Source[];
  /**
   * Easy Read pages fold the sources into a "Where we found this" box that a supporter can open:
   * full titles of Acts are for them, not for the Easy Read reader. Print shows them (easy-read.css).
   */
  fold?: boolean;
}

/** Shown near the end of the content, where readers and printers see it. */
export function ReviewAndSources({ lastReviewed, nextReview, sources, fold = false }: Props) {
  return (
    <section aria-labelledby="page-info-heading" className="page-info">
      <h2 id="page-info-heading">About this page</h2>
      <dl>
        <div>
          <dt>Last reviewed</dt>
          <dd>
            <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
          </dd>
        </div>
        <div>
          <dt>Next review due</dt>
          <dd>
            <time dateTime={nextReview}>{formatDate(nextReview)}</time>
          </dd>
        </div>
      </dl>
      {sources.length > 0 && !fold && (
        <>
          <h3>Sources</h3>
          <SourceList sources={sources} />
        </>
      )}
      {sources.length > 0 && fold && (
        <details className="sources-fold">
          <summary>Sources: where we found this</summary>
          <SourceList sources={sources} />
        </details>
      )}
    </section>
  );
}

function SourceList({ sources }: { sources: Source[] }) {
  return (
    <ul className="sources">
      {sources.map((source) => (
        <li key={source.url}>
          <a href={source.url}>{source.title}</a>
        </li>
      ))}
    </ul>
  );
}
