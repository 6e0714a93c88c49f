import { z } from "zod";

/**
 * How readers reach whoever runs this copy of the site: the one place the operator's contact is
 * set. Both are optional environment variables, read at build and start:
 *   SITE_CONTACT_EMAIL  an email address, for "Report a problem" and security.txt
 *   SITE_CONTACT_URL    an https web address (a contact form or page), used where email is not set
 * A value that is set but malformed stops the build with a message naming the variable.
 */
const contactSchema = z.object({
  SITE_CONTACT_EMAIL: z.email({ error: "SITE_CONTACT_EMAIL must be an email address, for example help@example.org" }).optional(),
  SITE_CONTACT_URL: z.url({ protocol: /^https?$/, error: "SITE_CONTACT_URL must be an http(s) address, for example https://example.org/contact" }).optional(),
});

export type OperatorContact = { email: string | null; url: string | null };

/** Parses the contact settings; empty strings count as unset. Throws with a plain message. */
export function parseOperatorContact(env: Record<string, string | undefined>): OperatorContact | null {
  const blankToUndefined = (value: string | undefined) => (value && value.trim() !== "" ? value.trim() : undefined);
  const parsed = contactSchema.safeParse({
    SITE_CONTACT_EMAIL: blankToUndefined(env.SITE_CONTACT_EMAIL),
    SITE_CONTACT_URL: blankToUndefined(env.SITE_CONTACT_URL),
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join("; "));
  const { SITE_CONTACT_EMAIL: email = null, SITE_CONTACT_URL: url = null } = parsed.data;
  return email || url ? { email, url } : null;
}

/** This deployment's contact, or null when none is set (pages then say so plainly). */
export const OPERATOR_CONTACT = parseOperatorContact(process.env);

/** What the build says when no contact is set: once, naming both settings. Null when one is set. */
export function missingContactWarning(contact: OperatorContact | null): string | null {
  if (contact) return null;
  return "No operator contact is set: pages will say this copy of the site has no contact set up. Set SITE_CONTACT_EMAIL and/or SITE_CONTACT_URL before building (see README, Run it).";
}

/** The /contact page, which shows the operator's contact or says plainly that there is none. */
export const CONTACT_PATH = "/contact";

/**
 * Where "Report a problem with this page" goes: an email with the page's address in the subject
 * when an email is set; otherwise the /contact page, told which page it was.
 */
export function reportProblemHref(contact: OperatorContact | null, pageUrl: string, pagePath: string): string {
  if (contact?.email) return `mailto:${contact.email}?subject=${encodeURIComponent(`Problem with a page: ${pageUrl}`)}`;
  return `${CONTACT_PATH}?${new URLSearchParams({ page: pagePath }).toString()}`;
}
