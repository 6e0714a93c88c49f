import { MAX_QUERY_LENGTH } from "@/lib/councils/search";

interface Props {
  action: string;
  value: string;
  error: string | null;
  /** Answers carried along (the finder's earlier answers), as hidden fields. */
  carried?: [string, string][];
  label?: string;
}

/** A labelled field for a council's name, in a plain GET form: works without JavaScript. */
export function CouncilSearchForm({ action, value, error, carried = [], label = "Name of your council, town or area" }: Props) {
  const describedBy = ["q-hint", error ? "q-error" : null].filter(Boolean).join(" ");
  return (
    <form method="get" action={action} noValidate className="search-form">
      {carried.map(([name, carriedValue]) => (
        <input key={name} type="hidden" name={name} value={carriedValue} />
      ))}
      <div className={error ? "form-group form-group--error" : "form-group"}>
        <label htmlFor="q" className="search-form__label">
          {label}
        </label>
        <p id="q-hint" className="hint">
          Type part of the name, for example &ldquo;amber&rdquo; for Amber Valley, or &ldquo;cardiff&rdquo;.
        </p>
        {error && (
          <p id="q-error" className="error-message">
            <span className="visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="search-form__row">
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={value}
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="address-level2"
            spellCheck={false}
            aria-describedby={describedBy}
          />
          <button type="submit" className="button">
            Find
          </button>
        </div>
      </div>
    </form>
  );
}
