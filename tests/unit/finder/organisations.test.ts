import { describe, expect, it } from "vitest";
import { ORGANISATIONS, organisationById, parseOrganisations, telHref } from "../../../lib/organisations";
import directory from "../../../content/data/organisations.json";

/** Numbers the reference sheets saw on the organisation's own page (addendum Q8, corrections). */
const FIRST_PARTY_NUMBERS = new Map([
  ["pass", "0800 917 2127"],
  ["siaa", "0131 510 9410"],
  ["patient-and-client-council", "0800 917 0222"],
  ["care-information-scotland", "0800 011 3200"],
  ["age-scotland", "0800 12 44 222"],
  ["coram-voice", "0808 800 5792"],
  // New topics sheet, items 74 and 108 (official pages), shown on the tribunals and continuing healthcare pages.
  ["mental-health-tribunal-scotland", "0800 345 70 60"],
  ["beacon-chc", "0345 548 0300"],
  // Contacts sheet of 4 December 2026, items 1 and 2: read on Age Cymru's and Age NI's own pages.
  ["age-cymru", "0300 303 44 98"],
  ["age-ni", "0808 808 7575"],
]);

/** Numbers seen only on other people's pages (addendum Q8): recorded, never shown. */
const THIRD_PARTY_NUMBERS = new Map([
  ["pohwer", "0300 456 2370"],
  ["mind", "0300 123 3393"],
  ["independent-age", "0800 319 6789"],
  ["voiceability", "0300 303 1660"],
]);

