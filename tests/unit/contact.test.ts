import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OperatorContact } from "@/components/content/OperatorContact";
import { ReportProblem } from "@/components/layout/ReportProblem";
import { parseOperatorContact, reportProblemHref } from "@/lib/operator-contact";

const render = (env: Record<string, string>) => renderToStaticMarkup(createElement(OperatorContact, { contact: parseOperatorContact(env) }));

describe("the operator contact on /contact, /about and /accessibility", () => {
  it("says plainly that this copy has no contact set up when neither setting is given", () => {
    const html = render({});
    expect(html).toContain("This copy of the site has no contact set up.");
    expect(html).not.toContain("href=");
  });

  it("shows the email as a mailto: link and the web address as a link when they are set", () => {
    const html = render({ SITE_CONTACT_EMAIL: "help@example.org", SITE_CONTACT_URL: "https://example.org/contact" });
    expect(html).toContain('<a href="mailto:help@example.org">help@example.org</a>');
    expect(html).toContain('<a href="https://example.org/contact">https://example.org/contact</a>');
    expect(html).not.toContain("no contact set up");
  });

  it("shows only what is set", () => {
    const html = render({ SITE_CONTACT_URL: "https://example.org/contact" });
    expect(html).not.toContain("mailto:");
    expect(html).toContain("https://example.org/contact");
  });
});

describe("Report a problem with this page", () => {
  const pageUrl = "https://advocacy.example/wales";
  const props = (env: Record<string, string>) => {
    const contact = parseOperatorContact(env);
    return { href: reportProblemHref(contact, pageUrl, "/wales"), pageUrl, byEmail: Boolean(contact?.email) };
  };

  it("starts an email with the page in the subject when an email is set, without repeating the address", () => {
    const html = renderToStaticMarkup(createElement(ReportProblem, props({ SITE_CONTACT_EMAIL: "help@example.org" })));
    expect(html).toContain('href="mailto:help@example.org?subject=Problem%20with%20a%20page%3A%20https%3A%2F%2Fadvocacy.example%2Fwales"');
    expect(html).not.toContain("give this page");
  });

  it("goes to /contact and shows the page's address to give when no email is set", () => {
    const html = renderToStaticMarkup(createElement(ReportProblem, props({})));
    expect(html).toContain('href="/contact?page=%2Fwales"');
    expect(html).toContain(`give this page’s address: ${pageUrl}`);
  });
});
