import type { Nation } from "../nations";
import { declarationOf, type Answers, type AnswerValue } from "./questions";
import { RELATIVE_LAW } from "./relative-law";
import { careActForCapacityDecision, careActWithHelper } from "./rules/care-act";
import { imcaResult } from "./rules/imca";
import { AGE_16, IF_LACKS_CAPACITY, UNLESS_ATTORNEY_DEPUTY_OR_NOMINEE, conditions, hasNobodyUnpaid, result } from "./rules/result";
import { sortByStrength } from "./rules";
import { scotlandMentalHealthAdvocacy } from "./rules/scotland-advocacy";
import { WALES_IPA } from "./rules/wales-ipa";
import { LAW } from "./rules/sources";
import { NAME, voiceOf, type Voice } from "./rules/voice";
import { walesIpaForCapacityDecision } from "./rules/wales-ipa";
import type { FinderResult, ResultType } from "./types";

/**
 * Overlapping situations (issue 20; contract amendment "Overlapping situations"). A reader's
 * situation often spans topics: a care-home move for someone who cannot decide is a capacity
 * decision, very often a deprivation of liberty, and a Care Act or Part 10 care-planning
 * process. Each row says, from the law, which situation brings rights that usually belong to
 * another topic, the provisions that bring them, and builds those results, each with a
 * `condition` saying when it applies. A result is added only where the path's own rules have
 * none of that type, so a row never contradicts a rule; the rows' results are the rules' own
 * where a rule already exists.
 */

type Topic = AnswerValue<"topic">;

export type OverlapRow = {
  id: string;
  /** The situation, in plain words, for the decision table and tests. */
  situation: string;
  nations: readonly Nation[];
  /** The topics a reader in this situation may have chosen. */
  fromTopics: readonly Topic[];
  /** The topic whose rights the situation brings: the result links to it. */
  toTopic: Topic;
  /** The types this row can add. */
  brings: readonly ResultType[];
  /** Law registry ids of the provisions that make the overlap (content/data/law.json). */
  provisions: readonly string[];
  applies: (answers: Answers) => boolean;
  results: (answers: Answers) => FinderResult[];
};

const inEnglandOrWales = (a: Answers): a is Answers & { nation: "england" | "wales" } =>
  a.nation === "england" || a.nation === "wales";
const mayLackCapacity = (a: Answers) => a.capacity === "lacks" || a.capacity === "not-sure";
const isLongStay = (a: Answers) => a.decision === "long-stay-move" || a.decision === "accommodation-review";

const SUPERVISORY_BODY = "the supervisory body (the public body that decides whether to give permission)";
const DOLS_GUIDANCE = "/your-rights/deprivation-of-liberty";
const dolsContacts = (nation: "england" | "wales") =>
  nation === "wales" ? ["find-local-council", "nhs-111-wales-health-boards"] : ["find-local-council", "pohwer", "voiceability"];

/**
 * Corrections file §2: a care-home move for someone who cannot consent very often amounts to a
 * deprivation of liberty; DoLS covers care homes and hospitals, for people aged 18 or over. We
 * never decide that it is one (fact sheet §8, and the Supreme Court's June 2026 reset of the
 * test), so the condition says "may" and names the signs the reader can see.
 */
function dolsCondition(a: Answers): string {
  const likely =
    a["free-to-leave"] === "no"
      ? "From your answers, the person may be deprived of their liberty."
      : "This applies if the person is deprived of their liberty. Signs are that they will not be free to leave, and staff supervise and control them all the time.";
  return `${likely} The care home or hospital must then ask the supervisory body for permission (a DoLS authorisation). DoLS is for people aged 18 or over.`;
}

/** MCA 2005 Sch A1 Part 10, s21A; SI 2013/480 reg 5(1)(g): the representative and the court challenge. */
function representative(a: Answers & { nation: "england" | "wales" }, v: Voice): FinderResult {
  return result({
    type: "rpr",
    title: "Relevant person's representative (RPR)",
    basis: "Mental Capacity Act 2005, Schedule A1, Part 10, and section 21A",
    arrangedBy: SUPERVISORY_BODY,
    law: [LAW.dolsRepresentative, RELATIVE_LAW.dolsCourtChallenge, RELATIVE_LAW.dolsLegalAid],
    guidance: DOLS_GUIDANCE,
    contacts: dolsContacts(a.nation),
    strength: "must-provide",
    summary:
      "If permission is given, the person must have a representative, often a family member or friend. The representative can challenge the permission in the Court of Protection, with legal aid whatever their income.",
    condition: conditions(a.capacity === "not-sure" && IF_LACKS_CAPACITY, dolsCondition(a), "The representative comes once permission (a standard authorisation) is given."),
    howToAsk: `Ask the care home or hospital: ${v.pick(
      '"Have you asked for permission (DoLS) to keep me here? If it is given, who will be my representative?"',
      `"Have you asked for permission (DoLS) to keep ${NAME} here? If it is given, who will be their representative?"`,
    )}`,
  });
}