describe("organisations directory (content/data/organisations.json)", () => {
  it("loads and validates at import", () => {
    expect(ORGANISATIONS.length).toBe(directory.length);
    expect(organisationById("pass")?.name).toContain("Patient Advice and Support Service");
  });

  it("shows only numbers seen on the organisation's own or an official page, each with its source", () => {
    const shown = ORGANISATIONS.filter((o) => o.phone);
    expect(new Map(shown.map((o) => [o.id, o.phone!.number]))).toEqual(FIRST_PARTY_NUMBERS);
    for (const org of shown) {
      expect(["own", "official"], org.id).toContain(org.phone!.source.kind);
      expect(org.phone!.source.url, org.id).toMatch(/^https?:\/\//);
      expect(org.phone!.source.recordedIn, org.id).toMatch(/^docs\/reference\/advocacy-facts/);
      if (org.phone!.hours) expect(org.phone!.hours.source.recordedIn, org.id).toMatch(/^docs\/reference\/advocacy-facts/);
    }
  });

  it("keeps third-party numbers out of phone, with their source for the live check", () => {
    const unconfirmed = ORGANISATIONS.filter((o) => o.unconfirmedPhone);
    expect(new Map(unconfirmed.map((o) => [o.id, o.unconfirmedPhone!.number]))).toEqual(THIRD_PARTY_NUMBERS);
    for (const org of unconfirmed) {
      expect(org.phone, org.id).toBeUndefined();
      expect(org.unconfirmedPhone!.source.kind, org.id).toBe("third-party");
    }
  });

  it("claims no check that did not happen: no checkedOn, and only dates the source page gives", () => {
    expect(JSON.stringify(directory)).not.toContain("checkedOn");
    expect(organisationById("care-information-scotland")?.phone?.source.dated).toBe("2023-10-31");
    expect(organisationById("pass")?.phone?.source.dated).toBeUndefined();
  });

  it("legal check 4 December 2026: Age Cymru's own domain, and no IMCA claim for HSC Trusts (NI IMCA not in force)", () => {
    expect(organisationById("age-cymru")?.url).toBe("https://www.agecymru.wales");
    expect(organisationById("hsc-trusts")?.helpsWith).not.toMatch(/IMCA/);
    expect(organisationById("hsc-trusts")?.helpsWith).toMatch(/no law requires it/);
  });

  it("shows hours only with a source page that gave them: the Tribunal's own FAQ", () => {
    const withHours = ORGANISATIONS.filter((o) => o.phone?.hours);
    expect(withHours.map((o) => o.id)).toEqual(["mental-health-tribunal-scotland"]);
    const hours = organisationById("mental-health-tribunal-scotland")!.phone!.hours!;
    expect(hours.source.kind).toBe("own");
    expect(hours.source.url).toMatch(/^https:\/\/www\.mhtscotland\.gov\.uk\//);
    expect(hours.text).toContain("Friday, 9am to 4:30pm");
  });

  it("turns numbers into tel: links", () => {
    expect(telHref("0800 917 2127")).toBe("tel:+448009172127");
    expect(telHref("0131 510 9410")).toBe("tel:+441315109410");
  });

  it("§9: gives no number for Rethink, and not the obsolete or code-list-only numbers", () => {
    expect(organisationById("rethink")?.phone).toBeUndefined();
    const numbers = ORGANISATIONS.flatMap((o) => [o.phone?.number, o.unconfirmedPhone?.number]);
    for (const bad of ["0300 5000 927", "0808 801 0525", "0845 262 1863", "0800 055 6112", "0800 678 1602", "0808 808 7777"]) {
      expect(numbers).not.toContain(bad);
    }
  });

  it("§1.8 and corrections: describes Healthwatch as planned to close, dated by its source, and not complaints advocacy", () => {
    const healthwatch = organisationById("healthwatch");
    expect(healthwatch?.status).toBe("being-abolished");
    expect(healthwatch?.statusNote).toMatch(/plans to close Healthwatch \(June 2026\)\. Until then it is still open/);
    expect(healthwatch?.helpsWith).toContain("not the NHS complaints advocacy service");
  });

  it("§6 item 11: does not list OPAAL", () => {
    expect(ORGANISATIONS.some((o) => /opaal/i.test(`${o.id} ${o.name} ${o.url}`))).toBe(false);
  });

  it("§6 item 16: points Northern Ireland to HSC Trusts, not the council finder", () => {
    expect(organisationById("find-local-council")?.nations).not.toContain("northern-ireland");
    expect(organisationById("hsc-trusts")?.nations).toEqual(["northern-ireland"]);
  });

  it("includes the official finders named in the addendum (Q9)", () => {
    expect(organisationById("find-local-council")?.url).toBe("https://www.gov.uk/find-local-council");
    expect(organisationById("nhs-111-wales-health-boards")?.url).toBe("https://111.wales.nhs.uk/localservices/localhealthboards");
    expect(organisationById("care-information-scotland")?.url).toBe("https://www.careinfoscotland.scot");
  });
});

describe("parseOrganisations", () => {
  const good = { id: "x-y", name: "X", kind: "advice", helpsWith: "Helps.", nations: ["wales"], url: "https://x.example", status: "operating" };
  const source = { url: "https://x.example/contact", kind: "own", recordedIn: "docs/reference/advocacy-facts-addendum.md, Q8" };

  it("accepts a good entry", () => {
    expect(parseOrganisations([good])).toEqual([good]);
  });

  it.each([
    ["a non-https url", { ...good, url: "http://x.example" }, "[0] (x-y).url"],
    ["a non-kebab id", { ...good, id: "Age UK" }, "[0] (Age UK).id"],
    ["an unknown nation", { ...good, nations: ["cornwall"] }, "[0] (x-y).nations.0"],
    ["a phone without a source", { ...good, phone: { number: "0800 917 2127" } }, "[0] (x-y).phone.source"],
    ["a shown phone from a third-party page", { ...good, phone: { number: "0800 917 2127", source: { ...source, kind: "third-party" } } }, "[0] (x-y).phone.source.kind"],
    ["a badly written source date", { ...good, phone: { number: "0800 917 2127", source: { ...source, dated: "24/11/2026" } } }, "[0] (x-y).phone.source.dated"],
    ["a claimed check", { ...good, phone: { number: "0800 917 2127", source, checkedOn: "2026-11-24" } }, "[0] (x-y).phone"],
    ["a number that is not a UK number", { ...good, phone: { number: "call us", source } }, "[0] (x-y).phone.number"],
    ["hours without a source", { ...good, phone: { number: "0800 917 2127", source, hours: { text: "Monday to Friday, 9am to 5pm." } } }, "[0] (x-y).phone.hours.source"],
    ["hours from a third-party page", { ...good, phone: { number: "0800 917 2127", source, hours: { text: "Monday to Friday, 9am to 5pm.", source: { ...source, kind: "third-party" } } } }, "[0] (x-y).phone.hours.source.kind"],
    ["a textphone without a source", { ...good, phone: { number: "0800 917 2127", source, textphone: { number: "18001 0800 917 2127" } } }, "[0] (x-y).phone.textphone"],
    ["an unknown field", { ...good, email: "a@b.c" }, "[0] (x-y)"],
  ])("rejects %s, naming the file and field", (_, entry, where) => {
    expect(() => parseOrganisations([entry])).toThrow("content/data/organisations.json");
    expect(() => parseOrganisations([entry])).toThrow(where);
  });

  it("rejects duplicate ids and a non-array", () => {
    expect(() => parseOrganisations([good, good])).toThrow('duplicate id "x-y"');
    expect(() => parseOrganisations({})).toThrow("(top level)");
  });
});
