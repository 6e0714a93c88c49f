import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCsvObjects } from "@/lib/councils/csv";
import { finderApi } from "@/lib/finder/api";
import { answersToSearch } from "@/lib/finder/query";
import { finderStep } from "@/lib/finder/step";
import type { Nation } from "@/lib/nations";
import { allAnswers } from "../../support/finder-paths";

const api = (query: string) => finderApi(new URLSearchParams(query));
type Local = { area: { slug: string; name: string }; bodies: { name: string; role: string; url: string | null; for: string[] }[] };
const localOf = (query: string): Local => {
  const answer = api(query);
  expect(answer.status, query).toBe(200);
  return (answer.body as { local: Local }).local;
};

/** A complete path per nation whose results name a local body. */
const PATH: Record<Nation, string> = {
  england: "nation=england&topic=care-support&support=none&difficulty=yes",
  wales: "nation=wales&topic=mental-health&mha=detained",
  scotland: "nation=scotland&topic=mental-health&disorder=yes",
  "northern-ireland": "nation=northern-ireland&topic=other",
};
const NATION_OF: Record<string, Nation> = { England: "england", Wales: "wales", Scotland: "scotland", "Northern Ireland": "northern-ireland" };
const govRows = parseCsvObjects(readFileSync("data/sources/local-authorities/gov-uk-local-authorities.csv", "utf8"));

describe("the area answer in the JSON API", () => {
  it("answers with `local` for every slug in GOV.UK's file, naming at least one body with its role", () => {
    expect(govRows).toHaveLength(382);
    for (const row of govRows) {
      const local = localOf(`${PATH[NATION_OF[row.country_name!]!]}&area=${row.slug}`);
      expect(local.area).toEqual({ slug: row.slug, name: row.name });
      expect(local.bodies.length, row.slug).toBeGreaterThan(0);
      for (const body of local.bodies) {
        expect(body.role.length).toBeGreaterThan(0);
        expect(body.for.length).toBeGreaterThan(0);
        if (body.url !== null) expect(body.url).toMatch(/^https?:\/\//);
      }
    }
  });

  it("names Derbyshire County Council, which runs adult social care, for Amber Valley", () => {
    const care = localOf(`${PATH.england}&area=amber-valley`);
    expect(care.bodies).toEqual([{ name: "Derbyshire County Council", role: "adult social care", url: "http://www.derbyshire.gov.uk/", for: ["care-act"] }]);
    const imha = localOf("nation=england&topic=mental-health&mha=detained&area=amber-valley");
    expect(imha.bodies.map((b) => [b.name, b.for])).toEqual([["Derbyshire County Council", ["imha"]]]);
  });

  it("names the council's children's services, not adult social care, for the children's complaints result", () => {
    const england = localOf("nation=england&topic=social-care-complaint&area=amber-valley");
    expect(england.bodies).toEqual([expect.objectContaining({ name: "Derbyshire County Council", role: "children's services", for: ["complaints"] })]);
    const nhs = localOf("nation=england&topic=nhs-complaint&area=amber-valley");
    expect(nhs.bodies).toEqual([expect.objectContaining({ name: "Derbyshire County Council", role: "adult social care", for: ["complaints"] })]);
    // In Wales, NHS complaints help is Llais, a national body: no local body is named for it.
    expect(localOf("nation=wales&topic=nhs-complaint&area=cardiff").bodies.filter((b) => b.for.includes("complaints"))).toEqual([]);
  });

  it("names the health board for a Welsh IMHA and the council for independent professional advocacy", () => {
    expect(localOf(`${PATH.wales}&area=cardiff`).bodies).toEqual([
      { name: "Cardiff and Vale University Health Board", role: "health board", url: "https://cavuhb.nhs.wales/", for: ["imha"] },
    ]);
    expect(localOf(`${PATH.wales}&area=bridgend`).bodies[0]!.name).toBe("Cwm Taf Morgannwg University Health Board");
    const ipa = localOf("nation=wales&topic=care-support&support=none&difficulty=yes&area=gwynedd");
    expect(ipa.bodies.find((b) => b.for.includes("wales-ipa"))?.name).toBe("Gwynedd Council");
  });

  it("names both the council and the NHS board for Scottish s259 advocacy", () => {
    expect(localOf(`${PATH.scotland}&area=glasgow`).bodies.map((b) => [b.name, b.role])).toEqual([
      ["Glasgow City Council", "council"],
      ["NHS Greater Glasgow and Clyde", "NHS board"],
    ]);
    expect(localOf(`${PATH.scotland}&area=argyll-and-bute`).bodies[1]!.name).toBe("NHS Highland");
  });

  it("names the HSC trust or trusts in Northern Ireland", () => {
    expect(localOf(`${PATH["northern-ireland"]}&area=belfast`).bodies.map((b) => b.name)).toEqual(["Belfast Health and Social Care Trust"]);
    expect(localOf(`${PATH["northern-ireland"]}&area=mid-ulster`).bodies.map((b) => b.name)).toEqual([
      "Northern Health and Social Care Trust",
      "Southern Health and Social Care Trust",
    ]);
    expect(localOf(`${PATH["northern-ireland"]}&area=belfast`).bodies[0]!.role).toBe("HSC trust");
  });

  it("answers 400 naming the area question for an unknown slug or a council in another nation", () => {
    const bad = ["atlantis", "cardiff", "glasgow", "belfast"].map((area) => api(`${PATH.england}&area=${area}`));
    bad.push(api(`${PATH.wales}&area=amber-valley`), api(`${PATH.scotland}&area=belfast`), api(`${PATH["northern-ireland"]}&area=glasgow`));
    for (const answer of bad) {
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ error: { question: "area" } });
      expect((answer.body as { error: { message: string } }).error.message.length).toBeGreaterThan(10);
    }
    expect(JSON.stringify(api(`${PATH.england}&area=cardiff`).body)).toContain("City of Cardiff Council is in Wales, not England");
  });

  it("never names area as next, and leaves `local` out when no area is given", () => {
    for (const answers of allAnswers()) {
      const query = answersToSearch(answers);
      const body = api(query).body as { next: string | null; local?: unknown };
      expect(body.next).toBeNull();
      expect(body.local).toBeUndefined();
      for (let cut = 1; cut < query.split("&").length; cut++) {
        const partial = api(query.split("&").slice(0, cut).join("&")).body as { next: string | null };
        expect(partial.next).not.toBe("area");
      }
    }
  });
});

