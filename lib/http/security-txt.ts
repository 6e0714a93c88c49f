import type { OperatorContact } from "../operator-contact";

/** RFC 9116 asks for an Expires under a year away; half a year leaves room to notice. */
const LIFETIME_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * /.well-known/security.txt (RFC 9116) for this deployment, or null when the operator has set
 * no contact: a security.txt without Contact is not valid, so the route answers 404 instead.
 * Expires counts from `now`, rounded down to midnight UTC so a cached copy stays identical all day.
 */
export function securityTxt(contact: OperatorContact | null, siteUrl: string, now: Date): string | null {
  if (!contact) return null;
  const contacts = [contact.email ? `mailto:${contact.email}` : null, contact.url].filter((value) => value !== null);
  const midnight = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const expires = new Date(midnight + LIFETIME_DAYS * DAY_MS).toISOString();
  return [
    ...contacts.map((value) => `Contact: ${value}`),
    `Expires: ${expires}`,
    "Preferred-Languages: en",
    `Canonical: ${siteUrl}/.well-known/security.txt`,
    "",
  ].join("\n");
}

export const NO_SECURITY_CONTACT =
  "This copy of the Advocacy Guide has not published a security contact.\n" +
  "Its operator can set one with SITE_CONTACT_EMAIL or SITE_CONTACT_URL.\n";
