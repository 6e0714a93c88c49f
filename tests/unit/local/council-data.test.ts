import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import committed from "@/content/data/councils.json";
import { buildCouncilData } from "@/lib/councils/build";
import { parseCsvObjects } from "@/lib/councils/csv";
import { COUNCILS, COUNCIL_DATA, adultSocialCareOf, councilBySlug, healthBodiesOf } from "@/lib/councils/directory";

const read = (file: string) => readFileSync(file, "utf8");
const SOURCES = {
  govUk: read("data/sources/local-authorities/gov-uk-local-authorities.csv"),
  mySociety: read("data/sources/local-authorities/mysociety-uk-local-authorities-current.csv"),
  healthTable: JSON.parse(read("data/local-health-bodies.json")) as unknown,
};
const govRows = parseCsvObjects(SOURCES.govUk);
const msRows = parseCsvObjects(SOURCES.mySociety);
const inNation = (nation: string) => COUNCILS.filter((c) => c.nation === nation);

describe("content/data/councils.json", () => {
  it("is exactly what npm run data:councils builds from the copied sources", () => {
    expect(buildCouncilData(SOURCES)).toEqual(committed);
  });

  it("the licences and source notes travel with the copied files", () => {
    expect(read("data/sources/local-authorities/gov-uk-LICENCE.txt")).toContain("Crown Copyright (Government Digital Service)");
    expect(read("data/sources/local-authorities/mysociety-LICENSE.txt")).toContain("mySociety");
    expect(read("data/sources/local-authorities/SOURCES.md")).toContain("CC BY 4.0");
  });

  it("has every council in GOV.UK's file, once, with its name, nation and homepage as given", () => {
    expect(COUNCILS).toHaveLength(govRows.length);
    expect(govRows.length).toBe(382);
    for (const row of govRows) {
      const council = councilBySlug(row.slug!);
      expect(council, row.slug).toBeDefined();
      expect(council!.name).toBe(row.name);
      // Never invented: the homepage is GOV.UK's, character for character.
      expect(council!.homepage).toBe(row.homepage_url);
    }
    expect([inNation("england").length, inNation("wales").length, inNation("scotland").length, inNation("northern-ireland").length]).toEqual([
      317, 22, 32, 11,
    ]);
  });

  it("has every current council in mySociety's file that GOV.UK also lists (by slug or GSS code)", () => {
    const bySlug = new Set(COUNCILS.map((c) => c.slug));
    const govGss = new Set(govRows.map((r) => r.gss));
    const current = msRows.filter((r) => r["current-authority"] === "True" && (bySlug.has(r["gov-uk-slug"]!) || govGss.has(r["gss-code"])));
    // Combined authorities and the GLA run no adult social care and are not in GOV.UK's list.
    expect(current.length).toBeGreaterThanOrEqual(378);
    for (const row of current) {
      const found = councilBySlug(row["gov-uk-slug"]!) ?? COUNCILS.find((c) => govRows.find((g) => g.slug === c.slug)?.gss === row["gss-code"]);
      expect(found, row["official-name"]).toBeDefined();
    }
  });

  it("resolves every district to its county, which runs adult social care", () => {
    const districts = COUNCILS.filter((c) => c.tier === "district");
    expect(districts).toHaveLength(164);
    for (const district of districts) {
      const county = adultSocialCareOf(district);
      expect(county?.tier, district.slug).toBe("county");
      expect(county?.nation).toBe("england");
    }
    expect(adultSocialCareOf(councilBySlug("amber-valley")!)?.name).toBe("Derbyshire County Council");
    for (const council of COUNCILS.filter((c) => c.tier !== "district" && c.nation !== "northern-ireland")) {
      expect(council.adultSocialCare, council.slug).toBe(council.slug);
    }
    for (const council of inNation("northern-ireland")) expect(council.adultSocialCare).toBeNull();
  });

  it("gives each Welsh and Scottish council exactly one board, and each NI council area at least one trust", () => {
    for (const c of [...inNation("wales"), ...inNation("scotland")]) expect(healthBodiesOf(c), c.slug).toHaveLength(1);
    for (const c of inNation("northern-ireland")) expect(healthBodiesOf(c).length, c.slug).toBeGreaterThanOrEqual(1);
    for (const c of inNation("england")) expect(c.health).toBeNull();
    const used = (nation: string) => new Set(inNation(nation).flatMap((c) => healthBodiesOf(c).map((b) => b.id)));
    expect([used("wales").size, used("scotland").size, used("northern-ireland").size]).toEqual([7, 14, 5]);
  });

  it("names the board or trust the official pages give for sample areas", () => {
    const names = (slug: string) => healthBodiesOf(councilBySlug(slug)!).map((b) => b.name);
    expect(names("cardiff")).toEqual(["Cardiff and Vale University Health Board"]);
    expect(names("bridgend")).toEqual(["Cwm Taf Morgannwg University Health Board"]);
    expect(names("glasgow")).toEqual(["NHS Greater Glasgow and Clyde"]);
    expect(names("argyll-and-bute")).toEqual(["NHS Highland"]);
    expect(names("belfast")).toEqual(["Belfast Health and Social Care Trust"]);
    expect(names("lisburn-castlereagh")).toEqual(["South Eastern Health and Social Care Trust", "Belfast Health and Social Care Trust"]);
  });

  it("gives every row its official source, or says why not; every source and body address is https", () => {
    let sourced = 0;
    for (const council of COUNCILS.filter((c) => c.health)) {
      const { source, note } = council.health!;
      if (source) {
        sourced += 1;
        expect(source.url, council.slug).toMatch(/^https:\/\//);
        expect(["own", "official"]).toContain(source.kind);
      } else expect(note, council.slug).toMatch(/^Not checked against an official page/);
    }
    expect(sourced).toBe(44);
    for (const body of COUNCIL_DATA.healthBodies) {
      if (body.url === null) expect(body.urlNote, body.id).toBeTruthy();
      else expect(body.url, body.id).toMatch(/^https:\/\//);
      expect(body.urlSeenOn ?? body.urlNote, body.id).toBeTruthy();
    }
  });

  it("keeps http homepages only where GOV.UK's file gives http (no address is rewritten unchecked)", () => {
    const http = COUNCILS.filter((c) => c.homepage.startsWith("http://"));
    for (const council of http) expect(govRows.find((r) => r.slug === council.slug)?.homepage_url).toBe(council.homepage);
    expect(COUNCILS.filter((c) => !/^https?:\/\//.test(c.homepage))).toEqual([]);
  });

  it("shows the attribution mySociety's licence asks for on the page about the data", () => {
    const page = read("content/pages/about-our-data.mdx");
    expect(page).toContain('Contains data from mySociety, "UK local authority names and codes"');
    expect(page).toContain("https://creativecommons.org/licenses/by/4.0/");
    expect(page).toContain("Crown Copyright (Government Digital Service)");
  });
});
