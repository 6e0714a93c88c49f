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
  { name: "§2.2: serious treatment IMCA in Wales, arranged through the health board", query: `${CAP}&decision=serious-treatment&capacity=lacks&support=none`, expect: { imca: "must-provide" }, arrangedBy: { imca: "health board" } },
  { name: "§2.2, §1.3: long move with family to consult: no IMCA", query: `${CAP}&decision=long-stay-move&capacity=lacks&support=unpaid`, expect: { imca: "not-entitled", "non-statutory": "discretionary" } },
  { name: "§2.2 [?]: review IMCA in Wales may be possible; we say we could not confirm", query: `${CAP}&decision=accommodation-review&capacity=lacks&support=none`, expect: { imca: "discretionary" }, says: { imca: "could not confirm" } },
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
  { name: "§2.4 s16 of the 2020 Act: Llais may help with NHS complaints", query: `${W}&topic=nhs-complaint`, expect: { complaints: "discretionary" }, contacts: ["llais"], asks: { complaints: "Putting Things Right" } },
  { name: "§2.4: Llais helps adults with social care complaints; under-25s may need council advocacy", query: `${W}&topic=social-care-complaint`, expect: { complaints: "discretionary" }, says: { complaints: "under 25" }, contacts: ["nyas-cymru"] },
  { name: "§6 item 13: Community Health Councils are not mentioned; Llais replaced them", query: `${W}&topic=nhs-complaint`, notContacts: ["healthwatch", "find-local-council"] },
  { name: "§6 item 3: nothing statutory for other topics; non-statutory offered", query: `${W}&topic=other`, expect: { "non-statutory": "discretionary" }, absent: ["care-act", "imha"] },
];

describe("Wales rules (fact sheet §2 and addendum Q1-Q2)", () => {
  it.each(cases)("$name", checkCase);
});
