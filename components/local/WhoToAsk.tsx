import type { WhoToAsk as WhoToAskData } from "@/lib/finder/local";

/**
 * A result's "who to ask" for the council area the reader chose: their own council, health
 * board or HSC trust, with its website, and what to ask for. It prints with the result.
 */
export function WhoToAsk({ whoToAsk, headingId }: { whoToAsk: WhoToAskData; headingId: string }) {
  return (
    <>
      <h4 id={headingId}>Who to ask in the {whoToAsk.area} area</h4>
      {whoToAsk.firstStep && <p>{whoToAsk.firstStep}</p>}
      <ul className="result__contacts" aria-labelledby={headingId}>
        {whoToAsk.bodies.map((body) => (
          <li key={body.name}>
            {body.url ? <a href={body.url}>{body.name}</a> : <strong>{body.name}</strong>} ({body.role}).
            {body.note && <span className="result__contact-note"> {body.note}</span>}
            {!body.url && <span className="result__contact-note"> We have not found its website yet.</span>}
            {body.contacts.map((contact) => (
              <span key={contact.name} className="result__contact-note">
                {" "}
                Its own page names {contact.name}
                {contact.phone && (
                  <>
                    , phone{" "}
                    <a href={`tel:${contact.phone.replace(/\s+/g, "")}`} className="whitespace-nowrap">
                      {contact.phone}
                    </a>
                  </>
                )}
                .
              </span>
            ))}
          </li>
        ))}
      </ul>
    </>
  );
}
