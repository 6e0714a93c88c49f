import type { Nation } from "../nations";
import { organisationById, telHref, type Organisation } from "../organisations";
import { answerRows, type AnswerRowData } from "./answer-rows";
import { evaluate } from "./evaluate";
import { applicableAnswers, applicableQuestions, nextQuestion, previousQuestion, type Channel } from "./flow";
import { headline } from "./headline";
import { easyReadFor, type EasyReadPath } from "./easy-read";
import { letterFor, refusalLetterFor, type LetterHref } from "./letters";
import { ifTheySayNo, type NoSteps } from "./if-they-say-no";
import { typeExistsIn } from "./nation-scope";
import { otherTopicsFor } from "./overlaps";
import { localAnswer, type WhoToAsk } from "./local";
import { relatedPagesFor, type RelatedPage } from "./related-pages";
import { whatYouCanDo, type ActionPoint } from "./what-you-can-do";
import { lawById } from "../law";
import { parseAnswers, type QueryError } from "./query";
import { ASK_ORDER, declarationOf, questionIn, voiceOf, type Answers, type Question, type QuestionId, type Voice } from "./questions";
import type { FinderOutcome, FinderResult, Strength } from "./types";
import { FINDER_PATH, nextStepUrl, questionUrl } from "./urls";

/**
 * The finder as one pure function, GOV.UK smart-answers style: the answers in the query
 * string, replayed, plus the step being looked at, give exactly one of
 * - a problem (an answer in the address is not one we know: status 400),
 * - a redirect (303) to the step these answers call for,
 * - a question page, or
 * - a result,
 * with everything the page shows. The question page, the result page and the JSON API are
 * thin adapters over it.
 */

/** A page of the finder: one question, or the result. */
export type StepAt = QuestionId | "result";

/** The query parameter a question's form sends, naming the question it answers. */
export const ANSWERING = "answering";

export type ProblemStep = { kind: "problem" } & QueryError;

export type RedirectStep = {
  kind: "redirect";
  to: string;
  /** The kept answers, and the question they call for next on this channel (null: the result). */
  answers: Answers;
  next: QuestionId | null;
};

export type QuestionStep = {
  kind: "question";
  voice: Voice;
  question: Question;
  /** The answer already given, when the reader came back to change it. */
  value: string | null;
  /** Every other answer, carried along in hidden fields. */
  carried: [QuestionId, string][];
  action: string;
  /** The previous step (or the start page), carrying the answers so far. */
  backHref: string;
  rows: AnswerRowData[];
  /** GOV.UK error message when the form was sent with nothing chosen. */
  error: string | null;
};

export type ContactView = {
  id: string;
  name: string;
  url: string;
  phone: { number: string; href: string } | null;
  /** A number was seen, but only on someone else's page: the reader is sent to the website for it. */
  checkPhoneOnWebsite: boolean;
  statusNote: string | null;
};

export type ResultView = FinderResult & {
  contactDetails: ContactView[];
  /** Our letter to ask for it, and the one to reply with if a duty is refused, in the asker's voice. */
  askLetter: LetterHref | null;
  refusalLetter: LetterHref | null;
  /** The Easy Read page for this kind of advocacy here, and the topic pages readers ask about next. */
  easyRead: EasyReadPath | null;
  readNext: RelatedPage[];
  /** The next steps after a refusal: who alone can arrange it, the complaint, the ombudsman. */
  ifTheySayNo: NoSteps | null;
  /** False for a kind of advocacy that is not part of this nation's law: shown as a line, not a card. */
  inThisNation: boolean;
  /** With an `area` answer: the reader's own council, health board or trust for this result. */
  whoToAsk: WhoToAsk | null;
};

/** A source as the page cites it: the provision's citation, linked to legislation.gov.uk where it is law. */
export type SourceView = { title: string; url: string | null };
export type ActionPointView = Pick<ActionPoint, "id" | "text"> & { sources: SourceView[] };
export type OtherTopicView = { label: string; href: string };

export type ResultStep = {
  kind: "result";
  voice: Voice;
  nation: Nation;
  /** The answer itself: "You can get an Independent Mental Health Advocate (IMHA)". */
  heading: string;
  outcome: FinderOutcome;
  results: ResultView[];
  rows: AnswerRowData[];
  /** For someone asking on another's behalf: what the law lets them do themselves. */
  whatYouCanDo: ActionPointView[];
  /** Other topics that may fit this situation, each a link that starts the finder on it. */
  otherTopics: OtherTopicView[];
};

export type FinderStep = ProblemStep | RedirectStep | QuestionStep | ResultStep;

/** Only the duties ("must") have a refusal to challenge; nobody has to give discretionary advocacy. */
const DUTIES: readonly Strength[] = ["must-provide", "must-consider"];

