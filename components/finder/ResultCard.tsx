import type { Voice } from "@/lib/finder/questions";
import type { ResultView } from "@/lib/finder/step";
import { isItARight } from "@/lib/finder/right-words";
import type { TermUsed } from "@/lib/finder/terms";
import { CHECK_PHONE_ON_WEBSITE } from "@/lib/organisations";
import { IfTheySayNo } from "./IfTheySayNo";
import { WhoToAsk } from "@/components/local/WhoToAsk";

const FOR_PEOPLE_WHO_CANNOT_DECIDE: readonly string[] = ["imca", "imca-dols", "rpr"];

/**
 * Whom to ask: the body that arranges it, and the services below only where they can help.
 * An IMCA or representative comes only through the public body (readers.md T5), and a service
 * that is the arranging body itself is not "another" one (readers.md L4).
 */
function askWhom(result: ResultView): string {
  const others = result.contactDetails.filter((contact) => !result.arrangedBy.includes(contact.name));
  if (FOR_PEOPLE_WHO_CANNOT_DECIDE.includes(result.type) && others.length > 0) {
    return "Ask them. The services below can explain, but cannot bring one in themselves.";
  }
  return others.length > 0 ? "Ask them, or contact a service listed below." : "Ask them.";
}

export function ResultCard({ result, voice, terms }: { result: ResultView; voice: Voice; terms: TermUsed[] }) {
  const id = `result-${result.type}-${result.strength}`;
  const applies = result.strength !== "not-entitled";
  return (
    <section className={`result result--${result.strength}`} aria-labelledby={id} data-result-type={result.type}>
      <h3 id={id}>{result.title}</h3>
      <p>{result.summary}</p>
      {/* The outcome first, then the conditions under it, as GOV.UK states an outcome. */}
      <dl className="result__facts">
        <div>
          <dt className="print:shrink-0">Is it a right?</dt>
          <dd>{isItARight(result, voice)}</dd>
        </div>
      </dl>
      {result.condition && (
        <div className="inset-text">
          <p>
            <strong>When this applies:</strong> {result.condition}
          </p>
        </div>
      )}
      <dl className="result__facts">
        <div>
          <dt className="print:shrink-0">The law</dt>
          <dd>{result.basisUrl ? <a href={result.basisUrl}>{result.basis}</a> : result.basis}</dd>
        </div>
      </dl>
      {terms.length > 0 && (
        <div className="result__terms">
          <p>
            <strong>Words used here</strong>
          </p>
          <dl>
            {terms.map((term) => (
              <div key={term.id}>
                <dt>{term.term}</dt>
                <dd>{term.definition}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {applies && (
        <>
          <h4 id={`${id}-next`}>What to do next</h4>
          <ol className="result__steps list-decimal pl-5" aria-labelledby={`${id}-next`}>
            <li>
              <strong>Who arranges it:</strong> {result.arrangedBy}. {askWhom(result)}
            </li>
            <li>
              <strong>Say something like this:</strong>
              <blockquote className="how-to-ask">
                <p>{result.howToAsk}</p>
              </blockquote>
            </li>
            {/* On paper the letter's link leads nowhere; the printed page keeps the steps that still work. */}
            {result.askLetter && (
              <li className="print:hidden">
                <strong>Put it in writing.</strong> <a href={result.askLetter}>Use our letter to ask</a>.
              </li>
            )}
            {(result.ifTheySayNo || result.refusalLetter) && (
              <li>
                <IfTheySayNo steps={result.ifTheySayNo} refusalLetter={result.refusalLetter} />
              </li>
            )}
          </ol>
        </>
      )}
      {result.whoToAsk && <WhoToAsk whoToAsk={result.whoToAsk} headingId={`${id}-local`} />}
      {result.contactDetails.length > 0 && (
        <div className="result__contacts-section">
          <h4>Who to contact</h4>
          <ul className="result__contacts">
            {result.contactDetails.map((org) => (
              <li key={org.id}>
                <a href={org.url}>{org.name}</a>
                {org.phone && (
                  <>
                    {" "}
                    (phone{" "}
                    <a href={org.phone.href} className="whitespace-nowrap">
                      {org.phone.number}
                    </a>
                    )
                  </>
                )}
                {org.checkPhoneOnWebsite && <span className="result__contact-note"> {CHECK_PHONE_ON_WEBSITE}</span>}
                {org.statusNote && <span className="result__contact-note"> {org.statusNote}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul className="result__more no-print">
        <li>
          <a href={result.guidance}>
            Read more<span className="visually-hidden"> about {result.title}</span>
          </a>
        </li>
        {result.easyRead && (
          <li>
            <a href={result.easyRead}>
              Easy Read version<span className="visually-hidden"> about {result.title}</span>
            </a>
          </li>
        )}
        {result.readNext.map((page) => (
          <li key={page.href}>
            <a href={page.href}>{page.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
