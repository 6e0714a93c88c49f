import { nextQuestion } from "../../lib/finder/flow";
import { QUESTIONS, declarationOf, type Answers, type QuestionId } from "../../lib/finder/questions";

export type Step = [QuestionId, string];

/**
 * Every path through the question graph: each option at each question the path asks.
 * Shared by the unit tests (answers) and the browser walk (steps); no test runner imported here.
 */
export function allPaths(answers: Answers = {}, steps: Step[] = []): Step[][] {
  const next = nextQuestion(answers);
  if (!next) return [steps];
  return QUESTIONS[next].options.flatMap((option) =>
    allPaths({ ...answers, [next]: option.value } as Answers, [...steps, [next, option.value]]),
  );
}

/** The final answers of every complete path. */
export function allAnswers(start: Answers = {}): Answers[] {
  return allPaths(start).map((steps) => ({ ...start, ...Object.fromEntries(steps) }) as Answers);
}

/**
 * Every path the HTML pages ask: each API path with `who` (asked straight after nation) as
 * "me" and as "someone-else", then each answer to any optional refinement the pages ask after
 * the API's questions (such as `free-to-leave`), stopping at the skippable `area`.
 */
export function pagePaths(): Step[][] {
  return allPaths().flatMap((steps) =>
    (["me", "someone-else"] as const).flatMap((who) => withRefinements([steps[0]!, ["who", who], ...steps.slice(1)])),
  );
}

function withRefinements(steps: Step[]): Step[][] {
  const answers = { who: "me", ...Object.fromEntries(steps) } as Answers;
  const next = nextQuestion(answers, "html");
  // A skippable question (the reader's area) only names whom to contact: the walk skips it.
  if (!next || declarationOf(next).optional) return [steps];
  return QUESTIONS[next].options.flatMap((option) => withRefinements([...steps, [next, option.value]]));
}
