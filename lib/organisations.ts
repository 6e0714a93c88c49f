import { z } from "zod";
import organisationsJson from "../content/data/organisations.json";
import { nationSchema } from "./nations";

/** Where the directory lives, named in every validation error. */
const FILE = "content/data/organisations.json";

const httpsUrl = z.url({ protocol: /^https$/, error: "must be an https:// address" });

/**
 * Where a number was seen: the page, whose page it is, the date the page itself gives (never the
 * date someone looked), and the reference sheet that recorded it. No source, no number.
 */
const provenance = <K extends [string, ...string[]]>(kinds: K) =>
  z.strictObject({
    url: z.url({ protocol: /^https?$/, error: "must be the address of the page the number was seen on" }),
    /** "own": the organisation's own page; "official": a government or NHS page; else "third-party". */
    kind: z.enum(kinds),
    /** The date the page shows, as precisely as it shows it: 2020, 2024-06 or 2023-10-31. Absent if undated. */
    dated: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD").optional(),
    /** Which file in docs/reference recorded the number and its source. */
    recordedIn: z.string().startsWith("docs/reference/", "must name the reference sheet, under docs/reference/"),
  });

const number = z.string().regex(/^0\d{2,4}( ?\d{2,4}){1,3}$/, "must be a UK number written like 0800 917 2127");

/** Opening hours as the source page gives them, in our words: "Monday to Friday, 9am to 5pm." */
const hoursSchema = z.strictObject({ text: z.string().min(5).max(120), source: provenance(["own", "official"]) });

/**
 * A number we show: seen on the organisation's own page or an official one. Hours and a textphone
 * (or Relay UK) number appear only where a page we read gave them, each with that page as source.
 */
const phoneSchema = z.strictObject({
  number,
  source: provenance(["own", "official"]),
  hours: hoursSchema.optional(),
  textphone: z.strictObject({ number, source: provenance(["own", "official"]) }).optional(),
});

/** A number seen only on someone else's page: kept for the live check, never shown. */
const unconfirmedPhoneSchema = z.strictObject({ number, source: provenance(["third-party"]) });

export const organisationSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case, like age-uk"),
  name: z.string().min(1),
  kind: z.enum(["statutory-body", "finder", "advocacy-provider", "advice"]),
  /** One plain sentence or two, saying what they help with. */
  helpsWith: z.string().min(1),
  nations: z.array(nationSchema).min(1),
  url: httpsUrl,
  phone: phoneSchema.optional(),
  unconfirmedPhone: unconfirmedPhoneSchema.optional(),
  status: z.enum(["operating", "being-abolished", "unconfirmed"]),
  statusNote: z.string().min(1).optional(),
});

export type Organisation = z.infer<typeof organisationSchema>;

const directorySchema = z.array(organisationSchema).superRefine((orgs, ctx) => {
  const seen = new Set<string>();
  orgs.forEach((org, index) => {
    if (seen.has(org.id)) ctx.addIssue({ code: "custom", path: [index, "id"], message: `duplicate id "${org.id}"` });
    seen.add(org.id);
  });
});

/** Validates the directory; throws one message naming the file and each bad field. */
export function parseOrganisations(json: unknown): Organisation[] {
  const parsed = directorySchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${describePath(json, issue.path)}: ${issue.message}`);
  throw new Error(`${FILE} is not valid:\n- ${problems.join("\n- ")}`);
}

/** "[3] (age-uk).phone.number", so the reader can find the entry by its id. */
function describePath(json: unknown, path: PropertyKey[]): string {
  const [index, ...rest] = path;
  const entry = Array.isArray(json) && typeof index === "number" ? (json[index] as unknown) : undefined;
  const id = entry && typeof entry === "object" && "id" in entry ? ` (${String(entry.id)})` : "";
  const field = rest.map(String).join(".");
  return typeof index === "number" ? `[${index}]${id}${field ? `.${field}` : ""}` : "(top level)";
}

/** The signposting directory, checked when this module loads. */
export const ORGANISATIONS: Organisation[] = parseOrganisations(organisationsJson);

const BY_ID = new Map(ORGANISATIONS.map((org) => [org.id, org]));

export function organisationById(id: string): Organisation | undefined {
  return BY_ID.get(id);
}

/** GOV.UK's page on what calls cost, linked under every number we show (GOV.UK contact pattern). */
export const CALL_CHARGES_URL = "https://www.gov.uk/call-charges";

/** What to say where we show no number: third-party numbers are not good enough to publish. */
export const CHECK_PHONE_ON_WEBSITE = "Check the phone number on their website.";

/** A tappable link for a UK number: "0800 917 2127" becomes "tel:+448009172127". */
export function telHref(phoneNumber: string): string {
  const digits = phoneNumber.replace(/\D/g, "");
  return `tel:+44${digits.replace(/^0/, "")}`;
}
