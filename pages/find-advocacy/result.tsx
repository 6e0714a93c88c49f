import type { GetServerSideProps } from "next";
import { AnswerSummary } from "@/components/finder/AnswerSummary";
import { FinderProblem } from "@/components/finder/FinderProblem";
import { FinderResults } from "@/components/finder/FinderResults";
import { OtherTopics } from "@/components/finder/OtherTopics";
import { WhatYouCanDo } from "@/components/finder/WhatYouCanDo";
import { PageHead } from "@/components/layout/PageHead";
import { PrintButton } from "@/components/layout/PrintButton";
import { SiteLayout, type ShellProps } from "@/components/layout/SiteLayout";
import { GLOSSARY } from "@/lib/content/glossary";
import { getNavigation } from "@/lib/content/loader";
import { shellFor } from "@/lib/content/navigation";
import { formatDate } from "@/lib/dates";
import { finderStep, type ProblemStep, type ResultStep } from "@/lib/finder/step";
import { FINDER_PATH, finderTrail } from "@/lib/finder/urls";
import { NO_STORE } from "@/lib/http/cache-control";
import { searchParamsOf } from "@/lib/http/request-query";
import { NATION_NAMES } from "@/lib/nations";
import { SITE } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { shell: ShellProps; step: ResultStep | ProblemStep; madeOn: string };

/** A thin adapter: the step function decides; this sets the status, stamps the date and renders. */
export const getServerSideProps: GetServerSideProps<Props> = async ({ resolvedUrl, res }) => {
  res.setHeader("Cache-Control", NO_STORE);
  const step = finderStep(searchParamsOf(resolvedUrl), "result");
  if (step.kind === "redirect") return { redirect: { destination: step.to, statusCode: 303 } };
  if (step.kind === "problem") res.statusCode = 400;
  const shell = shellFor(getNavigation(), `${FINDER_PATH}/result`, finderTrail({ title: "Your results", href: `${FINDER_PATH}/result` }));
  return { props: { shell, step, madeOn: new Date().toISOString().slice(0, 10) } };
};

export default function ResultPage({ shell, step, madeOn }: Props) {
  if (step.kind === "problem") {
    return <FinderProblem shell={shell} message={step.message} startHref={FINDER_PATH} />;
  }
  const nation = NATION_NAMES[step.nation];
  return (
    <SiteLayout {...shell}>
      <PageHead title={step.heading} description="Your results from the advocacy finder." path={`${FINDER_PATH}/result`} />
      {/* On paper the text may use the page's full width, so a result fits on two A4 sheets. */}
      <div className="finder-result print:[&_dl]:max-w-none print:[&_ol]:max-w-none print:[&_p]:max-w-none print:[&_ul]:max-w-none">
        {/* On paper: the site's name and address, never the answers, so a reader can find it again. */}
        <p className="print-only finder-result__site">
          {SITE.name}: {SITE.url}
          {FINDER_PATH}
        </p>
        <h1>{step.heading}</h1>
        <p className="result-date">
          For {nation}. Made on <time dateTime={madeOn}>{formatDate(madeOn)}</time> by the Advocacy Guide finder. This is
          information, not legal advice.
        </p>
        {step.whatYouCanDo.length > 0 && (
          <p className="no-print">
            <a href="#what-you-can-do">What you can do yourself</a>, as the person asking for them.
          </p>
        )}
        <PrintButton label="Print your results" />
        <FinderResults results={step.results} voice={step.voice} nation={step.nation} glossary={GLOSSARY} />
        <WhatYouCanDo points={step.whatYouCanDo} />
        <OtherTopics topics={step.otherTopics} />
        <AnswerSummary rows={step.rows} startAgainHref={FINDER_PATH} />
        <h2 className="no-print">Find out more</h2>
        <ul className="no-print">
          <li>
            <a href="/find-an-advocate">How to find an advocate</a>
          </li>
          <li>
            <a href="/your-rights">Rights to an advocate in each UK nation</a>
          </li>
        </ul>
      </div>
    </SiteLayout>
  );
}