/** MCA 2005 s39A (nobody but paid staff) or s39D (unpaid representative asks); s40 exceptions. */
function dolsImca(a: Answers & { nation: "england" | "wales" }, v: Voice): FinderResult {
  const base = {
    type: "imca-dols",
    title: "Independent Mental Capacity Advocate (IMCA) for the Deprivation of Liberty Safeguards",
    arrangedBy: SUPERVISORY_BODY,
    guidance: DOLS_GUIDANCE,
    contacts: dolsContacts(a.nation),
    strength: "must-provide",
  } as const;
  const ifUnsure = a.capacity === "not-sure" && IF_LACKS_CAPACITY;
  if (hasNobodyUnpaid(a.support)) {
    return result({
      ...base,
      basis: "Mental Capacity Act 2005, section 39A",
      law: [LAW.dolsImca, LAW.imcaExceptions],
      summary: "If permission is asked for, an IMCA must be brought in while it is checked. This is because nobody but paid staff can be consulted.",
      condition: conditions(ifUnsure, dolsCondition(a), UNLESS_ATTORNEY_DEPUTY_OR_NOMINEE),
      howToAsk: `Ask the care home or hospital: "Have you asked for permission (DoLS) for ${v.pick("me", NAME)}?" If they have, say: "Please make sure an IMCA is brought in."`,
    });
  }
  return result({
    ...base,
    basis: "Mental Capacity Act 2005, section 39D",
    law: [LAW.dolsImcaUnpaidRepresentative, LAW.imcaExceptions],
    summary: "Once permission is given, the person or their unpaid representative can ask for an IMCA. The supervisory body must then arrange one.",
    condition: conditions(ifUnsure, dolsCondition(a), "It applies once permission is given, if the representative is unpaid.", UNLESS_ATTORNEY_DEPUTY_OR_NOMINEE),
    howToAsk: `Once permission is given, write to the supervisory body. Say: ${v.pick(
      '"I would like an IMCA to help me use my rights."',
      `"I am the representative for ${NAME}. We would like an IMCA to help us use our rights."`,
    )}`,
  });
}

const CARE_ACT_TITLE = "Advocate from the council (Care Act advocate)";
const CARE_ACT_CONTACTS = ["find-local-council", "pohwer", "voiceability", "the-advocacy-people"];
const IF_PLANNING =
  "This applies if the council is assessing the person's needs or planning their care. It usually does when it arranges a care home place.";
const IF_VERY_HARD = "It also needs taking part to be very hard for them without help.";

/** Care Act 2014 s67 (England) or the Part 10 Code (Wales) for the care planning around a deprivation of liberty. */
function carePlanningAdvocacy(a: Answers & { nation: "england" | "wales" }, v: Voice): FinderResult[] {
  if (a.nation === "england") {
    if (!hasNobodyUnpaid(a.support)) return [careActWithHelper(a)];
    return [
      result({
        type: "care-act",
        title: CARE_ACT_TITLE,
        basis: "Care Act 2014, section 67",
        arrangedBy: "the local council",
        law: [LAW.careActPlanning, LAW.careActReviews],
        guidance: "/your-rights/care-act-advocacy",
        contacts: CARE_ACT_CONTACTS,
        strength: "must-provide",
        summary: "The council must arrange an advocate for the assessment, care plan and reviews, because nobody unpaid can help.",
        condition: conditions(IF_PLANNING, IF_VERY_HARD),
        howToAsk: `Say to the council: "${v.pick("I", NAME)} would find it very hard to take part without help. Please arrange an independent advocate under the Care Act."`,
      }),
    ];
  }
  if (!hasNobodyUnpaid(a.support)) return [];
  return [
    result({
      ...WALES_IPA,
      strength: "must-provide",
      summary: "The council must arrange an independent professional advocate for assessments, plans and reviews. This is when nobody suitable can help.",
      condition: conditions(
        "This applies if the council is assessing the person's needs or planning their care and support.",
        "It also needs the person to be able to take full part only with help.",
        a.support === "paid-only" && "The council must also agree that nobody suitable is available to help.",
      ),
      howToAsk: `Say to the council: "${v.pick("I", NAME)} can only take full part with help, and nobody suitable can help. Please arrange an independent professional advocate."`,
    }),
  ];
}

