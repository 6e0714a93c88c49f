import type { FinderResult, Strength } from "@/lib/finder/types";
import type { Organisation } from "@/lib/organisations";

const STRENGTH_WORDS: Record<Strength, string> = {
  "must-provide": "Yes. The law says it must be arranged for you if you want it.",
  "must-consider": "The law says they must think about arranging it for you.",
  discretionary: "They can arrange it, but the law does not make them.",
  "not-entitled": "No. This does not apply to you, from your answers.",
};

/** Our printable letters for this result: to ask for it, and to reply if they say no. */
export interface ResultLetters {
  ask: string | null;
  refused: string | null;
}

interface Props {
  result: FinderResult;
  contacts: Organisation[];
  letters: ResultLetters;
}

export function ResultCard({ result, contacts, letters }: Props) {
  return (
    <section className={`result result--${result.strength}`} aria-labelledby={`result-${result.type}-${result.strength}`}>
      <h3 id={`result-${result.type}-${result.strength}`}>{result.title}</h3>
      <p>{result.summary}</p>
      {result.condition && (
        <div className="inset-text">
          <p>
            <strong>When this applies:</strong> {result.condition}
          </p>
        </div>
      )}
      <dl className="result__facts">
        <div>
          <dt>Is it a right?</dt>
          <dd>{STRENGTH_WORDS[result.strength]}</dd>
        </div>
        <div>
          <dt>The law</dt>
          <dd>{result.basisUrl ? <a href={result.basisUrl}>{result.basis}</a> : result.basis}</dd>
        </div>
        {result.strength !== "not-entitled" && (
          <div>
            <dt>Who arranges it</dt>
            <dd>{result.arrangedBy}</dd>
          </div>
        )}
      </dl>
      {result.strength !== "not-entitled" && (
        <>
          <h4>How to ask</h4>
          <blockquote className="how-to-ask">
            <p>{result.howToAsk}</p>
          </blockquote>
          {(letters.ask || letters.refused) && (
            <ul className="result__letters no-print">
              {letters.ask && (
                <li>
                  <a href={letters.ask}>Use our letter to ask</a>
                </li>
              )}
              {letters.refused && (
                <li>
                  <a href={letters.refused}>If they say no, use our letter to reply</a>
                </li>
              )}
            </ul>
          )}
        </>
      )}
      {contacts.length > 0 && (
        <>
          <h4>Who to contact</h4>
          <ul className="result__contacts">
            {contacts.map((org) => (
              <li key={org.id}>
                <a href={org.url}>{org.name}</a>
                {org.phone && <> (phone {org.phone.number})</>}
                {org.statusNote && <span className="result__contact-note"> {org.statusNote}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="no-print">
        <a href={result.guidance}>
          Read more<span className="visually-hidden"> about {result.title}</span>
        </a>
      </p>
    </section>
  );
}
