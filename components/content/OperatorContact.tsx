import type { OperatorContact as Contact } from "@/lib/operator-contact";

/**
 * How to reach whoever runs this copy of the site (SITE_CONTACT_EMAIL / SITE_CONTACT_URL), or a
 * plain statement that they have set none. Used on /contact, /about and /accessibility.
 */
export function OperatorContact({ contact }: { contact: Contact | null }) {
  if (!contact) {
    return (
      <div className="inset-text operator-contact">
        <p>
          <strong>This copy of the site has no contact set up.</strong> The people who run it have not given an email address or a web address, so
          there is no way to send them a message from here.
        </p>
      </div>
    );
  }
  return (
    <div className="inset-text operator-contact">
      <ul className="operator-contact__ways">
        {contact.email && (
          <li>
            Email: <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </li>
        )}
        {contact.url && (
          <li>
            Online: <a href={contact.url}>{contact.url}</a>
          </li>
        )}
      </ul>
    </div>
  );
}
