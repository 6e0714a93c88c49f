import { ASK_ORDER, QUESTION_IDS, declarationOf, isOptional, type Answers, type QuestionId } from "./questions";

export { ASK_ORDER } from "./questions";

/**
 * Routing only: which questions a path asks, from each question's declared `askedWhen`.
 * No policy lives here; the rules decide results.
 *
 * Two channels walk the same questions. The HTML pages ask every question, optional ones
 * (`who`, `area`) included. The JSON API never asks an optional question, though it keeps an answer
 * given to one.
 */
export type Channel = "html" | "api";

/**
 * The questions this path asks, in asking order, given the answers so far.
 * Each question is judged only on the kept answers to earlier questions, so a
 * stale answer (for example after "Change") can never switch a question on.
 */
export function applicableQuestions(answers: Answers, channel: Channel = "api"): QuestionId[] {
  const kept: Answers = {};
  const asked: QuestionId[] = [];
  for (const id of ASK_ORDER) {
    const question = declarationOf(id);
    if (!question.askedWhen(kept)) continue;
    if (channel === "api" && isOptional(question) && answers[id] === undefined) continue;
    asked.push(id);
    copyAnswer(answers, kept, id);
  }
  return asked;
}

/** Only the answers to questions this path asks, in query-string order; the rest are dropped. */
export function applicableAnswers(answers: Answers): Answers {
  const asked = new Set(applicableQuestions(answers, "api"));
  const kept: Answers = {};
  for (const id of QUESTION_IDS) if (asked.has(id)) copyAnswer(answers, kept, id);
  return kept;
}

/** The first question on this path still unanswered, or null when complete. */
export function nextQuestion(answers: Answers, channel: Channel = "api"): QuestionId | null {
  return applicableQuestions(answers, channel).find((id) => answers[id] === undefined) ?? null;
}

/** The question asked just before this one on this path, or null for the first. */
export function previousQuestion(id: QuestionId, answers: Answers, channel: Channel = "html"): QuestionId | null {
  const asked = applicableQuestions(answers, channel);
  const index = asked.indexOf(id);
  return index > 0 ? asked[index - 1]! : null;
}

function copyAnswer(from: Answers, to: Answers, id: QuestionId): void {
  const value = from[id];
  // The cast is safe: both objects share the Answers type for this key.
  if (value !== undefined) (to as Record<QuestionId, string>)[id] = value;
}
