import { z } from "zod";
import lawJson from "../content/data/law.json";
import { nationSchema } from "./nations";

/** Where the registry lives, named in every validation error. */
const FILE = "content/data/law.json";

/**
 * A legislation.gov.uk address that points at one provision: a section, regulation, article,
 * schedule or part. Never a whole Act, its contents page or its explanatory notes.
 */
export const PINPOINT = /^https:\/\/www\.legislation\.gov\.uk\/[a-z]+\/\d{4}\/\d+\/(section|regulation|article|schedule|part)\/[0-9A-Za-z]+(\/part\/\d+)?$/;

export const lawEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case, like care-act-2014-s67"),
  /** Short citation a reader can quote: "Care Act 2014, s67". */
  citation: z.string().min(5),
  title: z.string().min(3),
  nations: z.array(nationSchema).min(1),
  url: z.string().regex(PINPOINT, "must be the legislation.gov.uk address of one section, regulation, article, schedule or part"),
  /** False for law that is passed but not started. */
  inForce: z.boolean(),
  /** One plain line, in our own words, on what the provision does. */
  provides: z.string().min(10).max(200),
});

export type LawEntry = z.infer<typeof lawEntrySchema>;

const registrySchema = z.array(lawEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) ctx.addIssue({ code: "custom", path: [index, "id"], message: `duplicate id "${entry.id}"` });
    seen.add(entry.id);
  });
});

/** Validates the registry; throws one message naming the file and each bad field. */
export function parseLaw(json: unknown): LawEntry[] {
  const parsed = registrySchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `[${issue.path.join(".")}]: ${issue.message}`);
  throw new Error(`${FILE} is not valid:\n- ${problems.join("\n- ")}`);
}

/** Every provision the site cites, checked when this module loads. */
export const LAW_ENTRIES: readonly LawEntry[] = parseLaw(lawJson);

/** The registry keyed by id. */
export const LAW: Readonly<Record<string, LawEntry>> = Object.fromEntries(LAW_ENTRIES.map((entry) => [entry.id, entry]));

export function isLawId(id: string): boolean {
  return Object.hasOwn(LAW, id);
}

/** The entry for an id; an unknown id is a programming error, so it throws. */
export function lawById(id: string): LawEntry {
  const entry = LAW[id];
  if (!entry) throw new Error(`${FILE} has no entry "${id}"`);
  return entry;
}

/** How a page lists a provision among its sources: the citation, what it is, and the pinpoint link. */
export function lawSource(id: string): { title: string; url: string } {
  const entry = lawById(id);
  const status = entry.inForce ? "" : ", not yet in force";
  return { title: `${entry.citation}: ${entry.title} (legislation.gov.uk${status})`, url: entry.url };
}
