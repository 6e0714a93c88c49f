import { describe, it } from "vitest";
import { checkCase, type RuleCase } from "./helpers";

const S = "nation=scotland";

const cases: RuleCase[] = [
  // s259 (§3.1)
  { name: "§3.1 s259: a person with dementia at home has a right of access to advocacy", query: `${S}&topic=mental-health&disorder=yes`, expect: { "scotland-mh": "must-provide" }, unconditional: ["scotland-mh"] },
  { name: "§3.1 s259: the council and health board together secure advocacy", query: `${S}&topic=mental-health&disorder=yes`, arrangedBy: { "scotland-mh": "council and NHS health board" } },
  { name: "§3.1: not sure about a condition gives a condition; no diagnosis needed", query: `${S}&topic=mental-health&disorder=not-sure`, conditional: ["scotland-mh"], says: { "scotland-mh": "No diagnosis" } },
  { name: "§3.1 s328: no mental disorder means no s259 right; non-statutory offered", query: `${S}&topic=mental-health&disorder=no`, expect: { "scotland-mh": "not-entitled", "non-statutory": "discretionary" } },
  { name: "§3.1 s328: autism is included in the condition sentence", query: `${S}&topic=other&disorder=not-sure`, says: { "scotland-mh": "autism" } },
  { name: "§4.1, §8: IMHAs are England and Wales only", query: `${S}&topic=mental-health&disorder=yes`, expect: { imha: "not-entitled" }, notPositive: ["imha"] },
  { name: "§3.6: the SIAA is listed to find local advocacy", query: `${S}&topic=mental-health&disorder=yes`, contacts: ["siaa"] },

  // Capacity (§3.2)
  { name: "§3.2 [?]: no IMCA role in Scotland; s259 if mental disorder", query: `${S}&topic=capacity&disorder=yes`, expect: { imca: "not-entitled", "scotland-mh": "must-provide" }, notPositive: ["imca"] },
  { name: "§3.2 [?]: physical communication problems only may not be covered", query: `${S}&topic=capacity&disorder=no`, expect: { imca: "not-entitled", "scotland-mh": "not-entitled", "non-statutory": "discretionary" }, says: { "scotland-mh": "physical" } },
  { name: "§3.2: not sure about a condition at a capacity question", query: `${S}&topic=capacity&disorder=not-sure`, conditional: ["scotland-mh"], expect: { "non-statutory": "discretionary" } },

  // Liberty (§1.4, §8)
  { name: "§1.4, §8: DoLS advocates do not exist in Scotland", query: `${S}&topic=liberty&disorder=yes`, expect: { "imca-dols": "not-entitled" }, absent: ["rpr"], contacts: ["mental-welfare-commission"] },
  { name: "§3.1: s259 still applies to someone kept in a care home", query: `${S}&topic=liberty&disorder=yes`, expect: { "scotland-mh": "must-provide" } },
  { name: "§3.1: liberty question with no mental disorder: non-statutory", query: `${S}&topic=liberty&disorder=no`, expect: { "non-statutory": "discretionary" }, notPositive: ["imca-dols", "rpr"] },

  // Care and support (§3.4, §6 item 1)
  { name: "§3.4, §6 item 1: the Care Act duty does not apply; SDS s9 information duty instead", query: `${S}&topic=care-support&disorder=no`, expect: { "care-act": "not-entitled", "non-statutory": "discretionary" }, says: { "care-act": "self-directed support" } },
  { name: "§3.1: s259 covers care and support for a person with a learning disability", query: `${S}&topic=care-support&disorder=yes`, expect: { "scotland-mh": "must-provide" }, notPositive: ["care-act"] },
  { name: "§3.4: care and support, not sure about a condition", query: `${S}&topic=care-support&disorder=not-sure`, conditional: ["scotland-mh"] },

  // Adult support and protection (§3.3)
  { name: "§3.3 s6: council must consider advocacy when it decides to intervene", query: `${S}&topic=safeguarding&disorder=no`, expect: { "scotland-asp": "must-consider", "non-statutory": "discretionary" }, conditional: ["scotland-asp"] },
  { name: "§3.3: duty to consider, not to provide", query: `${S}&topic=safeguarding&disorder=no`, says: { "scotland-asp": "does not have to provide" } },
  { name: "§3.3, §3.1: safeguarding and mental disorder: both apply", query: `${S}&topic=safeguarding&disorder=yes`, expect: { "scotland-asp": "must-consider", "scotland-mh": "must-provide" } },

  // Complaints (§3.5)
  { name: "§3.5 s18: PASS helps with NHS complaints; no follow-up question", query: `${S}&topic=nhs-complaint`, expect: { complaints: "must-provide" }, contacts: ["pass"] },
  { name: "§3.5: PASS does not cover social work complaints", query: `${S}&topic=social-care-complaint&disorder=no`, expect: { complaints: "not-entitled", "non-statutory": "discretionary" }, contacts: ["citizens-advice-scotland"] },
  { name: "§3.1: social work complaint by a person with a mental disorder: s259", query: `${S}&topic=social-care-complaint&disorder=yes`, expect: { "scotland-mh": "must-provide", complaints: "not-entitled" } },
  { name: "§3.1: other topic with a mental disorder: s259", query: `${S}&topic=other&disorder=yes`, expect: { "scotland-mh": "must-provide" } },
  { name: "§3: other topic, no mental disorder: non-statutory", query: `${S}&topic=other&disorder=no`, expect: { "non-statutory": "discretionary" }, notContacts: ["hsc-trusts", "llais"] },

  // Issue 14 and issue 9 rows
  { name: "issue 14 #4, s259: an NHS complaint also shows the s259 right, with the disorder condition", query: `${S}&topic=nhs-complaint`, expect: { complaints: "must-provide", "scotland-mh": "must-provide" }, conditional: ["scotland-mh"], says: { "scotland-mh": "dementia" } },
  { name: "issue 14 #8, PR(S)A 2011 s17 (1978 Act s10ZA): the Common Services Agency secures PASS", query: `${S}&topic=nhs-complaint`, arrangedBy: { complaints: "Common Services Agency" }, notArrangedBy: { complaints: "Scottish Government" } },
  { name: "issue 14 #8: PASS cites s17 as well as s18", query: `${S}&topic=nhs-complaint`, basis: { complaints: "sections 17 and 18" } },
  { name: "issue 9, corrections s259(1): a right of access to independent advocacy, not to an advocate", query: `${S}&topic=mental-health&disorder=yes`, says: { "scotland-mh": "right of access" }, notSays: { "scotland-mh": "right to independent advocacy" } },
  { name: "issue 14 #9: no IMHA and no ward staff in the Scottish charity summary", query: `${S}&topic=mental-health&disorder=no`, notSays: { "non-statutory": "IMHA" } },
  { name: "issue 14 #9: a person who may be at home is not sent to the ward staff", query: `${S}&topic=mental-health&disorder=not-sure`, notSays: { "non-statutory": "ward" } },
  { name: "issue 10: dementia and a care decision: the right covers care decisions, no Mental Health Act script", query: `${S}&topic=capacity&disorder=yes`, says: { "scotland-mh": "care decisions" }, notAsks: { "scotland-mh": "Mental Health Act" } },
  { name: "issue 10, §3.2 [S]: what the Adults with Incapacity Act offers: the sheriff considers an advocate's views", query: `${S}&topic=capacity&disorder=yes`, says: { imca: "Adults with Incapacity" } },
];

describe("Scotland rules (fact sheet §3)", () => {
  it.each(cases)("$name", checkCase);
});
