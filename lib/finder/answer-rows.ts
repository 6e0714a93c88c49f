import { QUESTION_IDS, QUESTIONS, type Answers } from "./questions";
import { questionUrl } from "./urls";

export interface AnswerRowData {
  id: string;
  question: string;
  answer: string;
  changeHref: string;
}

/** The answers given so far, in question order, each with a Change link that keeps the rest. */
export function answerRows(answers: Answers): AnswerRowData[] {
  return QUESTION_IDS.flatMap((id) => {
    const value = answers[id];
    if (value === undefined) return [];
    const question = QUESTIONS[id];
    const label = question.options.find((option) => option.value === value)?.label ?? value;
    return [{ id, question: question.legend, answer: label, changeHref: questionUrl(id, answers) }];
  });
}
