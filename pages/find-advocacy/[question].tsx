import type { GetServerSideProps } from "next";
import { AnswerSummary } from "@/components/finder/AnswerSummary";
import { ErrorSummary } from "@/components/finder/ErrorSummary";
import { FinderProblem } from "@/components/finder/FinderProblem";
import { QuestionForm } from "@/components/finder/QuestionForm";
import { NotFoundPage } from "@/components/layout/NotFoundPage";
import { PageHead } from "@/components/layout/PageHead";
import { SiteLayout, type ShellProps } from "@/components/layout/SiteLayout";
import { getNavigation } from "@/lib/content/loader";
import { shellFor } from "@/lib/content/navigation";
import { answerRows, type AnswerRowData } from "@/lib/finder/answer-rows";
import { applicableAnswers, applicableQuestions } from "@/lib/finder/flow";
import { parseAnswers } from "@/lib/finder/query";
import { QUESTION_IDS, QUESTIONS, type Answers, type QuestionId } from "@/lib/finder/questions";
import { FINDER_PATH, finderTrail, nextStepUrl } from "@/lib/finder/urls";
import { NO_STORE } from "@/lib/http/cache-control";
import { searchParamsOf } from "@/lib/http/request-query";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props =
  | { kind: "question"; shell: ShellProps; id: QuestionId; value: string | null; carried: [string, string][]; rows: AnswerRowData[]; error: string | null }
  | { kind: "problem"; shell: ShellProps; message: string }
  | { kind: "not-found"; shell: ShellProps };

function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === "string" && (QUESTION_IDS as readonly string[]).includes(value);
}

function chooseMessage(id: QuestionId): string {
  return `Select an answer to "${QUESTIONS[id].legend}"`;
}

export const getServerSideProps: GetServerSideProps<Props> = async ({ params, resolvedUrl, res }) => {
  const id = params?.question;
  res.setHeader("Cache-Control", NO_STORE);
  if (!isQuestionId(id)) {
    // Not `notFound: true`: Next.js would answer with the App Router's 404 page (decision 0005).
    res.statusCode = 404;
    return { props: { kind: "not-found", shell: shellFor(getNavigation(), "/404", []) } };
  }
  const shell = shellFor(getNavigation(), FINDER_PATH, finderTrail());

  const search = searchParamsOf(resolvedUrl);
  const parsed = parseAnswers(search);
  if (!parsed.ok) {
    res.statusCode = 400;
    return { props: { kind: "problem", shell, message: parsed.error.message } };
  }

  const answers: Answers = applicableAnswers(parsed.answers);
  const submitted = search.get("answering") === id;
  if (submitted && answers[id] !== undefined) {
    return { redirect: { destination: nextStepUrl(answers), statusCode: 303 } };
  }
  if (!applicableQuestions(answers).includes(id)) {
    // This question does not apply to these answers: go to the step that does.
    return { redirect: { destination: nextStepUrl(answers), statusCode: 303 } };
  }

  const others = Object.entries(answers).filter(([question]) => question !== id) as [string, string][];
  return {
    props: {
      kind: "question",
      shell,
      id,
      value: answers[id] ?? null,
      carried: others,
      rows: answerRows(answers).filter((row) => row.id !== id),
      error: submitted ? chooseMessage(id) : null,
    },
  };
};

export default function QuestionPage(props: Props) {
  if (props.kind === "not-found") return <NotFoundPage shell={props.shell} />;
  if (props.kind === "problem") {
    return <FinderProblem shell={props.shell} message={props.message} startHref={FINDER_PATH} />;
  }
  const question = QUESTIONS[props.id];
  return (
    <SiteLayout {...props.shell}>
      <PageHead
        title={`${props.error ? "Error: " : ""}${question.legend}`}
        description="A question in the advocacy finder."
        path={`${FINDER_PATH}/${props.id}`}
      />
      <ErrorSummary errors={props.error ? [{ href: `#${props.id}`, message: props.error }] : []} />
      <QuestionForm
        question={question}
        action={`${FINDER_PATH}/${props.id}`}
        value={props.value ?? undefined}
        carried={props.carried}
        error={props.error ?? undefined}
      />
      <AnswerSummary
        rows={props.rows}
        startAgainHref={FINDER_PATH}
      />
    </SiteLayout>
  );
}
