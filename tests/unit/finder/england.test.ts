import { describe, it } from "vitest";
import { checkCase, type RuleCase } from "./helpers";

const E = "nation=england";
const MH = `${E}&topic=mental-health`;
const CAP = `${E}&topic=capacity`;
const LIB = `${E}&topic=liberty`;
const CARE = `${E}&topic=care-support`;
const SAFE = `${E}&topic=safeguarding`;

const cases: RuleCase[] = [
  // Mental Health Act 1983, IMHA (§1.1, §1.2)
  { name: "§1.1 s130C(2)(a): a patient detained under s2 or s3 qualifies", query: `${MH}&mha=detained`, expect: { imha: "must-provide" }, unconditional: ["imha"] },
  { name: "§1.1: liable to be detained includes s17 leave", query: `${MH}&mha=detained`, says: { imha: "leave" } },
  { name: "§1.1 s130A: in England the council arranges IMHAs", query: `${MH}&mha=detained`, arrangedBy: { imha: "council" } },
  { name: "§1.1 s130C(2)(a): held only under s4, s5(2) or s5(4) does not qualify", query: `${MH}&mha=holding`, expect: { imha: "not-entitled", "non-statutory": "discretionary" } },
  { name: "§1.1 s130C(2)(a): held only under s135 or s136 does not qualify", query: `${MH}&mha=place-of-safety`, expect: { imha: "not-entitled", "non-statutory": "discretionary" }, says: { imha: "section 2 or 3" } },
  { name: "§1.1 s130C(2)(c): CTO patient qualifies", query: `${MH}&mha=cto`, expect: { imha: "must-provide" } },
  { name: "§1.1 s130C(2)(b): guardianship with an English council qualifies", query: `${MH}&mha=guardianship`, expect: { imha: "must-provide" } },
  { name: "§1.1 s130D(2)(b): conditionally discharged restricted patient qualifies", query: `${MH}&mha=conditional-discharge`, expect: { imha: "must-provide" }, asks: { imha: "responsible clinician" } },
  { name: "§1.1 s130C(3): informal patient qualifies while s57 treatment is discussed", query: `${MH}&mha=informal&special-treatment=s57`, expect: { imha: "must-provide" } },
  { name: "§1.1 s130C(3): under-18 informal patient qualifies while ECT (s58A) is discussed", query: `${MH}&mha=informal&special-treatment=ect-under-18`, expect: { imha: "must-provide" }, says: { imha: "under 18" } },
  { name: "§1.1, §1.2: informal in-patient not entitled; 2025 Act IMHA changes not in force", query: `${MH}&mha=informal&special-treatment=none`, expect: { imha: "not-entitled", "non-statutory": "discretionary" }, says: { imha: "Mental Health Act 2025" } },
  { name: "§1.1 s130C(3): person in the community qualifies while s57 treatment is discussed", query: `${MH}&mha=community&special-treatment=s57`, expect: { imha: "must-provide" } },
  { name: "§1.1: person in the community with no order does not qualify", query: `${MH}&mha=community&special-treatment=none`, expect: { imha: "not-entitled", "non-statutory": "discretionary" }, contacts: ["mind"] },

  // Mental Capacity Act 2005, IMCA (§1.3)
  { name: "§1.3 s37: serious treatment, lacks capacity, nobody to consult: IMCA must be instructed", query: `${CAP}&decision=serious-treatment&capacity=lacks&support=none`, expect: { imca: "must-provide" }, unconditional: ["imca"] },
  { name: "§1.3 s37(1)(b): paid carers do not count as someone to consult", query: `${CAP}&decision=serious-treatment&capacity=lacks&support=paid-only`, expect: { imca: "must-provide" } },
  { name: "§1.3 s37: family who can be consulted means no SMT IMCA", query: `${CAP}&decision=serious-treatment&capacity=lacks&support=unpaid`, expect: { imca: "not-entitled", "non-statutory": "discretionary" } },
  { name: "§1.3 s40: attorney or deputy for the decision removes the duty", query: `${CAP}&decision=serious-treatment&capacity=lacks&support=none`, says: { imca: "attorney or deputy" } },
  { name: "§1.3 ss38-39: long move (hospital 28+ days, care home 8+ weeks), nobody to consult", query: `${CAP}&decision=long-stay-move&capacity=lacks&support=paid-only`, expect: { imca: "must-provide" }, says: { imca: "28 days" } },
  { name: "§1.3, §0: not sure about capacity gives a condition", query: `${CAP}&decision=long-stay-move&capacity=not-sure&support=none`, expect: { imca: "must-provide" }, conditional: ["imca"] },
  { name: "§0, §1.3: a person who can decide does not get an IMCA", query: `${CAP}&decision=serious-treatment&capacity=has&support=none`, expect: { imca: "not-entitled", "non-statutory": "discretionary" } },
  { name: "§1.3 SI 2006/2883 reg 3: care review IMCA is discretionary", query: `${CAP}&decision=accommodation-review&capacity=lacks&support=none`, expect: { imca: "discretionary" } },
  { name: "§1.5 s67(3) [?]: a review leading to a plan revision may bring a Care Act advocate", query: `${CAP}&decision=accommodation-review&capacity=lacks&support=none`, expect: { "care-act": "must-provide" }, conditional: ["care-act"] },
  { name: "§1.3 SI 2006/2883 regs 4-5: safeguarding IMCA is discretionary even with family", query: `${CAP}&decision=safeguarding&capacity=lacks&support=unpaid`, expect: { imca: "discretionary" }, absent: ["care-act"] },
  { name: "§1.3: no IMCA duty for other decisions", query: `${CAP}&decision=other&capacity=lacks&support=none`, expect: { imca: "not-entitled", "non-statutory": "discretionary" } },

  // Deprivation of Liberty Safeguards (§1.4)
  { name: "§1.4 s39A: DoLS requested and nobody but paid carers: IMCA must be instructed", query: `${LIB}&support=paid-only&dols=requested`, expect: { "imca-dols": "must-provide", rpr: "must-provide" }, unconditional: ["imca-dols"], conditional: ["rpr"] },
  { name: "§1.4 s39A: with family to consult there is no s39A IMCA", query: `${LIB}&support=unpaid&dols=requested`, expect: { "imca-dols": "not-entitled" } },
  { name: "§1.4, §8: not sure whether DoLS was requested gives a condition", query: `${LIB}&support=none&dols=not-sure`, conditional: ["imca-dols", "rpr"] },
  { name: "§1.4 RPR and s39D: unpaid representative can ask for an IMCA", query: `${LIB}&dols=authorised&representative=unpaid`, expect: { rpr: "must-provide", "imca-dols": "must-provide" }, unconditional: ["rpr", "imca-dols"] },
  { name: "§1.4 s39D: a paid representative means no s39D IMCA", query: `${LIB}&dols=authorised&representative=paid`, expect: { rpr: "must-provide", "imca-dols": "not-entitled" } },
  { name: "§1.4 s39C: no representative yet; s39C covers only a gap between representatives", query: `${LIB}&dols=authorised&representative=none-yet`, expect: { rpr: "must-provide" }, conditional: ["imca-dols"], says: { "imca-dols": "first representative" } },

  // Care Act 2014 (§1.5, addendum Q4)
  { name: "§1.5 s67: substantial difficulty and nobody to help: council must provide", query: `${CARE}&support=none&difficulty=yes`, expect: { "care-act": "must-provide" }, arrangedBy: { "care-act": "council" } },
  { name: "§1.5 s67(5)(b): paid carers are not an appropriate individual", query: `${CARE}&support=paid-only&difficulty=yes`, expect: { "care-act": "must-provide" } },
  { name: "§1.5 s67(4): no substantial difficulty, no duty", query: `${CARE}&support=none&difficulty=no`, expect: { "care-act": "not-entitled", "non-statutory": "discretionary" } },
  { name: "§1.5: not sure about difficulty gives a condition", query: `${CARE}&support=none&difficulty=not-sure`, conditional: ["care-act"] },
  { name: "addendum Q4 reg 4: likely NHS stay of 28 days or 8 weeks: council must consider", query: `${CARE}&support=unpaid&difficulty=yes&exception=long-nhs-stay`, expect: { "care-act": "must-consider" } },
  { name: "addendum Q4 reg 4: material disagreement: council must consider", query: `${CARE}&support=unpaid&difficulty=yes&exception=disagreement`, expect: { "care-act": "must-consider" } },
  { name: "addendum Q4: suitable unpaid helper and no exception: no duty", query: `${CARE}&support=unpaid&difficulty=yes&exception=none`, expect: { "care-act": "not-entitled", "non-statutory": "discretionary" } },

  // Safeguarding (§1.5 s68, §1.3)
  { name: "§1.5 s68: safeguarding enquiry with difficulty and nobody to help", query: `${SAFE}&capacity=lacks&support=none&difficulty=yes`, expect: { "care-act": "must-provide", imca: "discretionary" } },
  { name: "§1.5 s68: a suitable helper not involved in the concerns means no Care Act advocate", query: `${SAFE}&capacity=lacks&support=unpaid&difficulty=yes`, expect: { "care-act": "not-entitled", imca: "discretionary" } },
  { name: "§1.5: Care Act advocacy does not need lack of capacity", query: `${SAFE}&capacity=has&support=paid-only&difficulty=yes`, expect: { "care-act": "must-provide", imca: "not-entitled" } },

  // Complaints (§1.6, §1.7, §1.8)
  { name: "§1.6 s223A: council must arrange NHS complaints advocacy", query: `${E}&topic=nhs-complaint`, expect: { complaints: "must-provide" }, contacts: ["find-local-council"], notContacts: ["healthwatch"] },
  { name: "§1.8: Healthwatch is not the NHS complaints advocacy route", query: `${E}&topic=nhs-complaint`, says: { complaints: "Healthwatch is not" } },
  { name: "§1.7 s26A: children's complaints advocacy, with a condition; adults get other help", query: `${E}&topic=social-care-complaint`, expect: { complaints: "must-provide", "non-statutory": "discretionary" }, conditional: ["complaints"], contacts: ["coram-voice"] },
  { name: "§6 item 3: nothing statutory for other topics; non-statutory offered", query: `${E}&topic=other`, expect: { "non-statutory": "discretionary" } },
];

describe("England rules (fact sheet §1)", () => {
  it.each(cases)("$name", checkCase);
});
