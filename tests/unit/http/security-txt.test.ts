import { describe, expect, it } from "vitest";
import { securityTxt } from "@/lib/http/security-txt";

const NOW = new Date("2026-12-01T15:30:00Z");

describe("security.txt", () => {
  it("gives the RFC 9116 fields from the operator contact", () => {
    const txt = securityTxt({ email: "security@example.org", url: "https://example.org/contact" }, "https://advocacy.example.org", NOW);
    expect(txt).toBe(
      [
        "Contact: mailto:security@example.org",
        "Contact: https://example.org/contact",
        "Expires: 2027-05-30T00:00:00.000Z",
        "Preferred-Languages: en",
        "Canonical: https://advocacy.example.org/.well-known/security.txt",
        "",
      ].join("\n"),
    );
  });

  it("expires less than a year ahead", () => {
    const txt = securityTxt({ email: null, url: "https://example.org/contact" }, "https://example.org", NOW)!;
    const expires = new Date(txt.match(/^Expires: (.+)$/m)![1]!);
    expect(expires.getTime() - NOW.getTime()).toBeLessThan(365 * 24 * 3600 * 1000);
    expect(expires.getTime()).toBeGreaterThan(NOW.getTime());
  });

  it("is not published without a contact", () => {
    expect(securityTxt(null, "https://example.org", NOW)).toBeNull();
  });
});
