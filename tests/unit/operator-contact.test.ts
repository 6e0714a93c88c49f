import { describe, expect, it } from "vitest";
import { parseOperatorContact } from "@/lib/operator-contact";

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
