import type { AnswerRowData } from "@/lib/finder/answer-rows";

/** GOV.UK summary list: each answer with a Change link that keeps every other answer. */
export function AnswerSummary({ rows, startAgainHref }: { rows: AnswerRowData[]; startAgainHref: string }) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="your-answers-heading" className="answer-summary">
      <h2 id="your-answers-heading">Your answers</h2>
      <dl className="summary-list">
        {rows.map((row) => (
          <div key={row.id} className="summary-list__row">
            <dt>{row.question}</dt>
            <dd>{row.answer}</dd>
            <dd className="summary-list__action no-print">
              <a href={row.changeHref}>
                Change<span className="visually-hidden"> your answer to: {row.question}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      <p className="no-print">
        <a href={startAgainHref}>Start again</a>
      </p>
    </section>
  );
}
