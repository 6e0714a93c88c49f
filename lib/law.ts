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

/** A page on legislation.gov.uk: a provision, an instrument, or one of its articles or notes. */
const LEGISLATION_PAGE = /^https:\/\/www\.legislation\.gov\.uk\/[a-z]+\/\d{4}\/\d+(\/[0-9A-Za-z/-]+)?$/;

/** Where the commencement was read: the instrument, article or section, named and linked. */
const commencementSourceSchema = z.strictObject({
  /** "SI 2015/993, art 2(q)" or "Care Reform (Scotland) Act 2025, s28 (legislation.gov.uk)". */
  title: z.string().min(5),
  url: z.string().regex(LEGISLATION_PAGE, "must be a legislation.gov.uk address"),
});

/** One or two sentences on what was read and where; it says only what was checked. */
const checkedSchema = z.string().min(20).max(500);

/**
 * Whether a provision has started, and how we know. Only three things can be said:
 * - in force, shown by the instrument that commenced it ("commencing-instrument"), by the Act's or
 *   instrument's own commencement provision ("own-commencement"), or, where neither was read, by
 *   legislation.gov.uk's current text of the provision carrying no "Prospective" marker
 *   ("current-text");
 * - not in force, with the source that says so;
 * - not verified: nothing proves either way, and the note says what was tried.
 * "In force" can never be claimed without a source.
 */
export const commencementSchema = z.discriminatedUnion("status", [
  z.strictObject({
    status: z.literal("in-force"),
    evidence: z.enum(["commencing-instrument", "own-commencement", "current-text"]),
    source: commencementSourceSchema,
    checked: checkedSchema,
  }),
  z.strictObject({
    status: z.literal("not-in-force"),
    source: commencementSourceSchema,
    checked: checkedSchema,
  }),
  z.strictObject({
    status: z.literal("unverified"),
    checked: checkedSchema,
  }),
]);

export type Commencement = z.infer<typeof commencementSchema>;

export const lawEntrySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case, like care-act-2014-s67"),
    /** Short citation a reader can quote: "Care Act 2014, s67". */
    citation: z.string().min(5),
    title: z.string().min(3),
    nations: z.array(nationSchema).min(1),
    url: z.string().regex(PINPOINT, "must be the legislation.gov.uk address of one section, regulation, article, schedule or part"),
    /** Required: whether the provision has started, with the source that shows it. */
    commencement: commencementSchema,
    /** One plain line, in our own words, on what the provision does. */
    provides: z.string().min(10).max(200),
  })
  .transform((entry) => ({
    ...entry,
    /** Derived from commencement, never declared: true, false, or null where it was not verified. */
    inForce: entry.commencement.status === "unverified" ? null : entry.commencement.status === "in-force",
  }));

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

/** True only for a provision the registry shows, with a source, has not started. */
export function isNotYetInForce(id: string): boolean {
  return lawById(id).inForce === false;
}

/** The words added after any citation of a provision that has not started. */
export const NOT_YET_IN_FORCE = "(not yet in force)";

/** A citation as readers see it, with "(not yet in force)" after any provision that has not started. */
export function citeLaw(id: string): string {
  const entry = lawById(id);
  return isNotYetInForce(id) ? `${entry.citation} ${NOT_YET_IN_FORCE}` : entry.citation;
}

/** How a page lists a provision among its sources: the citation, what it is, and the pinpoint link. */
export function lawSource(id: string): { title: string; url: string } {
  const entry = lawById(id);
  return { title: `${citeLaw(id)}: ${entry.title} (legislation.gov.uk)`, url: entry.url };
}

/**
 * A finder result's "The law" line, as given, plus "(not yet in force)" when any provision it
 * cites has not started; the registry decides, so no rule can forget to say it.
 */
export function withCommencement(basis: string, ids: readonly string[]): string {
  const pending = ids.some(isNotYetInForce);
  return pending && !basis.includes(NOT_YET_IN_FORCE) ? `${basis} ${NOT_YET_IN_FORCE}` : basis;
}
