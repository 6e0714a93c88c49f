import type { CouncilSummary } from "@/lib/councils/view";
import { NATION_NAMES } from "@/lib/nations";

const HEALTH_WORD = { england: "", wales: "Health board", scotland: "NHS board", "northern-ireland": "HSC trust" } as const;

function BodyName({ name, url }: { name: string; url: string | null }) {
  return url ? <a href={url}>{name}</a> : <>{name}</>;
}

/** One council and the bodies that run care and health there, for the find-your-council page. */
export function CouncilSummaryCard({ council }: { council: CouncilSummary }) {
  const healthWord = HEALTH_WORD[council.nation];
  return (
    <li className="council-summary">
      <h3>{council.name}</h3>
      {council.matchedBecause && <p className="hint">{council.matchedBecause}</p>}
      <dl className="result__facts">
        <div>
          <dt>Where</dt>
          <dd>{NATION_NAMES[council.nation]}</dd>
        </div>
        <div>
          <dt>Website</dt>
          <dd>
            <BodyName name={council.name} url={council.homepage} />
          </dd>
        </div>
        {council.nation !== "northern-ireland" && (
          <div>
            <dt>Adult social care</dt>
            <dd>
              {council.adultSocialCare ? (
                <>
                  <BodyName {...council.adultSocialCare} /> runs adult social care here, not {council.name}.
                </>
              ) : (
                <>{council.name} runs adult social care here.</>
              )}
            </dd>
          </div>
        )}
        {council.nation === "northern-ireland" && (
          <div>
            <dt>Social care</dt>
            <dd>In Northern Ireland the HSC trust runs health and social care, not the council.</dd>
          </div>
        )}
        {council.health.length > 0 && (
          <div>
            <dt>{council.health.length > 1 ? `${healthWord}s` : healthWord}</dt>
            <dd>
              {council.health.map((body, index) => (
                <span key={body.name}>
                  {index > 0 && (index === council.health.length - 1 ? " and " : ", ")}
                  <BodyName {...body} />
                </span>
              ))}
              {council.health.length > 1 && ". Each covers part of the area: ask which one covers the address."}
              {council.health.some((b) => !b.url) && " We have not found its website yet."}
              {council.healthUnchecked && (
                <span className="result__contact-note"> We have not yet checked this against an official page. Ask them to confirm they cover the address.</span>
              )}
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}
