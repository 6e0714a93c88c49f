import { describe, expect, it } from "vitest";
import { lawById } from "../../../lib/law";
import { evaluate } from "../../../lib/finder/evaluate";
import { OVERLAPS, otherTopicsFor, overlapsFor } from "../../../lib/finder/overlaps";
import { resultsFor } from "../../../lib/finder/rules";
import { outcomeFor } from "./helpers";
import { enumeratePaths } from "./helpers";

/** Issue 20 §1: where one situation brings rights from another topic, with the provisions that bring them. */
const row = (id: string) => {
  const found = OVERLAPS.find((r) => r.id === id);
  if (!found) throw new Error(`no overlap row ${id}`);
  return found;
};
const find = (query: string, type: string) => outcomeFor(query).results.find((r) => r.type === type);

describe("the overlap table names its provisions", () => {
  it.each([
    ["long-stay-dols", ["mca-2005-sch-a1-part-10", "mca-2005-s39a", "mca-2005-s39d", "mca-2005-s40", "mca-2005-s21a", "si-2013-480-reg-5"]],
    ["long-stay-care-planning-england", ["care-act-2014-s67", "si-2014-2889-reg-4"]],
    ["long-stay-care-planning-wales", ["sswb-2014-part-10"]],
    ["liberty-care-planning", ["care-act-2014-s67", "si-2014-2889-reg-4", "sswb-2014-part-10", "mca-2005-s38", "mca-2005-s39", "mca-2005-s40"]],
    ["capacity-safeguarding-care-act", ["care-act-2014-s68", "sswb-2014-part-10"]],
    ["safeguarding-imca", ["si-2006-2883-reg-4", "si-2006-2883-reg-5", "wsi-2007-852-reg-9"]],
    ["scotland-care-assessment", ["mhcts-2003-s259", "awi-2000-s1"]],
  ])("%s cites %j, each in the law registry", (id, provisions) => {
    expect([...row(id).provisions].sort()).toEqual([...provisions].sort());
    for (const p of provisions) expect(() => lawById(p)).not.toThrow();
  });

  it("links each row to a topic other than the ones it starts from", () => {
    for (const r of OVERLAPS) expect(r.fromTopics, r.id).not.toContain(r.toTopic);
  });
});

describe("a long move or placement review for someone who may lack capacity brings the DoLS safeguards (MCA 2005 Sch A1 Part 10, ss39A, 39D, 21A)", () => {
  const daughter = "nation=wales&topic=capacity&decision=long-stay-move&capacity=lacks&support=unpaid";

  it("readers.md T1: a Welsh daughter who can be consulted is told of the representative and the s39D IMCA, each with its condition", () => {
    const rpr = find(daughter, "rpr");
    expect(rpr?.strength).toBe("must-provide");
    expect(rpr?.law).toEqual(["mca-2005-sch-a1-part-10", "mca-2005-s21a", "si-2013-480-reg-5"]);
    expect(rpr?.condition).toMatch(/not be free to leave.*supervise and control/);
    expect(rpr?.summary).toMatch(/Court of Protection, with legal aid whatever their income/);
    const imca = find(daughter, "imca-dols");
    expect(imca?.basis).toBe("Mental Capacity Act 2005, section 39D");
    expect(imca?.condition).toMatch(/representative is unpaid/);
    expect(imca?.condition).toMatch(/attorney or deputy/);
    // The move IMCA stays "does not apply": disagreeing family still counts (MCA Code para 10.79).
    expect(find(daughter, "imca")?.strength).toBe("not-entitled");
  });

  it("with nobody but paid staff, the IMCA while permission is checked is the s39A one", () => {
    const imca = find("nation=england&topic=capacity&decision=accommodation-review&capacity=not-sure&support=none", "imca-dols");
    expect(imca?.basis).toBe("Mental Capacity Act 2005, section 39A");
    expect(imca?.condition).toMatch(/only if the person is found to lack capacity/);
  });

  it("the free-to-leave refinement sharpens the condition, and 'free to leave' drops the safeguards", () => {
    expect(find(`${daughter}&free-to-leave=no`, "rpr")?.condition).toMatch(/^From your answers, the person may be deprived of their liberty/);
    expect(find(`${daughter}&free-to-leave=yes`, "rpr")).toBeUndefined();
    expect(find(`${daughter}&free-to-leave=not-sure`, "rpr")?.condition).toEqual(find(daughter, "rpr")?.condition);
  });

  it("does not apply where the person can decide, to other decisions, or in Scotland and Northern Ireland", () => {
    expect(find("nation=england&topic=capacity&decision=long-stay-move&capacity=has&support=unpaid", "rpr")).toBeUndefined();
    expect(find("nation=england&topic=capacity&decision=serious-treatment&capacity=lacks&support=none", "rpr")).toBeUndefined();
    for (const a of enumeratePaths()) {
      if (a.nation === "scotland" || a.nation === "northern-ireland") {
        expect(overlapsFor(a).filter((r) => r.id === "long-stay-dols")).toEqual([]);
      }
    }
  });
});

