import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseAnswers } from "../../../lib/finder/query";
import { finderStep, type ResultStep } from "../../../lib/finder/step";
import { OMBUDSMEN, ifTheySayNo } from "../../../lib/finder/if-they-say-no";
import { whatYouCanDo } from "../../../lib/finder/what-you-can-do";
import { lawById } from "../../../lib/law";
import { enumeratePaths, outcomeFor } from "./helpers";

function answers(query: string) {
  const parsed = parseAnswers(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.answers;
}
const ids = (query: string) => whatYouCanDo(answers(query)).map((p) => p.id);
const point = (query: string, id: string) => whatYouCanDo(answers(query)).find((p) => p.id === id);
function resultPage(query: string): ResultStep {
  const step = finderStep(new URLSearchParams(query), "result");
  if (step.kind !== "result") throw new Error(`${query}: ${step.kind}`);
  return step;
}

describe("What you can do (issue 20 §2): only for someone asking for another, each point with its source", () => {
  const daughter = "nation=wales&who=someone-else&topic=capacity&decision=long-stay-move&capacity=lacks&support=unpaid";

  it("readers.md T1: the Welsh daughter is told she must be consulted (MCA s4(7), Code 10.79), can ask for a meeting and reasons, can be the DoLS representative (Sch A1 Part 10, s21A, SI 2013/480 reg 5) and can complain (PSOW)", () => {
    expect(ids(daughter)).toEqual(["be-consulted", "ask-meeting-and-reasons", "be-the-representative", "representative-imca", "complain"]);
    expect(point(daughter, "be-consulted")).toMatchObject({ law: ["mca-2005-s4"], source: "Mental Capacity Act Code of Practice, paragraph 10.79" });
    expect(point(daughter, "be-consulted")?.text).toMatch(/Disagreeing with the staff does not stop you counting/);
    expect(point(daughter, "be-the-representative")?.law).toEqual(["mca-2005-sch-a1-part-10", "mca-2005-s21a", "si-2013-480-reg-5"]);
    expect(point(daughter, "representative-imca")?.law).toEqual(["mca-2005-s39d"]);
    expect(point(daughter, "complain")?.law).toEqual(["psowa-2019-s3"]);
  });

  it("promises no meeting the law does not require: 'you can ask', and says the law does not make them hold one", () => {
    const text = point(daughter, "ask-meeting-and-reasons")?.text ?? "";
    expect(text).toMatch(/^You can ask for a meeting/);
    expect(text).toMatch(/The law does not make them hold a meeting/);
  });

  it("says nothing to a person asking for themselves", () => {
    expect(ids(daughter.replace("who=someone-else", "who=me"))).toEqual([]);
    expect(ids(daughter.replace("&who=someone-else", ""))).toEqual([]);
  });

  it("England care planning with a family helper: s67(5)-(6) and reg 4(3)", () => {
    const q = "nation=england&who=someone-else&topic=care-support&support=unpaid&difficulty=yes&exception=none";
    expect(point(q, "help-them-take-part")?.law).toEqual(["care-act-2014-s67"]);
    expect(point(q, "disagree-ask-for-advocate")?.law).toEqual(["si-2014-2889-reg-4"]);
    expect(ids(q)).not.toContain("be-consulted");
  });

  it("no best-interests point where the person can decide", () => {
    expect(ids("nation=england&who=someone-else&topic=capacity&decision=other&capacity=has&support=unpaid")).toEqual(["complain"]);
  });

  it("Scotland: the Adults with Incapacity Act principles (s1(4)); SPSO named as the source for complaints", () => {
    const q = "nation=scotland&who=someone-else&topic=care-support&disorder=yes";
    expect(point(q, "scotland-views")?.law).toEqual(["awi-2000-s1"]);
    expect(point(q, "complain")).toMatchObject({ law: [], source: "Scottish Public Services Ombudsman Act 2002" });
  });

  it("every cited id on every path is in the law registry, and every point has a source", () => {
    for (const a of enumeratePaths()) {
      for (const p of whatYouCanDo({ ...a, who: "someone-else" })) {
        expect(p.law.length + (p.source ? 1 : 0), p.id).toBeGreaterThan(0);
        for (const id of p.law) expect(() => lawById(id)).not.toThrow();
      }
    }
  });

  it("the result page carries the points with their citations", () => {
    const page = resultPage(daughter);
    expect(page.whatYouCanDo.find((p) => p.id === "be-the-representative")?.sources.map((s) => s.title)).toEqual([
      "Mental Capacity Act 2005, Schedule A1, Part 10",
      "Mental Capacity Act 2005, s21A",
      "SI 2013/480, reg 5",
    ]);
    expect(page.otherTopics.map((t) => t.href)).toContain("/find-advocacy/dols?nation=wales&topic=liberty&who=someone-else");
  });
});

describe("If they say no (issue 20 §3): the next step that can work, then the ombudsman by name", () => {
  const stepsFor = (query: string, type: string) => {
    const outcome = outcomeFor(query);
    const r = outcome.results.find((x) => x.type === type);
    if (!r) throw new Error(`${query}: no ${type}`);
    return ifTheySayNo(r, outcome.answers.nation!, outcome.answers.topic);
  };

  it("readers.md T5: a refused safeguarding IMCA (SI 2006/2883 regs 4-5) is never sent to charities; only the council or NHS body can instruct one", () => {
    const steps = stepsFor("nation=england&topic=safeguarding&capacity=lacks&support=unpaid&difficulty=yes", "imca");
    expect(steps?.arrange).toMatch(/^Only the council or NHS body taking steps to protect the person can bring one in\. An advocacy charity cannot\./);
    expect(steps?.arrange).not.toMatch(/another service/i);
    expect(steps?.complain).toMatch(/council or NHS body/);
    expect(steps?.ombudsman).toEqual([OMBUDSMEN.lgsco, OMBUDSMEN.phso]);
  });

  it("no IMCA, DoLS IMCA or representative result anywhere points to another service", () => {
    for (const a of enumeratePaths()) {
      const outcome = outcomeFor(new URLSearchParams(Object.entries(a) as [string, string][]).toString());
      for (const r of outcome.results.filter((x) => ["imca", "imca-dols", "rpr"].includes(x.type))) {
        const steps = ifTheySayNo(r, a.nation!, a.topic);
        if (r.strength === "not-entitled") expect(steps).toBeNull();
        else expect(`${steps?.arrange} ${steps?.complain}`).not.toMatch(/another service|charities/i);
      }
    }
  });

  it("readers.md T4: Northern Ireland complaints help (HSC(R)A (NI) 2009 s17) leads to the Trust, then NIPSO (NIPSOA 2016 s24) at the page's Northern Ireland section", () => {
    const steps = stepsFor("nation=northern-ireland&who=someone-else&topic=social-care-complaint", "complaints");
    expect(steps?.arrange).toBe("If the Patient and Client Council cannot help, you can still complain yourself.");
    expect(steps?.complain).toBe("Complain to the Health and Social Care Trust, using its complaints procedure.");
    expect(steps?.ombudsman).toEqual([{ name: "Northern Ireland Public Services Ombudsman", href: "/complaints-and-ombudsmen#northern-ireland" }]);
    expect(steps?.law).toEqual(["nipsoa-2016-s24"]);
  });

  it.each([
    ["nation=england&topic=mental-health&mha=detained", "imha", "Only the local council can arrange it.", [OMBUDSMEN.lgsco]],
    ["nation=wales&topic=mental-health&mha=detained", "imha", "Only the local health board", [OMBUDSMEN.psow]],
    ["nation=wales&topic=care-support&support=none&difficulty=yes", "wales-ipa", "Only the local council can arrange it.", [OMBUDSMEN.psow]],
    ["nation=scotland&topic=safeguarding&disorder=yes", "scotland-asp", "Only the local council can arrange it.", [OMBUDSMEN.spso]],
    ["nation=scotland&topic=mental-health&disorder=yes", "scotland-mh", "The council and health board must make sure advocacy is available.", [OMBUDSMEN.spso]],
    ["nation=england&topic=care-support&support=none&difficulty=yes", "care-act", "Only the local council can arrange it.", [OMBUDSMEN.lgsco]],
  ])("%s %s: %s, then %j", (query, type, arrange, ombudsman) => {
    const steps = stepsFor(query, type);
    expect(steps?.arrange.startsWith(arrange)).toBe(true);
    expect(steps?.ombudsman).toEqual(ombudsman);
  });

  it("Welsh children's social care complaints advocacy is the council's (SSWB(W)A 2014 s178), not Llais's", () => {
    const steps = stepsFor("nation=wales&topic=social-care-complaint", "complaints");
    expect(steps?.arrange).toMatch(/^Only the local council can arrange it\./);
    expect(steps?.complain).toMatch(/social services complaints procedure/);
  });

  it("advocacy no law requires: no ombudsman, another service is the right next step", () => {
    const steps = stepsFor("nation=wales&who=someone-else&topic=capacity&decision=long-stay-move&capacity=lacks&support=unpaid", "non-statutory");
    expect(steps).toMatchObject({ arrange: "No law makes anyone provide this.", ombudsman: null });
    expect(steps?.complain).toMatch(/^Try another service listed here/);
  });

});

describe("ombudsman links", () => {
  it("each lands on a section the complaints page declares", () => {
    const page = readFileSync("content/pages/complaints-and-ombudsmen.mdx", "utf8");
    for (const ombudsman of Object.values(OMBUDSMEN)) {
      const anchor = ombudsman.href.split("#")[1];
      expect(page, ombudsman.name).toContain(`<section id="${anchor}">`);
    }
  });
});
