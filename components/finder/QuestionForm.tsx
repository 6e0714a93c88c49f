import type { Question } from "@/lib/finder/questions";

interface Props {
  question: Question;
  action: string;
  /** The hidden field that says which question this form answers. */
  answeringName: string;
  /** The answer already given, when the reader came back to change it. */
  value: string | null;
  /** Every other answer, carried along in the query string. */
  carried: [string, string][];
  error: string | null;
}

/**
 * GOV.UK question page: one fieldset whose legend is the page heading, a hint, radios named
 * after the question id, and a Continue button in a plain GET form.
 */
export function QuestionForm({ question, action, answeringName, value, carried, error }: Props) {
  const hintId = question.hint ? `${question.id}-hint` : undefined;
  const errorId = error ? `${question.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <form method="get" action={action} noValidate className="question-form">
      {carried.map(([name, carriedValue]) => (
        <input key={name} type="hidden" name={name} value={carriedValue} />
      ))}
      <input type="hidden" name={answeringName} value={question.id} />
      <div className={error ? "form-group form-group--error" : "form-group"}>
        <fieldset aria-describedby={describedBy}>
          <legend>
            <h1>{question.legend}</h1>
          </legend>
          {question.hint && (
            <p id={hintId} className="hint">
              {question.hint}
            </p>
          )}
          {error && (
            <p id={errorId} className="error-message">
              <span className="visually-hidden">Error:</span> {error}
            </p>
          )}
          <div className="radios">
            {question.options.map((option, index) => {
              const id = index === 0 ? question.id : `${question.id}-${option.value}`;
              const optionHintId = option.hint ? `${id}-item-hint` : undefined;
              return (
                <div key={option.value} className="radios__item">
                  <input
                    id={id}
                    type="radio"
                    name={question.id}
                    value={option.value}
                    defaultChecked={option.value === value}
                    aria-describedby={optionHintId}
                  />
                  <label htmlFor={id}>{option.label}</label>
                  {option.hint && (
                    <p id={optionHintId} className="hint radios__hint">
                      {option.hint}
                    </p>
                  )}
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <button type="submit" className="button">
        Continue
      </button>
    </form>
  );
}
