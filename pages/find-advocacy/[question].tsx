import type { GetServerSideProps } from "next";
import { AnswerSummary } from "@/components/finder/AnswerSummary";
import { BackLink } from "@/components/finder/BackLink";
import { ErrorSummary } from "@/components/finder/ErrorSummary";
import { FinderProblem } from "@/components/finder/FinderProblem";
import { QuestionForm } from "@/components/finder/QuestionForm";
import { AreaQuestion } from "@/components/local/AreaQuestion";
import { NotFoundPage } from "@/components/layout/NotFoundPage";
import { PageHead } from "@/components/layout/PageHead";
import { SiteLayout, type ShellProps } from "@/components/layout/SiteLayout";
import { getNavigation } from "@/lib/content/loader";
import { shellFor } from "@/lib/content/navigation";
import { areaPage, type AreaPageData } from "@/lib/finder/area-page";
import { ASK_ORDER, type QuestionId } from "@/lib/finder/questions";
import { ANSWERING, finderStep, type ProblemStep, type QuestionStep } from "@/lib/finder/step";
import { FINDER_PATH, finderTrail } from "@/lib/finder/urls";
import { NO_STORE } from "@/lib/http/cache-control";
import { searchParamsOf } from "@/lib/http/request-query";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { shell: ShellProps; step: QuestionStep | ProblemStep | { kind: "not-found" }; area: AreaPageData | null };

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
    return { props: { shell: shellFor(getNavigation(), "/404", []), step: { kind: "not-found" }, area: null } };
  }
  const query = searchParamsOf(resolvedUrl);
  const step = finderStep(query, id);
  if (step.kind === "redirect") return { redirect: { destination: step.to, statusCode: 303 } };
  if (step.kind === "problem") res.statusCode = 400;
  // Question pages use a Back link instead of breadcrumbs, as on GOV.UK.
  const shell = { ...shellFor(getNavigation(), FINDER_PATH, finderTrail()), breadcrumbs: [] };
  if (step.kind === "question" && step.question.id === "area") {
    // The area page finds councils from what the reader types; it never sends all 382 as options.
    return { props: { shell, step: { ...step, question: { ...step.question, options: [] } }, area: areaPage(step, query) } };
  }
  return { props: { shell, step, area: null } };
};

export default function QuestionPage({ shell, step, area }: Props) {
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
      {area ? (
        <>
          <ErrorSummary errors={areaErrors(step, area)} />
          <AreaQuestion
            legend={question.legend}
            hint={question.hint ?? ""}
            action={step.action}
            answeringName={ANSWERING}
            carried={step.carried}
            error={step.error}
            {...area}
          />
        </>
      ) : (
        <>
      <ErrorSummary errors={step.error ? [{ href: `#${question.id}`, message: step.error }] : []} />
      <QuestionForm
        question={question}
        action={step.action}
        answeringName={ANSWERING}
        value={step.value}
        carried={step.carried}
        error={step.error}
      />
        </>
      )}
      <AnswerSummary rows={step.rows} startAgainHref={FINDER_PATH} />
    </SiteLayout>
  );
}

/** The area page's GOV.UK error summary: the words typed, or Continue with no council chosen. */
function areaErrors(step: QuestionStep, area: AreaPageData): { href: string; message: string }[] {
  if (area.search.kind === "problem") return [{ href: "#q", message: area.search.message }];
  if (!step.error) return [];
  const hasOptions = (area.search.kind === "results" && area.search.matches.length > 0) || area.chosen !== null || (area.list?.length ?? 0) > 0;
  return [{ href: hasOptions ? "#area" : "#q", message: step.error }];
}
