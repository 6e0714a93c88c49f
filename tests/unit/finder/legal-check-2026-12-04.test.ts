import { describe, it } from "vitest";
import { checkCase, type RuleCase } from "./helpers";

/**
 * The fourth legal check (audits/2026-12-04/legal-finder-table.md and readers.md): one case per
 * rule change, each naming its defect and the provision it rests on.
 */
const ENG_CAP = "nation=england&topic=capacity";
const WAL_CAP = "nation=wales&topic=capacity";

const cases: RuleCase[] = [
  // D3: MCA 2005 s39A(5), Sch A1 para 161(1)(b): the s39A IMCA acts until the first representative is appointed.
  ...["england", "wales"].map(
    (nation): RuleCase => ({
      name: `D3 s39A, Sch A1 para 161 (${nation}): an IMCA covers the wait for the first representative`,
      query: `nation=${nation}&topic=liberty&dols=authorised&representative=none-yet`,
      expect: { rpr: "must-provide", "imca-dols": "must-provide" },
      says: { "imca-dols": "until the first representative is appointed" },
      notSays: { "imca-dols": "does not cover the wait for the first representative" },
      basis: { "imca-dols": "sections 39A and 39C" },
      conditional: ["imca-dols"],
    }),
  ),
  { name: "D3 s40(1): the s39A and s39C duties do not apply with an attorney, deputy or nominee", query: "nation=england&topic=liberty&dols=authorised&representative=none-yet", says: { "imca-dols": "attorney or deputy" } },
  // Observation (DoLS age): MCA 2005 Sch A1 paras 12(1)(a), 13: the safeguards apply from 18, while IMCAs otherwise apply from 16.
  ...["dols=requested&support=none", "dols=authorised&representative=unpaid", "dols=authorised&representative=none-yet"].map(
    (rest): RuleCase => ({
      name: `Sch A1 para 13 (${rest}): DoLS results say they are for people aged 18 or over`,
      query: `nation=england&topic=liberty&${rest}`.replace("dols=requested&support=none", "support=none&dols=requested"),
      says: { rpr: "aged 18 or over", "imca-dols": "aged 18 or over" },
      // A standing rule leaves the right plain: no extra local-advocacy card.
      absent: ["non-statutory"],
    }),
  ),
  // D4: Care Act 2014 s67(6), s68(5): the helper counts only with the person's consent, or in their best interests.
  { name: "D4 s67(6): care and support, a helper only counts if the person agrees", query: "nation=england&topic=care-support&support=unpaid&difficulty=yes&exception=none", expect: { "care-act": "not-entitled" }, says: { "care-act": "the person agrees to" }, asks: { "care-act": "best interests" } },
  { name: "D4 s68(5): safeguarding, a helper only counts if the person agrees", query: "nation=england&topic=safeguarding&capacity=has&support=unpaid&difficulty=yes", expect: { "care-act": "not-entitled" }, says: { "care-act": "the person agrees to" }, asks: { "care-act": "does not want that helper" } },
  { name: "D4 s68(5)(b): safeguarding, not sure about capacity: best interests named", query: "nation=england&topic=safeguarding&capacity=not-sure&support=unpaid&difficulty=not-sure", asks: { "care-act": "best interests" } },
  // D5: NHS (Wales) Act 2006 s187 is the Welsh Ministers' duty; Llais's s16 is a power.
  { name: "D5 s187: the Welsh Ministers hold the duty; Llais gives the help", query: "nation=wales&topic=nhs-complaint", expect: { complaints: "must-provide" }, arrangedBy: { complaints: "Welsh Ministers" }, basis: { complaints: "2006, section 187" }, says: { complaints: "Llais gives this help" }, contacts: ["llais"] },
  // D6: Care Act s67(1), (3); MCA s38: a move only the NHS arranges brings no Care Act duty.
  ...(["paid-only", "none"] as const).map(
    (support): RuleCase => ({
      name: `D6 s67(3), MCA s38 (support=${support}): the Care Act advocate is for a council-planned move, not one only the NHS arranges`,
      query: `${ENG_CAP}&decision=long-stay-move&capacity=lacks&support=${support}`,
      expect: { "care-act": "must-provide" },
      says: { "care-act": "not apply to a move only the NHS arranges" },
      notSays: { "care-act": "as it does for a move" },
    }),
  ),
  // MCA 2005 s38(1), s39(1): the council duty is not only for care homes; s38(4), s39(5): short stays that become long.
  ...[ENG_CAP, WAL_CAP].map(
    (path): RuleCase => ({
      name: `s39(1), s38(4), s39(5) (${path}): any home a council arranges; a short stay that becomes long`,
      query: `${path}&decision=long-stay-move&capacity=lacks&support=none`,
      expect: { imca: "must-provide" },
      says: { imca: "care home or other home" },
    }),
  ),
  { name: "s38(3)-(4), s39(4)-(5): an urgent or short stay likely to become long needs an IMCA then", query: `${WAL_CAP}&decision=long-stay-move&capacity=not-sure&support=paid-only`, says: { imca: "becomes likely to last that long" } },
  { name: "s38(1): the NHS duty is for a hospital or care home only", query: `${ENG_CAP}&decision=long-stay-move&capacity=lacks&support=none`, says: { imca: "nhs arranges counts only if it is to a hospital or care home" } },
];

describe("fourth legal check: rule changes", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => checkCase(c));
});
