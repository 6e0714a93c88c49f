import { describe, it } from "vitest";
import { checkCase, type RuleCase } from "./helpers";

const N = "nation=northern-ireland";

const cases: RuleCase[] = [
  // Mental health (§4.1)
  { name: "§4.1 [?]: no statutory IMHA in Northern Ireland", query: `${N}&topic=mental-health`, expect: { imha: "not-entitled" }, notPositive: ["imha"] },
  { name: "§4.1: HSC Trusts commission non-statutory advocacy in in-patient settings", query: `${N}&topic=mental-health`, expect: { "non-statutory": "discretionary" }, contacts: ["hsc-trusts"], says: { "non-statutory": "Trusts fund" } },
  { name: "§4.1: the 1986 Order has no advocacy right, so nothing more is asked", query: `${N}&topic=mental-health`, absent: ["scotland-mh", "care-act"] },

  // MCA (NI) 2016 IMCA: corrections of 4 December 2026 §1, contract amendment "ni-imca is not in force"
  { name: "corrections 2026-12-04 §1: no IMCA right before a deprivation of liberty (ss35-36, Part 4 not commenced)", query: `${N}&topic=liberty`, expect: { "ni-imca": "not-entitled" }, notPositive: ["ni-imca"] },
  { name: "corrections 2026-12-04 §1: capacity questions give no IMCA either", query: `${N}&topic=capacity`, expect: { "ni-imca": "not-entitled" }, notPositive: ["ni-imca"] },
  { name: "contract amendment: says the Act provides for IMCAs but those parts have not started", query: `${N}&topic=liberty`, says: { "ni-imca": "provides for independent mental capacity advocates, but those parts have not started yet" } },
  { name: "corrections §1: no HSC Trust has a duty to provide an IMCA (s86 not in force)", query: `${N}&topic=capacity`, says: { "ni-imca": "no hsc trust has to provide one" }, notSays: { "ni-imca": "must bring in an imca" } },
  { name: "SR 2019/163 Sch (as substituted), MCA (NI) ss13-14: a formal capacity assessment applies", query: `${N}&topic=liberty`, says: { "ni-imca": "capacity must be formally assessed" }, conditional: ["ni-imca"] },
  { name: "MCA (NI) s15 (in operation 2 December 2019): a nominated person must be in place and consulted", query: `${N}&topic=liberty`, says: { "ni-imca": "nominated person must be in place and be consulted" } },
  { name: "MCA (NI) s24-25, Sch 1: an HSC Trust panel must authorise", query: `${N}&topic=liberty`, says: { "ni-imca": "hsc trust panel must authorise" } },
  { name: "MCA (NI) s45: the person or the nominated person can apply to the Review Tribunal", query: `${N}&topic=capacity`, says: { "ni-imca": "review tribunal" } },
  { name: "the law line says the IMCA sections are not yet in force, from the registry", query: `${N}&topic=liberty`, basis: { "ni-imca": "(not yet in force)" } },
  { name: "corrections §1: a Trust may fund advocacy without a duty to", query: `${N}&topic=liberty`, expect: { "non-statutory": "discretionary" }, contacts: ["hsc-trusts"], says: { "non-statutory": "no law requires it" } },
  { name: "corrections §1: the capacity path offers Trust-funded advocacy too", query: `${N}&topic=capacity`, expect: { "non-statutory": "discretionary" } },
  { name: "the how-to-ask asks for what exists: the nominated person, Trust-funded advocacy, the Review Tribunal", query: `${N}&topic=liberty`, asks: { "ni-imca": "nominated person" }, notAsks: { "ni-imca": "make sure an imca" } },
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

describe("Northern Ireland rules (fact sheet §4, corrections of 4 December 2026 §1)", () => {
  it.each(cases)("$name", checkCase);
});
