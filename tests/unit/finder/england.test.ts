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
  { name: "§1.3 s37: serious treatment, lacks capacity, nobody to consult: IMCA must be instructed", query: `${CAP}&decision=serious-treatment&capacity=lacks&support=none`, expect: { imca: "must-provide" }, conditional: ["imca"] },
  { name: "§1.3 s37(1)(b): paid carers do not count as someone to consult", query: `${CAP}&decision=serious-treatment&capacity=lacks&support=paid-only`, expect: { imca: "must-provide" } },
  { name: "§1.3 s37: family who can be consulted means no SMT IMCA", query: `${CAP}&decision=serious-treatment&capacity=lacks&support=unpaid`, expect: { imca: "not-entitled", "non-statutory": "discretionary" } },
  { name: "§1.3 s40: attorney or deputy for the decision removes the duty", query: `${CAP}&decision=serious-treatment&capacity=lacks&support=none`, says: { imca: "attorney or deputy" } },
  { name: "§1.3 ss38-39: long move (hospital 28+ days, care home 8+ weeks), nobody to consult", query: `${CAP}&decision=long-stay-move&capacity=lacks&support=paid-only`, expect: { imca: "must-provide" }, says: { imca: "28 days or more" } },
  { name: "§1.3, §0: not sure about capacity gives a condition", query: `${CAP}&decision=long-stay-move&capacity=not-sure&support=none`, expect: { imca: "must-provide" }, conditional: ["imca"] },
  { name: "§0, §1.3: a person who can decide does not get an IMCA", query: `${CAP}&decision=serious-treatment&capacity=has&support=none`, expect: { imca: "not-entitled", "non-statutory": "discretionary" } },
  { name: "§1.3 SI 2006/2883 reg 3: care review IMCA is discretionary", query: `${CAP}&decision=accommodation-review&capacity=lacks&support=none`, expect: { imca: "discretionary" } },
  { name: "§1.5 s67(3), s27, corrections: a care plan review may bring a Care Act advocate", query: `${CAP}&decision=accommodation-review&capacity=lacks&support=none`, expect: { "care-act": "must-provide" }, conditional: ["care-act"], says: { "care-act": "reviewing" } },
  { name: "§1.3 SI 2006/2883 regs 4-5: safeguarding IMCA is discretionary even with family", query: `${CAP}&decision=safeguarding&capacity=lacks&support=unpaid`, expect: { imca: "discretionary" }, absent: ["care-act"] },
  { name: "§1.3: no IMCA duty for other decisions", query: `${CAP}&decision=other&capacity=lacks&support=none`, expect: { imca: "not-entitled", "non-statutory": "discretionary" } },

  // Deprivation of Liberty Safeguards (§1.4)
  { name: "§1.4 s39A: DoLS requested and nobody but paid carers: IMCA must be instructed", query: `${LIB}&support=paid-only&dols=requested`, expect: { "imca-dols": "must-provide", rpr: "must-provide" }, conditional: ["imca-dols", "rpr"] },
  { name: "§1.4 s39A: with family to consult there is no s39A IMCA", query: `${LIB}&support=unpaid&dols=requested`, expect: { "imca-dols": "not-entitled" } },
  { name: "§1.4, §8: not sure whether DoLS was requested gives a condition", query: `${LIB}&support=none&dols=not-sure`, conditional: ["imca-dols", "rpr"] },
  { name: "§1.4 RPR and s39D: unpaid representative can ask for an IMCA", query: `${LIB}&dols=authorised&representative=unpaid`, expect: { rpr: "must-provide", "imca-dols": "must-provide" }, conditional: ["imca-dols"] },
  { name: "§1.4 s39D: a paid representative means no s39D IMCA", query: `${LIB}&dols=authorised&representative=paid`, expect: { rpr: "must-provide", "imca-dols": "not-entitled" } },
  { name: "§1.4 s39C: no representative yet; s39C covers only a gap between representatives", query: `${LIB}&dols=authorised&representative=none-yet`, expect: { rpr: "must-provide" }, conditional: ["imca-dols"], says: { "imca-dols": "first representative" } },

  // Care Act 2014 (§1.5, addendum Q4)
  { name: "§1.5 s67: substantial difficulty and nobody to help: council must provide", query: `${CARE}&support=none&difficulty=yes`, expect: { "care-act": "must-provide" }, arrangedBy: { "care-act": "council" } },
  { name: "§1.5 s67(5)(b): paid carers are not an appropriate individual", query: `${CARE}&support=paid-only&difficulty=yes`, expect: { "care-act": "must-provide" } },
  { name: "§1.5 s67(4): no substantial difficulty, no duty", query: `${CARE}&support=none&difficulty=no`, expect: { "care-act": "not-entitled", "non-statutory": "discretionary" } },
  { name: "§1.5: not sure about difficulty gives a condition", query: `${CARE}&support=none&difficulty=not-sure`, conditional: ["care-act"] },
  { name: "addendum Q4 reg 4: likely NHS stay of 28 days or 8 weeks: council must consider", query: `${CARE}&support=unpaid&difficulty=yes&exception=long-nhs-stay`, expect: { "care-act": "must-consider" } },
  { name: "SI 2014/2889 reg 4(3): material disagreement, once both agree: a duty, with that condition", query: `${CARE}&support=unpaid&difficulty=yes&exception=disagreement`, expect: { "care-act": "must-provide" }, says: { "care-act": "both agree" } },
  { name: "addendum Q4: suitable unpaid helper and no exception: no duty", query: `${CARE}&support=unpaid&difficulty=yes&exception=none`, expect: { "care-act": "not-entitled", "non-statutory": "discretionary" } },

  // Safeguarding (§1.5 s68, §1.3)
  { name: "§1.5 s68: safeguarding enquiry with difficulty and nobody to help", query: `${SAFE}&capacity=lacks&support=none&difficulty=yes`, expect: { "care-act": "must-provide", imca: "discretionary" } },
  { name: "§1.5 s68: a suitable helper not involved in the concerns means no Care Act advocate", query: `${SAFE}&capacity=lacks&support=unpaid&difficulty=yes`, expect: { "care-act": "not-entitled", imca: "discretionary" } },
  { name: "§1.5: Care Act advocacy does not need lack of capacity", query: `${SAFE}&capacity=has&support=paid-only&difficulty=yes`, expect: { "care-act": "must-provide", imca: "not-entitled" } },

  // Complaints (§1.6, §1.7, §1.8)
  { name: "§1.6 s223A: council must arrange NHS complaints advocacy", query: `${E}&topic=nhs-complaint`, expect: { complaints: "must-provide" }, contacts: ["find-local-council"], notContacts: ["healthwatch"] },
  { name: "§1.8: Healthwatch is not the NHS complaints advocacy route", query: `${E}&topic=nhs-complaint`, says: { complaints: "Healthwatch is a different service" } },
  { name: "§1.7 s26A: children's complaints advocacy, with a condition; adults get other help", query: `${E}&topic=social-care-complaint`, expect: { complaints: "must-provide", "non-statutory": "discretionary" }, conditional: ["complaints"], contacts: ["coram-voice"] },
  { name: "§6 item 3: nothing statutory for other topics; non-statutory offered", query: `${E}&topic=other`, expect: { "non-statutory": "discretionary" } },

  // Issue 14 (second read of the decision table) and issue 9 rows, each naming its provision
  { name: "issue 14 #1, Care Act s67: a council-arranged long move is care planning, whatever the capacity", query: `${CAP}&decision=long-stay-move&capacity=has&support=none`, expect: { "care-act": "must-provide", imca: "not-entitled" }, conditional: ["care-act"] },
  { name: "issue 14 #1, Care Act s67: long move, only paid carers, lacks capacity: IMCA and Care Act advocate", query: `${CAP}&decision=long-stay-move&capacity=lacks&support=paid-only`, expect: { "care-act": "must-provide", imca: "must-provide" }, says: { "care-act": "planning" } },
  { name: "issue 14 #1, SI 2014/2889 reg 4(2): long NHS stay with family: council must consider", query: `${CAP}&decision=long-stay-move&capacity=lacks&support=unpaid`, expect: { "care-act": "must-consider", imca: "not-entitled" }, conditional: ["care-act"], says: { "care-act": "NHS" } },
  { name: "issue 14 #2, SI 2014/2889 reg 4(2)-(3): unpaid helper and not sure: must consider, with both exceptions as the condition", query: `${CARE}&support=unpaid&difficulty=not-sure`, expect: { "care-act": "must-consider" }, conditional: ["care-act"], says: { "care-act": "disagree" } },
  { name: "issue 14 #5, MCA s40(1): the s39A IMCA names the nominee, attorney and deputy exceptions", query: `${LIB}&support=none&dols=requested`, expect: { "imca-dols": "must-provide" }, says: { "imca-dols": "named someone to be consulted" } },
  { name: "issue 14 #5, MCA s39D, s40(1): the s39D IMCA says when it arises and its exceptions", query: `${LIB}&dols=authorised&representative=unpaid`, says: { "imca-dols": "asks" }, conditional: ["imca-dols"] },
  { name: "issue 14 #5, MCA s39C, s40(1): the s39C IMCA carries the exceptions", query: `${LIB}&dols=authorised&representative=none-yet`, says: { "imca-dols": "attorney or deputy" } },
  { name: "issue 14 #6, MCA s40(1)(a): serious treatment IMCA names a nominated person", query: `${CAP}&decision=serious-treatment&capacity=lacks&support=paid-only`, says: { imca: "named someone to be consulted" } },
  { name: "issue 14 #6, MCA s37(2): not for treatment regulated by Part 4 or 4A of the Mental Health Act", query: `${CAP}&decision=serious-treatment&capacity=not-sure&support=none`, says: { imca: "Mental Health Act" } },
  { name: "issue 9, corrections, MCA s38(2), s39(3), s40: long-move IMCA carries its exceptions", query: `${CAP}&decision=long-stay-move&capacity=lacks&support=none`, says: { imca: "requires the person to live there" }, conditional: ["imca"] },
  { name: "issue 14, MCA s2(5): IMCA results say they are for people aged 16 or over", query: `${CAP}&decision=long-stay-move&capacity=lacks&support=none`, says: { imca: "16 or over" } },
  { name: "issue 14 #9: a person at home is not told to ask the ward staff", query: `${MH}&mha=community&special-treatment=none`, says: { "non-statutory": "mental health team" } },
  { name: "issue 14 #10, Care Act s68(1): safeguarding advocate applies for a s42 enquiry or a review", query: `${SAFE}&capacity=lacks&support=none&difficulty=yes`, expect: { "care-act": "must-provide" }, conditional: ["care-act"], says: { "care-act": "safeguarding enquiry" } },
  { name: "issue 14 #10, Care Act s68(1): the enquiry condition also when difficulty is not sure", query: `${SAFE}&capacity=has&support=paid-only&difficulty=not-sure`, says: { "care-act": "safeguarding adults review" } },
  { name: "issue 14: lacks capacity but no difficulty: the two tests are flagged, not a flat refusal", query: `${SAFE}&capacity=lacks&support=none&difficulty=no`, expect: { "care-act": "must-provide" }, says: { "care-act": "cannot make this decision" } },
  { name: "issue 14: has capacity and no difficulty: no Care Act advocate", query: `${SAFE}&capacity=has&support=none&difficulty=no`, expect: { "care-act": "not-entitled" } },
  { name: "issue 9, corrections s130C(3): a holding-power patient is told of the s57 and ECT limb", query: `${MH}&mha=holding`, expect: { imha: "not-entitled" }, says: { imha: "section 57" } },
  { name: "issue 9, corrections s130C(3): a place-of-safety patient is told of the s57 and ECT limb", query: `${MH}&mha=place-of-safety`, says: { imha: "ECT" } },
  { name: "issue 9, corrections: community wording does not read detained patients out", query: `${MH}&mha=community&special-treatment=none`, says: { imha: "Out of hospital" } },
  { name: "issue 14: s57 is named as a section, brain surgery only as an example", query: `${MH}&mha=community&special-treatment=s57`, says: { imha: "section 57 treatment, such as brain surgery" } },
];

describe("England rules (fact sheet §1)", () => {
  it.each(cases)("$name", checkCase);
});