describe("SI 2014/2889 reg 4 on the capacity topic's move and review paths (England, issue 17)", () => {
  it.each(["long-stay-move", "accommodation-review"])("%s with a family helper: the council must consider a Care Act advocate, naming both reg 4 cases", (decision) => {
    const careAct = find(`nation=england&topic=capacity&decision=${decision}&capacity=lacks&support=unpaid`, "care-act");
    expect(careAct?.strength).toBe("must-consider");
    expect(careAct?.law).toEqual(["si-2014-2889-reg-4", "care-act-2014-s67"]);
    expect(careAct?.summary).toMatch(/long NHS stay/);
    expect(careAct?.summary).toMatch(/disagreement/);
    expect(careAct?.condition).toMatch(/both agree/);
  });

  it("is England law only: no Welsh twin", () => {
    expect(find("nation=wales&topic=capacity&decision=accommodation-review&capacity=lacks&support=unpaid", "care-act")).toBeUndefined();
  });
});

describe("a deprivation of liberty brings care-planning advocacy and the move IMCA (Care Act s67, Part 10 Code, MCA ss38-39)", () => {
  it("England, nobody unpaid: Care Act advocate and move IMCA, both conditional", () => {
    const q = "nation=england&topic=liberty&dols=requested&support=none";
    expect(find(q, "care-act")?.strength).toBe("must-provide");
    expect(find(q, "care-act")?.condition).toMatch(/assessing the person's needs or planning their care/);
    expect(find(q, "imca")?.basis).toBe("Mental Capacity Act 2005, sections 38 to 40");
    expect(find(q, "imca")?.condition).toMatch(/28 days or more in hospital, or 8 weeks or more in a care home/);
  });

  it("Wales, nobody unpaid: the independent professional advocate and the move IMCA with the Welsh regulations", () => {
    const q = "nation=wales&topic=liberty&dols=not-sure&support=paid-only";
    expect(find(q, "wales-ipa")?.strength).toBe("must-provide");
    expect(find(q, "imca")?.law).toContain("wsi-2007-852-reg-5");
    expect(find(q, "care-act")).toBeUndefined();
  });

  it("with a family helper: reg 4 in England, nothing extra in Wales, and never the move IMCA", () => {
    expect(find("nation=england&topic=liberty&dols=requested&support=unpaid", "care-act")?.strength).toBe("must-consider");
    expect(find("nation=wales&topic=liberty&dols=requested&support=unpaid", "wales-ipa")).toBeUndefined();
    expect(find("nation=england&topic=liberty&dols=requested&support=unpaid", "imca")).toBeUndefined();
  });
});

describe("safeguarding and Scotland: the rows bring what the rules already give, never a second card", () => {
  it("England safeguarding (Care Act s68 and SI 2006/2883 regs 4-5): one IMCA and one Care Act card", () => {
    const { results } = outcomeFor("nation=england&topic=safeguarding&capacity=lacks&support=unpaid&difficulty=yes");
    expect(results.filter((r) => r.type === "imca")).toHaveLength(1);
    expect(results.filter((r) => r.type === "care-act")).toHaveLength(1);
    expect(results.find((r) => r.type === "imca")?.law).toContain("si-2006-2883-reg-4");
  });

  it("a capacity decision about safeguarding with nobody to help brings the s68 Care Act advocate", () => {
    expect(find("nation=england&topic=capacity&decision=safeguarding&capacity=lacks&support=none", "care-act")?.law).toEqual(["care-act-2014-s68"]);
  });

  it("a Scottish care assessment keeps the s259 right of access", () => {
    expect(find("nation=scotland&topic=care-support&disorder=yes", "scotland-mh")?.strength).toBe("must-provide");
  });

  it("never adds a type the path's own rules already give", () => {
    for (const answers of enumeratePaths()) {
      const own = resultsFor(answers).map((r) => r.type);
      const all = evaluate(answers).results.map((r) => r.type);
      expect(new Set(all).size, JSON.stringify(answers)).toBe(all.length);
      for (const type of own) expect(all).toContain(type);
    }
  });
});

describe("other topics that may fit", () => {
  it("a Welsh care-home move links to liberty and to care and support", () => {
    expect(otherTopicsFor({ nation: "wales", topic: "capacity" })).toEqual(["liberty", "care-support", "safeguarding"]);
    expect(otherTopicsFor({ nation: "wales", topic: "liberty" })).toEqual(["capacity", "care-support"]);
  });

  it("Northern Ireland and the complaint topics have none", () => {
    expect(otherTopicsFor({ nation: "northern-ireland", topic: "capacity" })).toEqual([]);
    expect(otherTopicsFor({ nation: "england", topic: "nhs-complaint" })).toEqual([]);
  });
});
