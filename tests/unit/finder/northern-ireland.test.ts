import { describe, it } from "vitest";
import { checkCase, type RuleCase } from "./helpers";

const N = "nation=northern-ireland";

const cases: RuleCase[] = [
  // Mental health (§4.1)
  { name: "§4.1 [?]: no statutory IMHA in Northern Ireland", query: `${N}&topic=mental-health`, expect: { imha: "not-entitled" }, notPositive: ["imha"] },
  { name: "§4.1: HSC Trusts commission non-statutory advocacy in in-patient settings", query: `${N}&topic=mental-health`, expect: { "non-statutory": "discretionary" }, contacts: ["hsc-trusts"], says: { "non-statutory": "Trusts fund" } },
  { name: "§4.1: the 1986 Order has no advocacy right, so nothing more is asked", query: `${N}&topic=mental-health`, absent: ["scotland-mh", "care-act"] },

  // MCA (NI) 2016 IMCA (§4.2, addendum Q3)
  { name: "§4.2, §9: IMCA required before a deprivation of liberty", query: `${N}&topic=liberty`, expect: { "ni-imca": "must-provide" }, conditional: ["ni-imca"] },
  { name: "addendum Q3 s86: the HSC Trust arranges the IMCA", query: `${N}&topic=liberty`, arrangedBy: { "ni-imca": "HSC" }, contacts: ["hsc-trusts"] },
  { name: "addendum Q3 s54-55: family or a nominated person does not remove the duty", query: `${N}&topic=liberty`, says: { "ni-imca": "even if family" } },
  { name: "addendum Q3 s35(4), s56: emergency is an exception", query: `${N}&topic=liberty`, says: { "ni-imca": "emergency" } },
  { name: "addendum Q3 ss90, 93: a capacitous written refusal is an exception", query: `${N}&topic=liberty`, says: { "ni-imca": "written statement" } },
  { name: "§4.2: only people 16 and over", query: `${N}&topic=liberty`, says: { "ni-imca": "under 16" } },
  { name: "issue 14 #7, corrections: people liable to be detained under the 1986 Order are excluded", query: `${N}&topic=liberty`, says: { "ni-imca": "liable to be detained" } },
  { name: "issue 14 #7, MCA (NI) s35 with s9(1)(d): only where the person lacks, or is reasonably believed to lack, capacity", query: `${N}&topic=capacity`, says: { "ni-imca": "reasonably believed" } },
  { name: "§4.2: capacity questions: only the deprivation-of-liberty parts are in force", query: `${N}&topic=capacity`, expect: { "ni-imca": "must-provide" }, says: { "ni-imca": "have not started yet" } },
  { name: "§8: England and Wales IMCA and DoLS roles do not apply in NI", query: `${N}&topic=capacity`, absent: ["imca", "imca-dols", "rpr"] },
  { name: "§8: no DoLS representative in NI liberty questions", query: `${N}&topic=liberty`, absent: ["rpr", "imca-dols"] },

  // Social care (§4.4, §6 items 1, 9, 16)
  { name: "§4.4, §6 item 9: no Care Act-style advocacy in NI", query: `${N}&topic=care-support`, expect: { "care-act": "not-entitled" }, notPositive: ["care-act"] },
  { name: "§4.4: HSC Trusts run social care; non-statutory advocacy offered", query: `${N}&topic=care-support`, expect: { "non-statutory": "discretionary" }, contacts: ["hsc-trusts", "disability-action"] },
  { name: "§6 item 16: councils do not run social care in NI", query: `${N}&topic=care-support`, notContacts: ["find-local-council"] },
  { name: "§4.4 [?]: adult safeguarding has no advocacy law in force yet", query: `${N}&topic=safeguarding`, expect: { "non-statutory": "discretionary" }, says: { "non-statutory": "No law" } },
  { name: "issue 9, corrections: the Adult Protection Bill was last seen at committee stage in March 2026", query: `${N}&topic=safeguarding`, says: { "non-statutory": "committee stage, March 2026" } },
  { name: "§8: Scottish adult protection advocacy does not apply in NI", query: `${N}&topic=safeguarding`, absent: ["scotland-asp", "care-act", "wales-ipa"] },

  // Complaints (§4.3)
  { name: "§4.3 s17: the Patient and Client Council must help with health complaints", query: `${N}&topic=nhs-complaint`, expect: { complaints: "must-provide" }, unconditional: ["complaints"], contacts: ["patient-and-client-council"] },
  { name: "§4.3: the Patient and Client Council also covers social services", query: `${N}&topic=social-care-complaint`, expect: { complaints: "must-provide" }, contacts: ["patient-and-client-council"] },
  { name: "§4.3: complaints help is arranged by the Patient and Client Council", query: `${N}&topic=social-care-complaint`, arrangedBy: { complaints: "Patient and Client Council" } },
  { name: "§4.4: other topics: non-statutory advice and advocacy", query: `${N}&topic=other`, expect: { "non-statutory": "discretionary" }, contacts: ["age-ni", "advice-ni"] },
];

describe("Northern Ireland rules (fact sheet §4 and addendum Q3)", () => {
  it.each(cases)("$name", checkCase);
});
