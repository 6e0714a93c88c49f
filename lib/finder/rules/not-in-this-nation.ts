import type { Answers } from "../questions";
import type { FinderResult } from "../types";
import { result } from "./result";
import { LAW } from "./sources";
import { NAME, voiceOf } from "./voice";

/**
 * Results shown on purpose to explain why something people often ask about
 * does not apply in their nation (§6 items 1, 3, 8, 9; §8 nation gating).
 */

export function imhaNotInThisNation(nation: "scotland" | "northern-ireland", answers: Answers): FinderResult {
  const v = voiceOf(answers);
  return result({
    type: "imha",
    strength: "not-entitled",
    title: "Independent Mental Health Advocate (IMHA)",
    basis: "Mental Health Act 1983, sections 130A to 130L (England and Wales only)",
    arrangedBy: "nobody: this role does not exist here",
    guidance: nation === "scotland" ? "/your-rights/scotland" : "/your-rights/northern-ireland",
    summary:
      nation === "scotland"
        ? `IMHAs are part of the law in England and Wales only. In Scotland, ${v.your} right to advocacy comes from Scottish mental health law instead.`
        : "IMHAs are part of the law in England and Wales only. We found no matching right in Northern Ireland law.",
    howToAsk:
      nation === "scotland"
        ? `Ask the staff: "Can you put ${v.pick("me", "us")} in touch with an independent advocacy service?" The Scottish Independent Advocacy Alliance can also help you find one.`
        : `Ask the staff or the Health and Social Care Trust: "Is there an advocacy service ${v.pick("I", NAME)} can use?" Many hospitals have one.`,
    contacts: nation === "scotland" ? ["siaa"] : ["hsc-trusts"],
  });
}

export function careActNotInThisNation(nation: "wales" | "scotland" | "northern-ireland", answers: Answers): FinderResult {
  const v = voiceOf(answers);
  const byNation = {
    wales: {
      summary:
        "Care Act advocates are for England only. In Wales, the council may have to arrange an independent professional advocate instead.",
      guidance: "/your-rights/independent-professional-advocacy-wales",
      contacts: ["find-local-council"],
    },
    scotland: {
      // §3.4: SDS s9 is a duty to give information about advocacy, not to provide it.
      summary: `Care Act advocates are for England only. When a Scottish council offers self-directed support, it must tell ${v.them} about advocacy services, if it thinks that is right.`,
      guidance: "/your-rights/scotland",
      contacts: ["care-information-scotland", "siaa"],
    },
    "northern-ireland": {
      summary:
        "Care Act advocates are for England only. Northern Ireland has no law like this: Health and Social Care Trusts run social care there.",
      guidance: "/your-rights/northern-ireland",
      contacts: ["hsc-trusts"],
    },
  } satisfies Record<string, Pick<FinderResult, "summary" | "guidance" | "contacts">>;
  const whose = v.pick("my", "their");
  return result({
    type: "care-act",
    strength: "not-entitled",
    title: "Advocate from the council (Care Act advocate)",
    basis: "Care Act 2014, sections 67 and 68 (England only)",
    law: nation === "scotland" ? [LAW.careActPlanning, LAW.scotlandSelfDirectedSupport] : [LAW.careActPlanning],
    arrangedBy: nation === "northern-ireland" ? "nobody: ask the Health and Social Care Trust" : "nobody: ask the council",
    howToAsk:
      nation === "northern-ireland"
        ? `Ask the Health and Social Care Trust: "What advocacy do you fund? Can someone help ${v.pick("me", NAME)} take part in ${whose} assessment?"`
        : `Ask the council: "What advocacy can you offer? Can someone help ${v.pick("me", NAME)} take part in ${whose} assessment?"`,
    ...byNation[nation],
  });
}

/**
 * §3.2: no IMCA role in Scotland; s259 may cover people with a mental disorder [?]. §3.2 [S]:
 * in Adults with Incapacity applications the sheriff must take account of the adult's wishes
 * as expressed through an independent advocate.
 */
export function imcaNotInScotland(answers: Answers): FinderResult {
  const v = voiceOf(answers);
  return result({
    type: "imca",
    strength: "not-entitled",
    title: "Independent Mental Capacity Advocate (IMCA)",
    basis: "Mental Capacity Act 2005 (England and Wales only)",
    arrangedBy: "nobody: this role does not exist here",
    guidance: "/your-rights/scotland",
    summary:
      "We found no IMCA role in Scotland's capacity law, the Adults with Incapacity Act. In court cases under that Act, the sheriff must consider any views an independent advocate gives.",
    howToAsk: `Ask the social worker: "Can you put ${v.pick("me", "us")} in touch with an independent advocacy service?" The Scottish Independent Advocacy Alliance can also help you find one.`,
    contacts: ["siaa"],
  });
}

/** §1.4 and §8: the Deprivation of Liberty Safeguards are England and Wales law. */
export function deprivationOfLibertyNotInScotland(): FinderResult {
  return result({
    type: "imca-dols",
    strength: "not-entitled",
    title: "Independent Mental Capacity Advocate (IMCA) for the Deprivation of Liberty Safeguards",
    basis: "Mental Capacity Act 2005, sections 39A to 39D (England and Wales only)",
    arrangedBy: "nobody: this role does not exist here",
    guidance: "/your-rights/scotland",
    summary:
      "The Deprivation of Liberty Safeguards, and their advocates, are part of the law in England and Wales only. They do not apply in Scotland.",
    howToAsk:
      'If you are worried, ask the council: "What law is being used to keep this person here?" The Mental Welfare Commission oversees how this kind of law is used.',
    contacts: ["mental-welfare-commission", "find-local-council"],
  });
}
