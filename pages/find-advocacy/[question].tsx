import type { GetServerSideProps } from "next";
import { AnswerSummary } from "@/components/finder/AnswerSummary";
import { BackLink } from "@/components/finder/BackLink";
import { ErrorSummary } from "@/components/finder/ErrorSummary";
import { FinderProblem } from "@/components/finder/FinderProblem";
import { QuestionForm } from "@/components/finder/QuestionForm";
import { NotFoundPage } from "@/components/layout/NotFoundPage";
import { PageHead } from "@/components/layout/PageHead";
import { SiteLayout, type ShellProps } from "@/components/layout/SiteLayout";
import { getNavigation } from "@/lib/content/loader";
import { shellFor } from "@/lib/content/navigation";
import { ASK_ORDER, type QuestionId } from "@/lib/finder/questions";
import { ANSWERING, finderStep, type ProblemStep, type QuestionStep } from "@/lib/finder/step";
import { FINDER_PATH, finderTrail } from "@/lib/finder/urls";
import { NO_STORE } from "@/lib/http/cache-control";
import { searchParamsOf } from "@/lib/http/request-query";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { shell: ShellProps; step: QuestionStep | ProblemStep | { kind: "not-found" } };

function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === "string" && (ASK_ORDER as readonly string[]).includes(value);
}

/** A thin adapter: the step function decides; this sets the status and renders. */
export const getServerSideProps: GetServerSideProps<Props> = async ({ params, resolvedUrl, res }) => {
  const id = params?.question;
  res.setHeader("Cache-Control", NO_STORE);
  if (!isQuestionId(id)) {
    // Not `notFound: true`: Next.js would answer with the App Router's 404 page (decision 0005).
    res.statusCode = 404;
    return { props: { shell: shellFor(getNavigation(), "/404", []), step: { kind: "not-found" } } };
  }
  const step = finderStep(searchParamsOf(resolvedUrl), id);
  if (step.kind === "redirect") return { redirect: { destination: step.to, statusCode: 303 } };
  if (step.kind === "problem") res.statusCode = 400;
  // Question pages use a Back link instead of breadcrumbs, as on GOV.UK.
  const shell = { ...shellFor(getNavigation(), FINDER_PATH, finderTrail()), breadcrumbs: [] };
  return { props: { shell, step } };
};

export default function QuestionPage({ shell, step }: Props) {
  if (step.kind === "not-found") return <NotFoundPage shell={shell} />;
  if (step.kind === "problem") {
    return <FinderProblem shell={shell} message={step.message} startHref={FINDER_PATH} />;
  }
  const { question } = step;
  return (
    <SiteLayout {...shell}>
      <PageHead
        title={`${step.error ? "Error: " : ""}${question.legend}`}
        description="A question in the advocacy finder."
        path={`${FINDER_PATH}/${question.id}`}
      />
      <BackLink href={step.backHref} />
      <ErrorSummary errors={step.error ? [{ href: `#${question.id}`, message: step.error }] : []} />
      <QuestionForm
        question={question}
        action={step.action}
        answeringName={ANSWERING}
        value={step.value}
        carried={step.carried}
        error={step.error}
      />
      <AnswerSummary rows={step.rows} startAgainHref={FINDER_PATH} />
    </SiteLayout>
  );
}
