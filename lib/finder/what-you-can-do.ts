import { overlapsFor } from "./overlaps";
import type { Answers } from "./questions";
import { RELATIVE_LAW } from "./relative-law";
import { LAW } from "./rules/sources";

/**
 * "What you can do" (issue 20 §2): what the law lets a relative, friend or carer asking for
 * someone else do themselves. Each point names its source; none promises more than the law
 * gives, so anything the law does not require is worded as "you can ask".
 */
export type ActionPoint = {
  id: string;
  text: string;
  /** Law registry ids (content/data/law.json). */
  law: string[];
  /** A source that is not legislation, such as a Code of Practice paragraph. */
  source?: string;
};

const MCA_CODE_10_79 = "Mental Capacity Act Code of Practice, paragraph 10.79";

/**
 * Complaints go to the body, then the nation's ombudsman (the "If they say no" steps name both).
 * The registry has the English, Welsh and Northern Irish ombudsman provisions; for Scotland we
 * name the Act.
 */
const COMPLAINT_SOURCE: Record<NonNullable<Answers["nation"]>, Pick<ActionPoint, "law" | "source">> = {
  england: { law: ["lgpiha-2007-s174"] },
  wales: { law: ["psowa-2019-s3"] },
  scotland: { law: [], source: "Scottish Public Services Ombudsman Act 2002" },
  "northern-ireland": { law: ["nipsoa-2016-s24"] },
};

const isEnglandOrWales = (a: Answers) => a.nation === "england" || a.nation === "wales";

/** MCA 2005 s4(7)(b) speaks to whoever decides for someone who lacks capacity. */
function mayLackCapacityHere(a: Answers): boolean {
  if (!isEnglandOrWales(a)) return false;
  if (a.topic === "liberty") return true;
  return (a.topic === "capacity" || a.topic === "safeguarding") && a.capacity !== "has";
}

/** Where the DoLS safeguards are on the result: the liberty topic, or the overlap on a long stay. */
function dolsOnPath(a: Answers): boolean {
  return isEnglandOrWales(a) && (a.topic === "liberty" || overlapsFor(a).some((row) => row.id === "long-stay-dols"));
}

/** England's Care Act processes, where a family helper is the "appropriate person" (s67(5)-(6)). */
function careActProcessWithHelper(a: Answers): boolean {
  if (a.nation !== "england" || a.support !== "unpaid") return false;
  return (
    a.topic === "care-support" ||
    a.topic === "liberty" ||
    (a.topic === "capacity" && (a.decision === "long-stay-move" || a.decision === "accommodation-review"))
  );
}

const scotlandCare = (a: Answers) =>
  a.nation === "scotland" && (a.topic === "capacity" || a.topic === "care-support" || a.topic === "liberty" || a.topic === "safeguarding");

/** The points for someone asking on another's behalf; none when the person asks for themselves. */
export function whatYouCanDo(answers: Answers): ActionPoint[] {
  if (answers.who !== "someone-else" || !answers.nation) return [];
  const points: ActionPoint[] = [];
  if (mayLackCapacityHere(answers)) {
    points.push({
      id: "be-consulted",
      text: "If they cannot make the decision, whoever decides must take your views into account, where it is practical and right to ask you. Disagreeing with the staff does not stop you counting.",
      law: [RELATIVE_LAW.bestInterests],
      source: MCA_CODE_10_79,
    });
    points.push({
      id: "ask-meeting-and-reasons",
      text: "You can ask for a meeting about what is best for them, and ask for the decision and the reasons in writing. The law does not make them hold a meeting, but they must weigh your views.",
      law: [RELATIVE_LAW.bestInterests],
    });
  }
  if (dolsOnPath(answers)) {
    points.push({
      id: "be-the-representative",
      text: "If permission (DoLS) is given, you can ask to be their representative. A representative can challenge the permission in the Court of Protection. Legal aid for that does not depend on income or savings.",
      law: [LAW.dolsRepresentative, RELATIVE_LAW.dolsCourtChallenge, RELATIVE_LAW.dolsLegalAid],
    });
    points.push({
      id: "representative-imca",
      text: "If you become their unpaid representative, you can ask for an IMCA to help you both use these rights.",
      law: [LAW.dolsImcaUnpaidRepresentative],
    });
  }
  if (careActProcessWithHelper(answers)) {
    points.push({
      id: "help-them-take-part",
      text: "You can be the person who helps them take part in the council's assessment and plans. This needs them to agree or, if they cannot decide, the council to think it best for them.",
      law: [LAW.careActPlanning],
    });
    points.push({
      id: "disagree-ask-for-advocate",
      text: "If you and the council disagree about something important, you can both agree an advocate would be best. The council must then arrange one.",
      law: [LAW.careActRegulations],
    });
  }
  if (answers.nation === "england" && answers.topic === "safeguarding" && answers.support === "unpaid") {
    // Care Act 2014 s68(4)-(5): a suitable helper removes the advocate duty only if not part of the worries.
    points.push({
      id: "support-in-enquiry",
      text: "You can support them through the safeguarding enquiry, if they agree or, when they cannot decide, the council thinks it best. If you are part of the worries, tell the council. It may then have to arrange an advocate.",
      law: [LAW.careActSafeguarding],
    });
  }
  if (scotlandCare(answers)) {
    points.push({
      id: "scotland-views",
      text: "If anyone acts for them under the Adults with Incapacity Act, they must take account of your views as their nearest relative or main carer, where that is reasonable and practical.",
      law: [RELATIVE_LAW.scotlandIncapacityPrinciples],
    });
  }
  points.push({
    id: "complain",
    text: "You can complain for them. The steps under “If they say no” say where, and which ombudsman comes after.",
    ...COMPLAINT_SOURCE[answers.nation],
  });
  return points;
}
