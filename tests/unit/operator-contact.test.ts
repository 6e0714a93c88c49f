import { describe, expect, it } from "vitest";
import { missingContactWarning, parseOperatorContact, reportProblemHref } from "@/lib/operator-contact";

describe("operator contact setting", () => {
  it("is null when neither variable is set or both are blank", () => {
    expect(parseOperatorContact({})).toBeNull();
    expect(parseOperatorContact({ SITE_CONTACT_EMAIL: " ", SITE_CONTACT_URL: "" })).toBeNull();
  });

  it("keeps a valid email and web address", () => {
    expect(parseOperatorContact({ SITE_CONTACT_EMAIL: "help@example.org" })).toEqual({ email: "help@example.org", url: null });
    expect(parseOperatorContact({ SITE_CONTACT_URL: "https://example.org/contact" })).toEqual({
      email: null,
      url: "https://example.org/contact",
    });
  });

  it("rejects a malformed value with a message naming the variable", () => {
    expect(() => parseOperatorContact({ SITE_CONTACT_EMAIL: "not an email" })).toThrow(/SITE_CONTACT_EMAIL/);
    expect(() => parseOperatorContact({ SITE_CONTACT_URL: "javascript:alert(1)" })).toThrow(/SITE_CONTACT_URL/);
  });
});

describe("Report a problem with this page", () => {
  const url = "https://advocacy.example/your-rights/imha-england";
  const path = "/your-rights/imha-england";

  it("emails the operator with the page's address in the subject when an email is set", () => {
    const href = reportProblemHref({ email: "help@example.org", url: "https://example.org/contact" }, url, path);
    expect(href).toBe("mailto:help@example.org?subject=Problem%20with%20a%20page%3A%20https%3A%2F%2Fadvocacy.example%2Fyour-rights%2Fimha-england");
    expect(decodeURIComponent(new URL(href).searchParams.get("subject")!)).toBe(`Problem with a page: ${url}`);
  });

  it("goes to /contact with the page's address when only a web address or nothing is set", () => {
    expect(reportProblemHref({ email: null, url: "https://example.org/contact" }, url, path)).toBe("/contact?page=%2Fyour-rights%2Fimha-england");
    expect(reportProblemHref(null, url, path)).toBe("/contact?page=%2Fyour-rights%2Fimha-england");
  });

  it("warns at build time, naming both settings, only when nothing is set", () => {
    expect(missingContactWarning(null)).toMatch(/SITE_CONTACT_EMAIL.*SITE_CONTACT_URL/);
    expect(missingContactWarning({ email: "help@example.org", url: null })).toBeNull();
  });
});
