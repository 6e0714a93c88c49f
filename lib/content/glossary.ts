import { z } from "zod";
import glossaryJson from "../../content/data/glossary.json";
import { nationSchema } from "../nations";

export const glossaryEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case"),
    term: z.string().min(2),
    /** Other forms of the term that should link here too: plurals, abbreviations. */
    also: z.array(z.string().min(2)).default([]),
    definition: z.string().min(10),
    /** Only where the term belongs to some nations' law. */
    nations: z.array(nationSchema).optional(),
  })
  .strict();

export const glossarySchema = z.array(glossaryEntrySchema).min(1);
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

function parseGlossary(json: unknown): GlossaryEntry[] {
  const parsed = glossarySchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid content/data/glossary.json:\n${problems}`);
  }
  return [...parsed.data].sort((a, b) => a.term.localeCompare(b.term, "en-GB"));
}

export const GLOSSARY: GlossaryEntry[] = parseGlossary(glossaryJson);
