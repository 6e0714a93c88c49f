import type { Voice } from "@/lib/finder/questions";
import { CHECK_PHONE_ON_WEBSITE } from "@/lib/organisations";
import type { ResultView } from "@/lib/finder/step";
import { WhoToAsk } from "@/components/local/WhoToAsk";
import type { Strength } from "@/lib/finder/types";

const STRENGTH_WORDS: Record<Strength, Record<Voice, string>> = {
  "must-provide": {
    me: "Yes. The law says it must be arranged for you if you want it.",
    "someone-else": "Yes. The law says it must be arranged for them if they want it.",
  },
  "must-consider": {
    me: "The law says it must be considered for you. You may not get it.",
    "someone-else": "The law says it must be considered for them. They may not get it.",
  },
  discretionary: {
    me: "No law says anyone must give it. But you can still ask for it.",
    "someone-else": "No law says anyone must give it. But you can still ask for it for them.",
  },
  "not-entitled": {
    me: "No. From your answers, this does not apply to you.",
    "someone-else": "No. From your answers, this does not apply to them.",
  },
};

/** What to do after a no, where we have no letter for it. */
function ifTheySayNo(strength: Strength): string {
  return strength === "discretionary"
    ? "Nobody has to give this by law. Try another service listed here."
    : "Ask them to give the reason in writing. You can complain if you think it is wrong.";
}

export function ResultCard({ result, voice }: { result: ResultView; voice: Voice }) {
  const id = `result-${result.type}-${result.strength}`;
  const applies = result.strength !== "not-entitled";
  return (
    <section className={`result result--${result.strength}`} aria-labelledby={id} data-result-type={result.type}>
      <h3 id={id}>{result.title}</h3>
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
          <dt className="print:shrink-0">Is it a right?</dt>
          <dd>{STRENGTH_WORDS[result.strength][voice]}</dd>
        </div>
        <div>
          <dt className="print:shrink-0">The law</dt>
          <dd>{result.basisUrl ? <a href={result.basisUrl}>{result.basis}</a> : result.basis}</dd>
        </div>
      </dl>
      {applies && (
        <>
          <h4 id={`${id}-next`}>What to do next</h4>
          <ol className="result__steps list-decimal pl-5" aria-labelledby={`${id}-next`}>
            <li>
              <strong>Who arranges it:</strong> {result.arrangedBy}.{" "}
              {result.contactDetails.length > 0 ? "Ask them, or contact a service listed below." : "Ask them."}
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
            <li>
              {result.refusalLetter ? (
                <a href={result.refusalLetter}>If they say no, use our letter to reply</a>
              ) : (
                <>
                  <strong>If they say no:</strong> {ifTheySayNo(result.strength)}
                </>
              )}
            </li>
          </ol>
        </>
      )}
      {result.whoToAsk && <WhoToAsk whoToAsk={result.whoToAsk} headingId={`${id}-local`} />}
      {result.contactDetails.length > 0 && (
        <>
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
        </>
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
