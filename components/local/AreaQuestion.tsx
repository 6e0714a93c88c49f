import type { CouncilSearchView, CouncilSummary } from "@/lib/councils/view";
import { CouncilSearchForm } from "./CouncilSearchForm";
import { PostcodeFinder } from "./PostcodeFinder";

export interface AreaQuestionProps {
  legend: string;
  hint: string;
  action: string;
  answeringName: string;
  /** Every other answer, carried along in hidden fields. */
  carried: [string, string][];
  /** The council already chosen, when the reader came back to change it. */
  chosen: CouncilSummary | null;
  search: CouncilSearchView;
  /** The nation's list of councils, or null with `listHref` to show it. */
  list: CouncilSummary[] | null;
  listHref: string | null;
  nationName: string;
  /** Continue was pressed with no council chosen. */
  error: string | null;
  skipHref: string;
}

/** What a radio's hint says: who runs care or health there, so the reader sees why it matters. */
function radioHint(council: CouncilSummary): string {
  const parts = [council.matchedBecause];
  if (council.adultSocialCare) parts.push(`Adult social care here is run by ${council.adultSocialCare.name}.`);
  if (council.health.length > 0) parts.push(`${council.health.map((b) => b.name).join(" and ")}.`);
  return parts.filter(Boolean).join(" ");
}

function CouncilRadios({ councils, legend, chosen, idPrefix }: { councils: CouncilSummary[]; legend: string; chosen: string | null; idPrefix: string }) {
  return (
    <fieldset>
      <legend>
        <h2>{legend}</h2>
      </legend>
      <div className="radios">
        {councils.map((council, index) => {
          const id = index === 0 ? idPrefix : `${idPrefix}-${council.slug}`;
          const hint = radioHint(council);
          return (
            <div key={council.slug} className="radios__item">
              <input
                id={id}
                type="radio"
                name="area"
                value={council.slug}
                defaultChecked={council.slug === chosen || (councils.length === 1 && chosen === null)}
                aria-describedby={hint ? `${id}-item-hint` : undefined}
              />
              <label htmlFor={id}>{council.name}</label>
              {hint && (
                <p id={`${id}-item-hint`} className="hint radios__hint">
                  {hint}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * The finder's optional last question, GOV.UK style without JavaScript: the reader types part of
 * a council's name (a GET form with `q`), chooses from the matches (radios named `area`), or skips.
 */
export function AreaQuestion(props: AreaQuestionProps) {
  const { search, chosen, list } = props;
  const matches = search.kind === "results" ? search.matches : [];
  // The chosen council stays on the page as an option, even when the search shows others.
  const options = chosen && !matches.some((m) => m.slug === chosen.slug) ? [chosen, ...matches] : matches;
  const choiceForm = (councils: CouncilSummary[], legend: string, idPrefix: string, showError: boolean) => (
    <form method="get" action={props.action} noValidate className="question-form">
      {props.carried.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name={props.answeringName} value="area" />
      <div className={showError ? "form-group form-group--error" : "form-group"}>
        {showError && (
          <p className="error-message">
            <span className="visually-hidden">Error:</span> {props.error}
          </p>
        )}
        <CouncilRadios councils={councils} legend={legend} chosen={chosen?.slug ?? null} idPrefix={idPrefix} />
      </div>
      <button type="submit" className="button">
        Continue
      </button>
    </form>
  );
  return (
    <>
      <h1>{props.legend}</h1>
      <p className="hint">{props.hint}</p>
      <CouncilSearchForm
        action={props.action}
        value={search.kind === "none" ? "" : search.query}
        error={search.kind === "problem" ? search.message : null}
        carried={props.carried}
      />
      {search.kind === "results" && matches.length === 0 && (
        <p role="status">
          We found no council in {props.nationName} called &ldquo;{search.query}&rdquo;. Try part of the name, or choose from the list below.
        </p>
      )}
      {options.length > 0 &&
        choiceForm(options, matches.length > 0 ? `Councils matching “${search.kind === "results" ? search.query : ""}”` : "Your council", "area", Boolean(props.error))}
      {search.kind === "results" && search.more > 0 && <p>There are {search.more} more. Type more of the name to find yours.</p>}
      <p>
        <a href={props.skipHref}>Skip this question and see the answer</a>
      </p>
      <PostcodeFinder />
      {list && list.length > 0 && choiceForm(list, `Councils in ${props.nationName}`, options.length > 0 ? "area-list" : "area", Boolean(props.error) && options.length === 0)}
      {!list && props.listHref && (
        <p>
          <a href={props.listHref}>Choose from a list of councils in {props.nationName} that run adult social care</a>
        </p>
      )}
    </>
  );
}
