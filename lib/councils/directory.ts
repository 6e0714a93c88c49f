import councilsJson from "../../content/data/councils.json";
import type { Nation } from "../nations";
import { councilDataSchema, type Council, type HealthBody, type LocalContact } from "./schema";

export type { Council, HealthBody, LocalContact } from "./schema";

/** The council data, checked when this module loads (a bad file fails the build, never a page). */
export const COUNCIL_DATA = councilDataSchema.parse(councilsJson);
export const COUNCILS: readonly Council[] = COUNCIL_DATA.councils;

const BY_SLUG = new Map(COUNCILS.map((c) => [c.slug, c]));
const BODY_BY_ID = new Map(COUNCIL_DATA.healthBodies.map((b) => [b.id, b]));

export function councilBySlug(slug: string): Council | undefined {
  return BY_SLUG.get(slug);
}

export function healthBodyById(id: string): HealthBody | undefined {
  return BODY_BY_ID.get(id);
}

/** The council that runs adult social care in this council's area: itself, or a district's county. */
export function adultSocialCareOf(council: Council): Council | undefined {
  return council.adultSocialCare ? BY_SLUG.get(council.adultSocialCare) : undefined;
}

/** The health board(s) or HSC trust(s) for this council's area, in the order the table gives them. */
export function healthBodiesOf(council: Council): HealthBody[] {
  return (council.health?.bodies ?? []).flatMap((id) => BODY_BY_ID.get(id) ?? []);
}

/** Direct contacts we have seen on a body's own page, for the given result type. */
export function contactsFor(bodyId: string, type: string): LocalContact[] {
  return COUNCIL_DATA.contacts.filter((c) => c.body === bodyId && c.for.includes(type));
}

/** Every council in a nation, by everyday name. */
export function councilsIn(nation: Nation): Council[] {
  return COUNCILS.filter((c) => c.nation === nation).sort((a, b) => a.shortName.localeCompare(b.shortName, "en-GB"));
}
