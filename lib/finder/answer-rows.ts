import { ASK_ORDER, questionIn, voiceOf, type Answers, type QuestionId } from "./questions";
import { questionUrl } from "./urls";

export interface AnswerRowData {
  id: QuestionId;
  question: string;
  answer: string;
  changeHref: string;
}

/** The answers given so far, in asking order and in the reader's voice, each with a Change link that keeps the rest. */
export function answerRows(answers: Answers): AnswerRowData[] {
  const voice = voiceOf(answers);
  return ASK_ORDER.flatMap((id) => {
    const value = answers[id];
    if (value === undefined) return [];
    const question = questionIn(id, voice, answers);
    const label = question.options.find((option) => option.value === value)?.label ?? value;
    return [{ id, question: question.legend, answer: label, changeHref: questionUrl(id, answers) }];
  });
}
