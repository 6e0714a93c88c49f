import { NATION_NAMES, type Nation } from "@/lib/nations";
import { CALL_CHARGES_URL, CHECK_PHONE_ON_WEBSITE, telHref, type Organisation } from "@/lib/organisations";

interface Props {
  organisations: Organisation[];
  /** Show only organisations that work in this nation. */
  nation?: Nation;
  /** Show only these organisations, in this order. */
  ids?: string[];
  /** Heading level for each organisation's name. */
  headingLevel?: 3 | 4;
}

function pick(all: Organisation[], nation?: Nation, ids?: string[]): Organisation[] {
  if (ids) return ids.flatMap((id) => all.filter((org) => org.id === id));
  return nation ? all.filter((org) => org.nations.includes(nation)) : all;
}

export function OrganisationList({ organisations, nation, ids, headingLevel = 3 }: Props) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="organisation-list">
      {pick(organisations, nation, ids).map((org) => (
        <li key={org.id} className="organisation">
          <Heading>{org.name}</Heading>
          <p>{org.helpsWith}</p>
          <dl>
            <div>
              <dt>Website</dt>
              <dd>
                <a href={org.url}>{org.url.replace(/^https:\/\/(www\.)?/, "").replace(/\/$/, "")}</a>
              </dd>
            </div>
            {org.phone ? (
              <div>
                <dt>Phone</dt>
                <dd>
                  {/* GOV.UK contact pattern: number, textphone, hours, then what calls cost. */}
                  <a href={telHref(org.phone.number)}>{org.phone.number}</a>
                  {org.phone.textphone && (
                    <>
                      <br />
                      Textphone: <a href={telHref(org.phone.textphone.number)}>{org.phone.textphone.number}</a>
                    </>
                  )}
                  {org.phone.hours && (
                    <>
                      <br />
                      {org.phone.hours.text}
                    </>
                  )}
                  <br />
                  <a href={CALL_CHARGES_URL}>Find out about call charges</a>
                </dd>
              </div>
            ) : (
              org.kind !== "finder" && (
                <div>
                  <dt>Phone</dt>
                  <dd>{CHECK_PHONE_ON_WEBSITE}</dd>
                </div>
              )
            )}
            <div>
              <dt>Where</dt>
              <dd>{org.nations.map((n) => NATION_NAMES[n]).join(", ")}</dd>
            </div>
          </dl>
          {org.statusNote && <p className="organisation__status">{org.statusNote}</p>}
        </li>
      ))}
    </ul>
  );
}