/** MCA 2005 ss38-40 (and in Wales SI 2007/852 regs 5-6): the move IMCA beside a deprivation of liberty. */
function moveImca(a: Answers & { nation: "england" | "wales" }, v: Voice): FinderResult[] {
  if (!hasNobodyUnpaid(a.support)) return [];
  const wales = a.nation === "wales";
  return [
    result({
      type: "imca",
      title: "Independent Mental Capacity Advocate (IMCA)",
      basis: "Mental Capacity Act 2005, sections 38 to 40",
      arrangedBy: wales
        ? "the NHS body or council arranging the move (the local health board makes IMCAs available)"
        : "the NHS body or council arranging the move",
      law: wales
        ? [LAW.imcaAccommodationNhs, LAW.imcaAccommodationCouncil, LAW.imcaExceptions, LAW.imcaWalesAvailable, LAW.imcaWalesInstructed]
        : [LAW.imcaAccommodationNhs, LAW.imcaAccommodationCouncil, LAW.imcaExceptions],
      guidance: "/your-rights/imca",
      contacts: wales ? ["nhs-111-wales-health-boards", "find-local-council"] : ["find-local-council", "pohwer", "voiceability"],
      strength: "must-provide",
      summary: "The council or NHS must bring in an IMCA before a long move. This is because nobody but paid staff can be consulted.",
      condition: conditions(
        "This applies to a move the council or NHS arranges, for someone who cannot decide about it. It means 28 days or more in hospital, or 8 weeks or more in a care home.",
        "If an IMCA is already being brought in under DoLS for the same place, that IMCA may cover this.",
        UNLESS_ATTORNEY_DEPUTY_OR_NOMINEE,
        "Nor does it apply if the Mental Health Act requires the person to live there.",
        AGE_16,
      ),
      howToAsk: `Ask the social worker, nurse or doctor: "Is an IMCA needed for this move${v.pick("", ` for ${NAME}`)}?" If they say no, ask them to explain why.`,
    }),
  ];
}

const mapped = <A extends Answers>(a: A, build: (a: A, v: Voice) => FinderResult | FinderResult[]) => [build(a, voiceOf(a))].flat();

