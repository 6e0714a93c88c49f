import { z } from "zod";
import { isLawId } from "../law";
import { nationSchema } from "../nations";
import { ARRANGER_IDS } from "../finder/arrangers";
import { RESULT_TYPES, STRENGTHS } from "../finder/types";

/** YAML turns unquoted dates into Date objects; accept both and keep ISO strings. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written as YYYY-MM-DD"),
);

export const sourceSchema = z.object({
  title: z.string().min(3),
  url: z
    .url({ protocol: /^https$/, message: "must be a full https:// address" })
    .refine((url) => !new URL(url).hostname.endsWith("legislation.gov.uk"), {
      message: "cite legislation under law: with its id in content/data/law.json, not as a source",
    }),
});

/** An id in the law registry (content/data/law.json). */
const lawIdSchema = z.string().refine(isLawId, {
  error: (issue) => `"${String(issue.input)}" is not an id in content/data/law.json`,
});

const sitePath = z.string().regex(/^\/[a-z0-9/-]*$/, "must be a site address such as /your-rights/imca");

const MAX_REVIEW_GAP_DAYS = 366;

/**
 * A rule the page states, in the finder's words (issue 17 section 4): for this nation and kind of
 * advocacy, how strong the right is and who arranges it. A test checks each against the finder.
 */
export const statedRuleSchema = z
  .object({
    nation: nationSchema,
    type: z.enum(RESULT_TYPES),
    strength: z.enum(STRENGTHS),
    arranger: z.enum(ARRANGER_IDS),
  })
  .strict();

export const frontmatterSchema = z
  .object({
    title: z.string().min(3).max(80),
    description: z.string().min(20).max(200),
    nations: z.array(nationSchema).min(1),
    lastReviewed: isoDate,
    nextReview: isoDate,
    /** 3 to 6 short bullets shown first, for readers who read only that. */
    summary: z.array(z.string().min(3)).min(3).max(6),
    /** The provisions the page relies on, by registry id; listed first under Sources, linked to the section. */
    law: z.array(lawIdSchema).default([]),
    /** Other sources (official pages, guidance, charities): never legislation.gov.uk, which goes in law. */
    sources: z.array(sourceSchema).default([]),
    /** The same topic for other nations, shown at the top: { wales: "/your-rights/imha-wales" }. */
    equivalents: z.partialRecord(nationSchema, z.string().startsWith("/")).default({}),
    /** Gone: "Exit this page" follows from the title and description. Named here only to say so. */
    quickExit: z
      .never({ error: "is no longer set by hand: 'Exit this page' follows from the title and description (lib/content/quick-exit.ts). Delete this line." })
      .optional(),
    /**
     * "home" hides the contents list and review block. "letter" is a letter or checklist that
     * prints on one A4 sheet: the summary, nations notice and review block show on screen only.
     * "easy-read" is an Easy Read page: big text, a picture beside each point, no summary box.
     */
    layout: z.enum(["guidance", "home", "letter", "easy-read"]).default("guidance"),
    /**
     * Easy Read pages: the standard page or pages with the same facts ("Read the full page").
     * The standard page's "Easy Read version" link is derived from this, so it is declared once.
     */
    /** The rules this page states (rights pages, Easy Read pages, letters); checked against the finder. */
    states: z.array(statedRuleSchema).default([]),
    fullPage: z
      .union([sitePath, z.array(sitePath).min(1)])
      .transform((value) => (typeof value === "string" ? [value] : value))
      .optional(),
  })
  .strict()
  .refine((fm) => fm.nextReview > fm.lastReviewed, {
    path: ["nextReview"],
    message: "must be after lastReviewed",
  })
  .refine((fm) => fm.fullPage === undefined || fm.layout === "easy-read", {
    path: ["fullPage"],
    message: "only Easy Read pages (layout: easy-read) name a full page",
  })
  .refine(
    (fm) => (Date.parse(fm.nextReview) - Date.parse(fm.lastReviewed)) / 86_400_000 <= MAX_REVIEW_GAP_DAYS,
    { path: ["nextReview"], message: "must be at most a year after lastReviewed" },
  );

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type Source = z.infer<typeof sourceSchema>;

/** A readable one-line error naming the file and each bad field. */
export function describeFrontmatterError(file: string, error: z.ZodError): string {
  const problems = error.issues.map((issue) => `  - ${issue.path.join(".") || "(frontmatter)"}: ${issue.message}`);
  return `Invalid frontmatter in ${file}:\n${problems.join("\n")}`;
}
