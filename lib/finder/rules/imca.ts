import type { AnswerValue } from "../questions";
import type { FinderResult } from "../types";
import { IF_LACKS_CAPACITY, conditions, hasNobodyUnpaid, result } from "./result";
import { LAW } from "./sources";

type Decision = AnswerValue<"decision">;
type Capacity = AnswerValue<"capacity">;
type Support = AnswerValue<"support">;

const TITLE = "Independent Mental Capacity Advocate (IMCA)";
const ASK =
  'Ask the social worker, nurse or doctor: "Is an Independent Mental Capacity Advocate (IMCA) needed for this decision?" If they say no, ask them to explain why.';

/**
 * §1.3 (England) and §2.2 (Wales): IMCAs under the Mental Capacity Act 2005.
 * The law is the same in both nations; in Wales the local health board runs it.
 */
export function imcaResult(
  nation: "england" | "wales",
  decision: Decision | undefined,
  capacity: Capacity | undefined,
  support: Support | undefined,
): FinderResult {
  const base = {
    type: "imca",
    title: TITLE,
    arrangedBy: nation === "wales" ? "the local health board" : "the NHS body or council making the decision",
    basisUrl: nation === "wales" ? LAW.imcaWales : LAW.imca,
    guidance: "/your-rights/imca",
    contacts: nation === "wales" ? ["nhs-111-wales-health-boards", "find-local-council"] : ["find-local-council", "pohwer", "voiceability"],
    howToAsk: ASK,
  } satisfies Partial<FinderResult>;
  const basis = nation === "wales" ? `${BASIS_ENGLAND}, and the Welsh IMCA regulations 2007` : BASIS_ENGLAND;
  const ifUnsure = capacity === "not-sure" ? IF_LACKS_CAPACITY : null;

  if (capacity === "has") {
    return result({ ...base, basis, strength: "not-entitled", summary: CAN_DECIDE });
  }
  switch (decision) {
    case "serious-treatment":
    case "long-stay-move":
      if (!hasNobodyUnpaid(support)) return result({ ...base, basis, strength: "not-entitled", summary: HAS_SOMEONE });
      return result({ ...base, basis, strength: "must-provide", summary: DUTY[decision], condition: ifUnsure });
    case "accommodation-review":
      if (!hasNobodyUnpaid(support)) return result({ ...base, basis, strength: "not-entitled", summary: HAS_SOMEONE });
      return discretionary(nation, base, REVIEW, ifUnsure);
    case "safeguarding":
      // §1.3: the adult-protection power is not limited to people without family.
      return discretionary(nation, base, SAFEGUARDING, ifUnsure);
    default:
      return result({ ...base, basis, strength: "not-entitled", summary: OTHER_DECISION });
  }
}

const BASIS_ENGLAND = "Mental Capacity Act 2005, sections 35 to 41";

/**
 * §1.3: the powers in SI 2006/2883. The fact sheet does not say whether the
 * Welsh regulations hold the same powers, so in Wales we only say "you may be
 * able to ask" and point to the Welsh regulations.
 */
function discretionary(
  nation: "england" | "wales",
  base: Omit<FinderResult, "strength" | "summary" | "basis" | "condition">,
  summary: string,
  ifUnsure: string | null,
): FinderResult {
  if (nation === "wales") {
    return result({
      ...base,
      basis: `${BASIS_ENGLAND}, and the Welsh IMCA regulations 2007`,
      strength: "discretionary",
      summary,
      condition: conditions(ifUnsure, WALES_UNSURE),
    });
  }
  return result({
    ...base,
    basis: "Mental Capacity Act 2005 (Independent Mental Capacity Advocates) (Expansion of Role) Regulations 2006",
    basisUrl: LAW.imcaDiscretionary,
    strength: "discretionary",
    summary,
    condition: conditions(ifUnsure),
  });
}

const WALES_UNSURE = "We could not confirm that the Welsh rules include this power. Ask the health board whether it can do this.";

const DUTY: Record<"serious-treatment" | "long-stay-move", string> = {
  "serious-treatment":
    "The NHS must bring in an IMCA before serious treatment, unless it is urgent. This does not apply if the person has an attorney or deputy for this decision.",
  "long-stay-move":
    "The council or NHS must bring in an IMCA before a long move. This means over 28 days in hospital, or over 8 weeks in a care home.",
};

const REVIEW =
  "The council or NHS may bring in an IMCA to review a care home or hospital place it arranged. This is for stays of 12 weeks or more.";

const SAFEGUARDING =
  "The council or NHS may bring in an IMCA when it acts to protect the person from abuse or neglect. This can happen even if family or friends are involved.";

const CAN_DECIDE =
  "An IMCA is only for people who cannot make the decision themselves. A person who can decide may make their own choice, even an unwise one.";

const HAS_SOMEONE =
  "An IMCA is for people with nobody but paid staff to consult. If the family member or friend will not take part, or may not act for the person, ask again.";

const OTHER_DECISION =
  "The law gives an IMCA only for serious treatment, long moves, some reviews, safeguarding, and the Deprivation of Liberty Safeguards.";