export const OVERLAPS: readonly OverlapRow[] = [
  {
    id: "long-stay-dols",
    situation: "A long move, or a review of a care home or hospital place, for someone who may lack capacity",
    nations: ["england", "wales"],
    fromTopics: ["capacity"],
    toTopic: "liberty",
    brings: ["rpr", "imca-dols"],
    provisions: [LAW.dolsRepresentative, LAW.dolsImca, LAW.dolsImcaUnpaidRepresentative, LAW.imcaExceptions, RELATIVE_LAW.dolsCourtChallenge, RELATIVE_LAW.dolsLegalAid],
    applies: (a) => inEnglandOrWales(a) && a.topic === "capacity" && isLongStay(a) && mayLackCapacity(a) && a["free-to-leave"] !== "yes",
    results: (a) => (inEnglandOrWales(a) ? [...mapped(a, representative), ...mapped(a, dolsImca)] : []),
  },
  {
    id: "long-stay-care-planning-england",
    situation: "A long move or a placement review in England, with a family member or friend to help",
    nations: ["england"],
    fromTopics: ["capacity"],
    toTopic: "care-support",
    brings: ["care-act"],
    provisions: [LAW.careActPlanning, LAW.careActRegulations],
    applies: (a) => a.nation === "england" && a.topic === "capacity" && isLongStay(a) && !hasNobodyUnpaid(a.support),
    results: (a) => [careActForCapacityDecision(a)].filter((r) => r !== null),
  },
  {
    id: "long-stay-care-planning-wales",
    situation: "A long move or a placement review in Wales, which the council plans with a care assessment",
    nations: ["wales"],
    fromTopics: ["capacity"],
    toTopic: "care-support",
    brings: ["wales-ipa"],
    provisions: [LAW.walesIpa],
    applies: (a) => a.nation === "wales" && a.topic === "capacity" && isLongStay(a),
    results: (a) => [walesIpaForCapacityDecision(a)].filter((r) => r !== null),
  },
  {
    id: "liberty-care-planning",
    situation: "A deprivation of liberty: the care planning around it, and the move itself",
    nations: ["england", "wales"],
    fromTopics: ["liberty"],
    toTopic: "care-support",
    brings: ["care-act", "wales-ipa", "imca"],
    provisions: [
      LAW.careActPlanning,
      LAW.careActRegulations,
      LAW.walesIpa,
      LAW.imcaAccommodationNhs,
      LAW.imcaAccommodationCouncil,
      LAW.imcaExceptions,
    ],
    // `support` is asked on the liberty path only before permission is given.
    applies: (a) => inEnglandOrWales(a) && a.topic === "liberty" && a.support !== undefined,
    results: (a) => (inEnglandOrWales(a) ? [...mapped(a, carePlanningAdvocacy), ...mapped(a, moveImca)] : []),
  },
  {
    id: "capacity-safeguarding-care-act",
    situation: "A decision to keep someone safe, for someone who may lack capacity",
    nations: ["england", "wales"],
    fromTopics: ["capacity"],
    toTopic: "safeguarding",
    brings: ["care-act", "wales-ipa"],
    provisions: [LAW.careActSafeguarding, LAW.walesIpa],
    applies: (a) => inEnglandOrWales(a) && a.topic === "capacity" && a.decision === "safeguarding" && a.capacity !== "has",
    results: (a) => [a.nation === "wales" ? walesIpaForCapacityDecision(a) : careActForCapacityDecision(a)].filter((r) => r !== null),
  },
  {
    id: "safeguarding-imca",
    situation: "A safeguarding enquiry, for someone who may lack capacity",
    nations: ["england", "wales"],
    fromTopics: ["safeguarding"],
    toTopic: "capacity",
    brings: ["imca"],
    provisions: [LAW.imcaSafeguardingEngland, LAW.imcaPowerEngland, LAW.imcaSafeguardingWales],
    applies: (a) => inEnglandOrWales(a) && a.topic === "safeguarding" && a.capacity !== "has",
    results: (a) => (inEnglandOrWales(a) ? [imcaResult(a.nation, { ...a, decision: "safeguarding" })] : []),
  },
  {
    id: "scotland-care-assessment",
    situation: "A care assessment, care decision, or safeguarding in Scotland, for someone with a mental disorder",
    nations: ["scotland"],
    fromTopics: ["care-support", "capacity", "liberty", "safeguarding"],
    toTopic: "mental-health",
    brings: ["scotland-mh"],
    provisions: [LAW.scotlandMentalHealth, RELATIVE_LAW.scotlandIncapacityPrinciples],
    applies: (a) => a.nation === "scotland" && a.topic !== undefined && ["care-support", "capacity", "liberty", "safeguarding"].includes(a.topic),
    results: (a) => [scotlandMentalHealthAdvocacy(a)],
  },
];

/** The overlap rows that apply to these answers. */
export function overlapsFor(answers: Answers): OverlapRow[] {
  return OVERLAPS.filter((row) => answers.nation !== undefined && row.nations.includes(answers.nation) && row.applies(answers));
}

/**
 * The path's own results plus each overlapping result whose type the path does not already
 * have, strongest first. The rules' own result always wins, so no overlap contradicts one.
 */
export function withOverlaps(answers: Answers, results: FinderResult[]): FinderResult[] {
  const added: FinderResult[] = [];
  const has = (type: ResultType) => [...results, ...added].some((r) => r.type === type);
  for (const row of overlapsFor(answers)) for (const extra of row.results(answers)) if (!has(extra.type)) added.push(extra);
  return added.length === 0 ? results : sortByStrength([...results, ...added]);
}

/**
 * Other topics that may fit this reader's situation: those an overlap row connects to the
 * chosen topic in this nation, either way round, in the topic question's order.
 */
export function otherTopicsFor(answers: Answers): Topic[] {
  const { nation, topic } = answers;
  if (!nation || !topic) return [];
  const linked = new Set<Topic>();
  for (const row of OVERLAPS) {
    if (!row.nations.includes(nation)) continue;
    if (row.fromTopics.includes(topic)) linked.add(row.toTopic);
    if (row.toTopic === topic) for (const from of row.fromTopics) linked.add(from);
  }
  linked.delete(topic);
  return TOPIC_ORDER.filter((t) => linked.has(t));
}

/** The topic question's options, in the order it lists them (declared once in questions.ts). */
const TOPIC_ORDER = declarationOf("topic").options.map((o) => o.value) as Topic[];
