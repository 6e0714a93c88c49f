import { nextQuestion } from "./flow";
import { answersToSearch } from "./query";
import type { Answers, QuestionId } from "./questions";

/** Where the finder's pages live: routing facts shared by the pages and their tests. */
export const FINDER_PATH = "/find-advocacy";

function withSearch(path: string, answers: Answers): string {
  const search = answersToSearch(answers);
  return search ? `${path}?${search}` : path;
}

export function questionUrl(id: QuestionId, answers: Answers): string {
  return withSearch(`${FINDER_PATH}/${id}`, answers);
}

export function resultUrl(answers: Answers): string {
  return withSearch(`${FINDER_PATH}/result`, answers);
}

/** The next unanswered question the pages ask on this path, or the result once none is left. */
export function nextStepUrl(answers: Answers): string {
  const next = nextQuestion(answers, "html");
  return next ? questionUrl(next, answers) : resultUrl(answers);
}

/** Breadcrumbs for the finder's pages: Home, the finder, then any further steps. */
export function finderTrail(...steps: { title: string; href: string }[]) {
  return [{ title: "Home", href: "/" }, { title: "Advocacy finder", href: FINDER_PATH }, ...steps];
}
