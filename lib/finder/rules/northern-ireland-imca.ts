import type { FinderResult } from "../types";
import { result } from "./result";
import { LAW } from "./sources";

/**
 * §4.2 and addendum Q3: MCA (NI) 2016 ss35-36 and Part 4. Only the
 * deprivation-of-liberty parts are in force. Family or a nominated person do
 * not remove the duty; only an emergency or a capacitous written refusal does. Issue 14 defect 7:
 * s35 is a safeguard on the s9 protection, which needs D to believe, reasonably, that the person
 * lacks capacity (s9(1)(d)); and the exclusion is for people "liable to be detained".
 */
export function northernIrelandImca(topic: "capacity" | "liberty"): FinderResult {
  return result({
    type: "ni-imca",
    strength: "must-provide",
    title: "Independent Mental Capacity Advocate (IMCA) in Northern Ireland",
    basis: "Mental Capacity Act (Northern Ireland) 2016, sections 35 and 36, and Part 4",
    arrangedBy: "the Health and Social Care (HSC) Trust",
    law: [LAW.niImca],
    guidance: "/your-rights/northern-ireland",
    contacts: ["hsc-trusts"],
    summary:
      "Before care that takes away a person's liberty, the HSC Trust must bring in an IMCA and listen to them. This applies even if family or a nominated person is involved.",
    condition: [
      topic === "capacity"
        ? "This applies only if the care planned would deprive the person of their liberty. Other parts of this law that need an IMCA have not started yet."
        : "This applies if the HSC Trust plans care that would deprive the person of their liberty.",
      "It applies only if the person lacks capacity about this, or is reasonably believed to.",
      "It does not apply to people under 16.",
      "Nor does it apply to people liable to be detained under the Mental Health (Northern Ireland) Order 1986.",
      "Nor does it apply in an emergency.",
      "It also does not apply if the person refused an IMCA in a witnessed written statement, while able to decide.",
    ].join(" "),
    howToAsk:
      'Say to the HSC Trust: "Is this care a deprivation of liberty? If so, please make sure an IMCA is in place before it is authorised."',
  });
}
