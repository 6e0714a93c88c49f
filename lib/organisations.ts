import { z } from "zod";
import organisationsJson from "../content/data/organisations.json";
import { nationSchema } from "./nations";

/** Where the directory lives, named in every validation error. */
const FILE = "content/data/organisations.json";

const httpsUrl = z.url({ protocol: /^https$/, error: "must be an https:// address" });

const phoneSchema = z.strictObject({
  number: z.string().min(1),
  /** The fact-sheet source that printed the number: no source, no number. */
  source: z.url({ protocol: /^https?$/, error: "must be the address of the page the number came from" }),
  checkedOn: z.iso.date({ error: "must be a date written YYYY-MM-DD" }),
});

export const organisationSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case, like age-uk"),
  name: z.string().min(1),
  kind: z.enum(["statutory-body", "finder", "advocacy-provider", "advice"]),
  /** One plain sentence or two, saying what they help with. */
  helpsWith: z.string().min(1),
  nations: z.array(nationSchema).min(1),
  url: httpsUrl,
  phone: phoneSchema.optional(),
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
