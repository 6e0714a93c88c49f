import { z } from "zod";
import { nationSchema } from "../nations";

/**
 * The shape of content/data/councils.json, the one data file `npm run data:councils` writes
 * from the GOV.UK and mySociety lists and the hand-written health body table
 * (data/local-health-bodies.json). See docs/decisions for why it is built this way.
 */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case slug");
/** An address as a source gave it: https, or http when the source says http and nobody has checked. */
const webAddress = z.url({ protocol: /^https?$/, error: "must be an http(s) address" });
const httpsAddress = z.url({ protocol: /^https$/, error: "must be an https:// address" });

export const TIERS = ["county", "district", "unitary"] as const;
export type Tier = (typeof TIERS)[number];

/** The page a hand-written row was checked against. */
export const checkedSourceSchema = z.strictObject({
  url: httpsAddress,
  title: z.string().min(1),
  /** "own": the body's own site; "official": a government or NHS page. */
  kind: z.enum(["own", "official"]),
  /** In our words, what the page says that the row rests on. */
  says: z.string().min(1),
});
export type CheckedSource = z.infer<typeof checkedSourceSchema>;

export const healthBodySchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  nation: z.enum(["wales", "scotland", "northern-ireland"]),
  /** Its website, or null where we have not found one on a page we could read. */
  url: httpsAddress.nullable(),
  /** The page where that address was seen. */
  urlSeenOn: webAddress.optional(),
  /** Anything a reader or maintainer should know about the address. */
  urlNote: z.string().min(1).optional(),
});
export type HealthBody = z.infer<typeof healthBodySchema>;

/** A direct contact for one kind of advocacy, seen on the body's own page. No source, no contact. */
export const localContactSchema = z.strictObject({
  body: slug,
  for: z.array(z.string().min(1)).min(1),
  name: z.string().min(1),
  phone: z.string().regex(/^0\d{2,4}( ?\d{2,4}){1,3}$/, "must be a UK number written like 01896 752200").optional(),
  seenOn: webAddress,
  says: z.string().min(1),
});
export type LocalContact = z.infer<typeof localContactSchema>;

export const healthCoverSchema = z.strictObject({
  /** Ids of the health board(s) or trust(s) covering the council's area; Wales and Scotland exactly one. */
  bodies: z.array(slug).min(1),
  source: checkedSourceSchema.nullable(),
  /** Why a row has no source, or which part of the area each trust covers. */
  note: z.string().min(1).optional(),
});
export type HealthCover = z.infer<typeof healthCoverSchema>;

export const councilSchema = z.strictObject({
  slug,
  name: z.string().min(1),
  nation: nationSchema,
  tier: z.enum(TIERS),
  homepage: webAddress,
  /** The name people use day to day ("Amber Valley"), from mySociety. */
  shortName: z.string().min(1),
  /** Other names people use (mySociety's list), for finding it by what a reader types. */
  otherNames: z.array(z.string().min(1)),
  /** Official names of councils it replaced, wholly or in part ("Carlisle City Council" for Cumberland). */
  formerNames: z.array(z.string().min(1)),
  /** The slug of the council that runs adult social care here (a district's county), or null in Northern Ireland. */
  adultSocialCare: slug.nullable(),
  /** The health board, NHS board or HSC trust(s): Wales, Scotland and Northern Ireland only. */
  health: healthCoverSchema.nullable(),
});
export type Council = z.infer<typeof councilSchema>;

export const councilDataSchema = z
  .strictObject({
    $comment: z.string(),
    sources: z.array(z.strictObject({ file: z.string().min(1), from: z.string().min(1), licence: z.string().min(1) })),
    healthBodies: z.array(healthBodySchema),
    contacts: z.array(localContactSchema),
    councils: z.array(councilSchema).min(1),
  })
  .superRefine((data, ctx) => {
    const slugs = new Map(data.councils.map((c) => [c.slug, c]));
    const bodies = new Map(data.healthBodies.map((b) => [b.id, b]));
    if (slugs.size !== data.councils.length) ctx.addIssue({ code: "custom", message: "a council slug appears twice" });
    data.councils.forEach((council, index) => {
      const at = (message: string) => ctx.addIssue({ code: "custom", path: ["councils", index], message: `${council.slug}: ${message}` });
      const care = council.adultSocialCare ? slugs.get(council.adultSocialCare) : undefined;
      if (council.nation === "northern-ireland" ? council.adultSocialCare !== null : !care) at("adult social care must name a council here (none in Northern Ireland)");
      if (care && (care.tier === "district" || care.nation !== council.nation)) at("adult social care must be a county or unitary council in the same nation");
      if (council.tier === "district" && council.adultSocialCare === council.slug) at("a district does not run adult social care");
      const needsHealth = council.nation !== "england";
      if (needsHealth !== (council.health !== null)) at(needsHealth ? "needs its health board or trust" : "England has no health board row");
      for (const id of council.health?.bodies ?? []) {
        if (bodies.get(id)?.nation !== council.nation) at(`health body "${id}" is unknown or in another nation`);
      }
      if ((council.nation === "wales" || council.nation === "scotland") && council.health?.bodies.length !== 1) at("must have exactly one board");
      if (council.health && !council.health.source && !council.health.note) at("a row without a source must say why");
    });
    data.contacts.forEach((contact, index) => {
      if (!bodies.has(contact.body)) ctx.addIssue({ code: "custom", path: ["contacts", index], message: `unknown body "${contact.body}"` });
    });
  });
export type CouncilData = z.infer<typeof councilDataSchema>;

/** The hand-written table in data/local-health-bodies.json. */
export const healthTableSchema = z.strictObject({
  $comment: z.string(),
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  sources: z.record(z.string(), checkedSourceSchema),
  bodies: z.array(healthBodySchema),
  areas: z.array(
    z.strictObject({ council: slug, bodies: z.array(slug).min(1), source: z.string().nullable(), note: z.string().min(1).optional() }),
  ),
  contacts: z.array(localContactSchema),
});
export type HealthTable = z.infer<typeof healthTableSchema>;