describe("results are identical with and without area", () => {
  const AREA: Record<Nation, string> = { england: "amber-valley", wales: "cardiff", scotland: "glasgow", "northern-ireland": "belfast" };
  it("for every finder path, with one area per nation", () => {
    let compared = 0;
    for (const answers of allAnswers()) {
      const query = answersToSearch(answers);
      const without = api(query).body as Record<string, unknown>;
      const withArea = api(`${query}&area=${AREA[answers.nation!]}`).body as Record<string, unknown>;
      expect(withArea.results, query).toEqual(without.results);
      expect(withArea.organisations).toEqual(without.organisations);
      expect([withArea.complete, withArea.next]).toEqual([without.complete, without.next]);
      expect(withArea.answers).toEqual({ ...(without.answers as object), area: AREA[answers.nation!] });
      expect(withArea.local).toBeDefined();
      compared += 1;
    }
    expect(compared).toBe(allAnswers().length);
    expect(compared).toBeGreaterThan(100);
  });
});

describe("the result page's who to ask", () => {
  const result = (query: string) => {
    const step = finderStep(new URLSearchParams(query), "result");
    if (step.kind !== "result") throw new Error(step.kind);
    return step;
  };

  it("puts the ward staff first for a detained patient in England, and says the hospital's council may not be theirs", () => {
    const imha = result("nation=england&topic=mental-health&mha=detained&area=amber-valley").results.find((r) => r.type === "imha")!;
    expect(imha.whoToAsk?.firstStep).toMatch(/^Ask the ward staff first/);
    expect(imha.whoToAsk?.bodies[0]?.name).toBe("Derbyshire County Council");
    expect(imha.whoToAsk?.bodies[0]?.note).toContain("where the hospital is");
    expect(imha.whoToAsk?.bodies[0]?.note).toContain("Amber Valley Borough Council is a district council");
  });

  it("says so when a board or trust row is not checked against an official page", () => {
    const ni = result("nation=northern-ireland&topic=other&area=belfast").results.find((r) => r.type === "non-statutory")!;
    expect(ni.whoToAsk?.bodies[0]?.note).toContain("Not yet checked against an official page");
    const wales = result(`${PATH.wales}&area=cardiff`).results.find((r) => r.type === "imha")!;
    expect(wales.whoToAsk?.bodies[0]?.note).not.toContain("Not yet checked");
  });

  it("gives no who to ask without an area, or for a result that does not apply", () => {
    for (const r of result(PATH.england).results) expect(r.whoToAsk).toBeNull();
    for (const r of result(`${PATH.england}&area=amber-valley`).results.filter((x) => x.strength === "not-entitled")) expect(r.whoToAsk).toBeNull();
  });

  it("a form that changes the nation drops the council answer instead of failing", () => {
    const step = finderStep(new URLSearchParams(`${PATH.england}&area=amber-valley&who=me`), "nation");
    if (step.kind !== "question") throw new Error(step.kind);
    expect(step.carried.map(([id]) => id)).not.toContain("area");
    const otherQuestion = finderStep(new URLSearchParams(`${PATH.england}&area=amber-valley&who=me`), "support");
    if (otherQuestion.kind !== "question") throw new Error(otherQuestion.kind);
    expect(otherQuestion.carried).toContainEqual(["area", "amber-valley"]);
  });
});
