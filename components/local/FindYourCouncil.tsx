import { FIND_COUNCIL_PATH } from "@/lib/councils/page";
import { MAX_QUERY_LENGTH } from "@/lib/councils/search";

/**
 * "Find your council or trust" for guidance pages (MDX: <FindYourCouncil />): a one-field GET form
 * straight to the find-your-council page, so a reader arriving on any page gets there in one step.
 */
export function FindYourCouncil() {
  return (
    <div className="inset-text no-print">
      <form method="get" action={FIND_COUNCIL_PATH} noValidate className="search-form">
        <label htmlFor="find-council-q" className="search-form__label">
          Find your council or trust
        </label>
        <p id="find-council-q-hint" className="hint">
          Type part of your council&rsquo;s name. We show who runs adult social care there, and the health board or HSC trust.
        </p>
        <div className="search-form__row">
          <input id="find-council-q" name="q" type="search" maxLength={MAX_QUERY_LENGTH} autoComplete="address-level2" spellCheck={false} aria-describedby="find-council-q-hint" />
          <button type="submit" className="button">
            Find
          </button>
        </div>
      </form>
      <p>
        Or <a href={FIND_COUNCIL_PATH}>choose from a list of councils, health boards and trusts</a>.
      </p>
    </div>
  );
}