export function finderStep(query: URLSearchParams, at: "result", channel?: Channel): ProblemStep | RedirectStep | ResultStep;
export function finderStep(query: URLSearchParams, at: QuestionId, channel?: Channel): ProblemStep | RedirectStep | QuestionStep;
export function finderStep(query: URLSearchParams, at: StepAt, channel?: Channel): FinderStep;
export function finderStep(query: URLSearchParams, at: StepAt, channel: Channel = "html"): FinderStep {
  const parsed = parseAnswers(query);
  if (!parsed.ok) return { kind: "problem", ...parsed.error };
  return at === "result" ? resultStep(parsed.answers, channel) : questionStep(parsed.answers, at, query.get(ANSWERING) === at);
}

function redirect(answers: Answers, channel: Channel): RedirectStep {
  return { kind: "redirect", to: nextStepUrl(answers), answers, next: nextQuestion(answers, channel) };
}

function questionStep(given: Answers, id: QuestionId, submitted: boolean): RedirectStep | QuestionStep {
  const answers = applicableAnswers(given);
  // A sent form with a choice moves on; answers the new choice makes irrelevant are dropped.
  if (submitted && answers[id] !== undefined) return redirect(answers, "html");
  // This question does not apply to these answers: go to the step that does.
  if (!applicableQuestions(answers, "html").includes(id)) return redirect(answers, "html");
  const voice = voiceOf(answers);
  const question = questionIn(id, voice, answers);
  const previous = previousQuestion(id, answers, "html");
  return {
    kind: "question",
    voice,
    question,
    value: answers[id] ?? null,
    carried: ASK_ORDER.flatMap((other) => {
      const value = answers[other];
      // Changing the nation makes a council answer meaningless: that form drops it.
      const reset = declarationOf(other).resetBy?.includes(id) ?? false;
      return other !== id && value !== undefined && !reset ? [[other, value] as [QuestionId, string]] : [];
    }),
    action: `${FINDER_PATH}/${id}`,
    backHref: previous ? questionUrl(previous, answers) : FINDER_PATH,
    rows: answerRows(answers).filter((row) => row.id !== id),
    error: submitted ? question.error : null,
  };
}

function resultStep(given: Answers, channel: Channel): ProblemStep | RedirectStep | ResultStep {
  const outcome = evaluate(given);
  const nation = outcome.answers.nation;
  if (!outcome.complete || nation === undefined) return redirect(outcome.answers, channel);
  const voice = voiceOf(outcome.answers);
  const local = localAnswer(outcome.answers, outcome.results);
  const contacts = new Map(outcome.organisations.flatMap((ref) => {
    const org = organisationById(ref.id);
    return org ? [[org.id, contactView(org)] as const] : [];
  }));
  return {
    kind: "result",
    voice,
    nation,
    heading: headline(outcome.results, voice),
    outcome,
    results: outcome.results.map((result) => ({
      ...result,
      contactDetails: result.contacts.flatMap((id) => contacts.get(id) ?? []),
      askLetter: letterFor(result.type, nation, voice),
      refusalLetter: DUTIES.includes(result.strength) ? refusalLetterFor(result.type, nation, voice) : null,
      easyRead: easyReadFor(result.type, nation),
      readNext: relatedPagesFor(result.type, nation),
      ifTheySayNo: ifTheySayNo(result, nation, outcome.answers.topic),
      inThisNation: typeExistsIn(result.type, nation),
      whoToAsk: result.strength === "not-entitled" ? null : (local?.whoToAsk.get(result.type) ?? null),
    })),
    rows: answerRows(outcome.answers),
    whatYouCanDo: whatYouCanDo(outcome.answers).map((point) => ({
      id: point.id,
      text: point.text,
      sources: [
        ...point.law.map((id) => ({ title: lawById(id).citation, url: lawById(id).url })),
        ...(point.source ? [{ title: point.source, url: null }] : []),
      ],
    })),
    otherTopics: otherTopicsView(outcome.answers, voice),
  };
}

/** Links that start the finder again on each other topic that may fit, keeping nation and who. */
function otherTopicsView(answers: Answers, voice: Voice): OtherTopicView[] {
  const labels = new Map(questionIn("topic", voice).options.map((o) => [o.value, o.label]));
  return otherTopicsFor(answers).map((topic) => ({
    label: labels.get(topic) ?? topic,
    href: nextStepUrl({ nation: answers.nation, ...(answers.who ? { who: answers.who } : {}), topic }),
  }));
}

function contactView(org: Organisation): ContactView {
  return {
    id: org.id,
    name: org.name,
    url: org.url,
    phone: org.phone ? { number: org.phone.number, href: telHref(org.phone.number) } : null,
    checkPhoneOnWebsite: !org.phone && org.unconfirmedPhone !== undefined,
    statusNote: org.statusNote ?? null,
  };
}
