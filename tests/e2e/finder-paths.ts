import { nextQuestion } from "../../lib/finder/flow";
import { QUESTIONS, type Answers, type QuestionId } from "../../lib/finder/questions";

export type Step = [QuestionId, string];

/** Every path through the question graph: each option at each question the path asks. */
export function allPaths(answers: Answers = {}, steps: Step[] = []): Step[][] {
  const next = nextQuestion(answers);
  if (!next) return [steps];
  return QUESTIONS[next].options.flatMap((option) =>
    allPaths({ ...answers, [next]: option.value } as Answers, [...steps, [next, option.value]]),
  );
}
