import { describe, it } from "vitest";
import { checkCase, type RuleCase } from "./helpers";

const W = "nation=wales";
const MH = `${W}&topic=mental-health`;
const CAP = `${W}&topic=capacity`;
const LIB = `${W}&topic=liberty`;
const CARE = `${W}&topic=care-support`;
const SAFE = `${W}&topic=safeguarding`;

const cases: RuleCase[] = [
  // IMHA in Wales (§2.1, addendum Q1-Q2, §9)
  { name: "§2.1 s130I(2)(a): detained patient in a Welsh hospital qualifies", query: `${MH}&mha=detained`, expect: { imha: "must-provide" }, unconditional: ["imha"] },
  { name: "§2.1 WSI 2011/2501 reg 3: the local health board arranges IMHAs", query: `${MH}&mha=detained`, arrangedBy: { imha: "health board" }, contacts: ["nhs-111-wales-health-boards"] },
  { name: "§9, addendum Q1: s4, s5(2) and s5(4) qualify in Wales", query: `${MH}&mha=holding`, expect: { imha: "must-provide" }, says: { imha: "section 4, 5(2) or 5(4)" } },
  { name: "addendum Q1: s135 and s136 do not qualify in Wales", query: `${MH}&mha=place-of-safety`, expect: { imha: "not-entitled", "non-statutory": "discretionary" } },
  { name: "§2.1 s130J: informal in-patients qualify in Wales", query: `${MH}&mha=informal`, expect: { imha: "must-provide" }, says: { imha: "by choice" } },
  { name: "§2.1 s130I(2)(c): CTO with a Welsh responsible hospital qualifies", query: `${MH}&mha=cto`, expect: { imha: "must-provide" } },
  { name: "§2.1 s130I(2)(b): guardianship with a Welsh council qualifies", query: `${MH}&mha=guardianship`, expect: { imha: "must-provide" } },
  { name: "addendum Q1 s130K: conditionally discharged patients qualify", query: `${MH}&mha=conditional-discharge`, expect: { imha: "must-provide" } },
  { name: "addendum Q2 s130I(3): person at home qualifies while s57 treatment is discussed", query: `${MH}&mha=community&special-treatment=s57`, expect: { imha: "must-provide" } },
  { name: "addendum Q2 s130I(3): under-18 at home qualifies while ECT is discussed", query: `${MH}&mha=community&special-treatment=ect-under-18`, expect: { imha: "must-provide" } },
  { name: "addendum Q2: person at home with no order does not qualify", query: `${MH}&mha=community&special-treatment=none`, expect: { imha: "not-entitled", "non-statutory": "discretionary" } },
  { name: "§2.1 s130F: a Welsh IMHA also helps with decisions and complaints", query: `${MH}&mha=cto`, says: { imha: "complain" } },
  { name: "§2.5: the reader is told they can ask for a Welsh-speaking advocate", query: `${MH}&mha=informal`, asks: { imha: "speaks Welsh" } },

  // IMCA and DoLS in Wales (§2.2, §1.3, §1.4)
  { name: "corrections, SI 2007/852 regs 5-6: the body making the decision instructs; the health board makes IMCAs available", query: `${CAP}&decision=serious-treatment&capacity=lacks&support=none`, expect: { imca: "must-provide" }, arrangedBy: { imca: "NHS body proposing the treatment" } },
  { name: "SI 2007/852 reg 5: the health board's part is named too", query: `${CAP}&decision=serious-treatment&capacity=lacks&support=none`, arrangedBy: { imca: "health board makes IMCAs available" } },
  { name: "§2.2, §1.3: long move with family to consult: no IMCA", query: `${CAP}&decision=long-stay-move&capacity=lacks&support=unpaid`, expect: { imca: "not-entitled", "non-statutory": "discretionary" } },
  { name: "corrections, SI 2007/852 reg 8: a review IMCA is a power in Wales, for stays of 12 weeks or more", query: `${CAP}&decision=accommodation-review&capacity=lacks&support=none`, expect: { imca: "discretionary" }, says: { imca: "12 weeks or more" }, conditional: ["imca"] },
  { name: "SI 2007/852 reg 8(1)(b), 8(5): the review power needs an IMCA at the move, and not where there is an attorney, deputy or nominee", query: `${CAP}&decision=accommodation-review&capacity=lacks&support=paid-only`, says: { imca: "brought in when the place was arranged" } },
  { name: "SI 2007/852 reg 8(5): review power not available with an attorney or deputy", query: `${CAP}&decision=accommodation-review&capacity=lacks&support=none`, says: { imca: "attorney or deputy" } },
  { name: "corrections, SI 2007/852 reg 9: adult protection IMCA is a power in Wales, family no bar", query: `${CAP}&decision=safeguarding&capacity=lacks&support=unpaid`, expect: { imca: "discretionary" }, says: { imca: "does not rule this out" } },
  { name: "SI 2007/852 reg 9(2): the power rests on an allegation or evidence of abuse or neglect", query: `${SAFE}&capacity=lacks&support=unpaid&difficulty=yes`, expect: { imca: "discretionary" }, says: { imca: "evidence of abuse or neglect" } },
  { name: "§2.3: a review may also bring an independent professional advocate", query: `${CAP}&decision=accommodation-review&capacity=lacks&support=none`, expect: { "wales-ipa": "must-provide" }, conditional: ["wales-ipa"] },
  { name: "§1.3, §2.2: safeguarding IMCA is discretionary even with family", query: `${CAP}&decision=safeguarding&capacity=not-sure&support=unpaid`, expect: { imca: "discretionary" }, conditional: ["imca"] },
  { name: "§1.4, §2.2: DoLS requested, nobody to consult: s39A IMCA", query: `${LIB}&support=none&dols=requested`, expect: { "imca-dols": "must-provide" } },
  { name: "§1.4: DoLS authorised, unpaid representative: s39D IMCA on request", query: `${LIB}&dols=authorised&representative=unpaid`, expect: { rpr: "must-provide", "imca-dols": "must-provide" } },
  { name: "§1.4: DoLS authorised, no representative yet: one must be appointed", query: `${LIB}&dols=authorised&representative=none-yet`, expect: { rpr: "must-provide" } },

  // Independent professional advocacy (§2.3)
  { name: "§2.3 Code para 47: needs help to take part and nobody available: IPA", query: `${CARE}&support=none&difficulty=yes`, expect: { "wales-ipa": "must-provide" }, unconditional: ["wales-ipa"] },
  { name: "§1.5, §6 item 1: Care Act advocacy does not apply in Wales", query: `${CARE}&support=none&difficulty=yes`, expect: { "care-act": "not-entitled" }, notPositive: ["care-act"] },
  { name: "§2.3 [?]: only paid staff: IPA if the council agrees nobody suitable is available", query: `${CARE}&support=paid-only&difficulty=yes`, expect: { "wales-ipa": "must-provide" }, conditional: ["wales-ipa"] },
  { name: "§2.3: a family member or friend who can help: no IPA", query: `${CARE}&support=unpaid&difficulty=yes`, expect: { "wales-ipa": "not-entitled", "non-statutory": "discretionary" }, notPositive: ["care-act"] },
  { name: "§2.3: can take part without help: no IPA, general advocacy duty still applies", query: `${CARE}&support=none&difficulty=no`, expect: { "wales-ipa": "not-entitled" }, says: { "wales-ipa": "advocacy support" } },
  { name: "§2.3: not sure about difficulty gives a condition", query: `${CARE}&support=none&difficulty=not-sure`, conditional: ["wales-ipa"] },
  { name: "§2.3: safeguarding processes are covered by the IPA duty", query: `${SAFE}&capacity=lacks&support=none&difficulty=yes`, expect: { "wales-ipa": "must-provide", imca: "discretionary" }, absent: ["care-act"] },

  // Complaints (§2.4)
  { name: "corrections, 2020 Act s16 and NHS (Wales) Act 2006 s187: Llais NHS complaints advocacy is a duty", query: `${W}&topic=nhs-complaint`, expect: { complaints: "must-provide" }, unconditional: ["complaints"], contacts: ["llais"], asks: { complaints: "Putting Things Right" }, arrangedBy: { complaints: "Llais" } },
  { name: "issue 14 #3, SSWB(W)A 2014 s178: the council must arrange help for children (s174) and care leavers (s176)", query: `${W}&topic=social-care-complaint`, expect: { complaints: "must-provide", "non-statutory": "discretionary" }, conditional: ["complaints"], says: { complaints: "care leaver" }, arrangedBy: { complaints: "council" }, contacts: ["nyas-cymru", "llais"] },
  { name: "issue 14 #3: age 25 is not the test", query: `${W}&topic=social-care-complaint`, notSays: { complaints: "under 25" } },
  { name: "corrections: for social care, Llais only may help adults", query: `${W}&topic=social-care-complaint`, says: { complaints: "Llais, which may help" } },
  { name: "§6 item 13: Community Health Councils are not mentioned; Llais replaced them", query: `${W}&topic=nhs-complaint`, notContacts: ["healthwatch", "find-local-council"] },
  { name: "§6 item 3: nothing statutory for other topics; non-statutory offered", query: `${W}&topic=other`, expect: { "non-statutory": "discretionary" }, absent: ["care-act", "imha"] },

  // Issue 14 rows for Wales (the Part 10 Code was not re-read: conditions carry it)
  { name: "issue 14 #1, Part 10 Code: a council-arranged long move brings an IPA when nobody can help", query: `${CAP}&decision=long-stay-move&capacity=has&support=paid-only`, expect: { "wales-ipa": "must-provide", imca: "not-entitled" }, conditional: ["wales-ipa"], says: { "wales-ipa": "planning" } },
  { name: "issue 14 #1: long move, lacks capacity, nobody: IMCA and IPA", query: `${CAP}&decision=long-stay-move&capacity=lacks&support=none`, expect: { imca: "must-provide", "wales-ipa": "must-provide" }, absent: ["care-act"] },
  { name: "issue 14 #10, Part 10 Code: the safeguarding IPA applies in a safeguarding process", query: `${SAFE}&capacity=lacks&support=none&difficulty=not-sure`, conditional: ["wales-ipa"], says: { "wales-ipa": "safeguarding process" } },
  { name: "issue 9, corrections s130I(3): a Welsh place-of-safety patient is told of the s57 and ECT limb", query: `${MH}&mha=place-of-safety`, expect: { imha: "not-entitled" }, says: { imha: "section 57" } },
  { name: "issue 9, corrections: Welsh community wording does not read in-patients out", query: `${MH}&mha=community&special-treatment=none`, says: { imha: "Out of hospital", "non-statutory": "mental health team" } },
];

describe("Wales rules (fact sheet §2 and addendum Q1-Q2)", () => {
  it.each(cases)("$name", checkCase);
});
