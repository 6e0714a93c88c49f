import { MAX_QUERY_LENGTH } from "@/lib/search/query";

interface Props {
  value: string;
  error?: string;
}

/** The search page's own form: a labelled field with a hint, in a plain GET form. */
export function SearchForm({ value, error }: Props) {
  const describedBy = ["search-q-hint", error ? "search-q-error" : null].filter(Boolean).join(" ");
  return (
    <form method="get" action="/search" noValidate className="search-form">
      <div className={error ? "form-group form-group--error" : "form-group"}>
        <label htmlFor="search-q" className="search-form__label">
          Search Advocacy Guide
        </label>
        <p id="search-q-hint" className="hint">
          Use a word or two, for example &ldquo;care act&rdquo; or &ldquo;mental health&rdquo;.
        </p>
        {error && (
          <p id="search-q-error" className="error-message">
            <span className="visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="search-form__row">
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={value}
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
            spellCheck
            aria-describedby={describedBy}
          />
          <button type="submit" className="button">
            Search
          </button>
        </div>
      </div>
    </form>
  );
}
