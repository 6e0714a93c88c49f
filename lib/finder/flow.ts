import { QUESTION_IDS, type Answers, type QuestionId } from "./questions";

/**
 * Routing only: which questions a path asks, exactly per the contract's
 * "asked when" column. No policy lives here; the rules decide results.
 */

const inEnglandOrWales = (a: Answers) => a.nation === "england" || a.nation === "wales";
const topicIs = (a: Answers, ...topics: NonNullable<Answers["topic"]>[]) =>
  a.topic !== undefined && topics.includes(a.topic);

const ASKED_WHEN: Record<QuestionId, (a: Answers) => boolean> = {
  nation: () => true,
  topic: (a) => a.nation !== undefined,
  mha: (a) => inEnglandOrWales(a) && topicIs(a, "mental-health"),
  "special-treatment": (a) =>
    (a.nation === "england" && (a.mha === "informal" || a.mha === "community")) ||
    (a.nation === "wales" && a.mha === "community"),
  disorder: (a) => a.nation === "scotland" && a.topic !== undefined && a.topic !== "nhs-complaint",
  decision: (a) => inEnglandOrWales(a) && topicIs(a, "capacity"),
  capacity: (a) => inEnglandOrWales(a) && topicIs(a, "capacity", "safeguarding"),
  support: (a) =>
    inEnglandOrWales(a) &&
    (topicIs(a, "capacity", "care-support", "safeguarding") ||
      (topicIs(a, "liberty") && (a.dols === "requested" || a.dols === "not-sure"))),
  difficulty: (a) => inEnglandOrWales(a) && topicIs(a, "care-support", "safeguarding"),
  exception: (a) =>
    a.nation === "england" && topicIs(a, "care-support") && a.difficulty === "yes" && a.support === "unpaid",
  dols: (a) => inEnglandOrWales(a) && topicIs(a, "liberty"),
  representative: (a) => inEnglandOrWales(a) && topicIs(a, "liberty") && a.dols === "authorised",
};

/**
 * The order questions are put to the reader. It is the contract order, except
 * that `dols` and `representative` come before `support`, because whether
 * `support` is asked on the liberty path depends on the `dols` answer.
 */
export const ASK_ORDER: readonly QuestionId[] = [
  "nation",
  "topic",
  "mha",
  "special-treatment",
  "disorder",
  "decision",
  "capacity",
  "dols",
  "representative",
  "support",
  "difficulty",
  "exception",
];

/**
 * The questions this path asks, in asking order, given the answers so far.
 * Each question is judged only on the kept answers to earlier questions, so a
 * stale answer (for example after "Change") can never switch a question on.
 */
export function applicableQuestions(answers: Answers): QuestionId[] {
  const kept: Answers = {};
  const asked: QuestionId[] = [];
  for (const id of ASK_ORDER) {
    if (!ASKED_WHEN[id](kept)) continue;
    asked.push(id);
    copyAnswer(answers, kept, id);
  }
  return asked;
}

/** Only the answers to questions this path asks, in contract order; the rest are dropped. */
export function applicableAnswers(answers: Answers): Answers {
  const asked = new Set(applicableQuestions(answers));
  const kept: Answers = {};
  for (const id of QUESTION_IDS) if (asked.has(id)) copyAnswer(answers, kept, id);
  return kept;
}

/** The first question on this path still unanswered, or null when complete. */
export function nextQuestion(answers: Answers): QuestionId | null {
  return applicableQuestions(answers).find((id) => answers[id] === undefined) ?? null;
}

function copyAnswer(from: Answers, to: Answers, id: QuestionId): void {
  const value = from[id];
  // The cast is safe: both objects share the Answers type for this key.
  if (value !== undefined) (to as Record<QuestionId, string>)[id] = value;
}
