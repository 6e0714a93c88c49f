import type { GetServerSideProps } from "next";
import { AnswerSummary } from "@/components/finder/AnswerSummary";
import { FinderProblem } from "@/components/finder/FinderProblem";
import { FinderResults } from "@/components/finder/FinderResults";
import { PageHead } from "@/components/layout/PageHead";
import { PrintButton } from "@/components/layout/PrintButton";
import { SiteLayout, type ShellProps } from "@/components/layout/SiteLayout";
import { getNavigation } from "@/lib/content/loader";
import { shellFor } from "@/lib/content/navigation";
import { formatDate } from "@/lib/dates";
import { answerRows, type AnswerRowData } from "@/lib/finder/answer-rows";
import { evaluate } from "@/lib/finder/evaluate";
import { parseAnswers } from "@/lib/finder/query";
import type { FinderResult } from "@/lib/finder/types";
import { FINDER_PATH, finderTrail, nextStepUrl } from "@/lib/finder/urls";
import { NO_STORE } from "@/lib/http/cache-control";
import { searchParamsOf } from "@/lib/http/request-query";
import { NATION_NAMES, type Nation } from "@/lib/nations";
import { ORGANISATIONS, type Organisation } from "@/lib/organisations";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props =
  | {
      kind: "result";
      shell: ShellProps;
      nation: Nation;
      rows: AnswerRowData[];
      results: FinderResult[];
      contacts: Organisation[];
      madeOn: string;
    }
  | { kind: "problem"; shell: ShellProps; message: string };

export const getServerSideProps: GetServerSideProps<Props> = async ({ resolvedUrl, res }) => {
  res.setHeader("Cache-Control", NO_STORE);
  const shell = shellFor(getNavigation(), `${FINDER_PATH}/result`, finderTrail({ title: "Your results", href: `${FINDER_PATH}/result` }));
  const parsed = parseAnswers(searchParamsOf(resolvedUrl));
  if (!parsed.ok) {
    res.statusCode = 400;
    return { props: { kind: "problem", shell, message: parsed.error.message } };
  }
  const outcome = evaluate(parsed.answers);
  if (!outcome.complete || !outcome.answers.nation) {
    return { redirect: { destination: nextStepUrl(outcome.answers), statusCode: 303 } };
  }
  const contactIds = new Set(outcome.results.flatMap((result) => result.contacts));
  return {
    props: {
      kind: "result",
      shell,
      nation: outcome.answers.nation,
      rows: answerRows(outcome.answers),
      results: outcome.results,
      contacts: ORGANISATIONS.filter((org) => contactIds.has(org.id)),
      madeOn: new Date().toISOString().slice(0, 10),
    },
  };
};

export default function ResultPage(props: Props) {
  if (props.kind === "problem") {
    return <FinderProblem shell={props.shell} message={props.message} startHref={FINDER_PATH} />;
  }
  const nation = NATION_NAMES[props.nation];
  return (
    <SiteLayout {...props.shell}>
      <PageHead
        title={`Advocacy you can get in ${nation}`}
        description="Your results from the advocacy finder."
        path={`${FINDER_PATH}/result`}
      />
      <h1>Based on your answers: advocacy in {nation}</h1>
      <p className="result-date">
        Made on <time dateTime={props.madeOn}>{formatDate(props.madeOn)}</time> by the Advocacy Guide finder. This is
        information, not legal advice.
      </p>
      <PrintButton label="Print your results" />
      <FinderResults nation={props.nation} results={props.results} organisations={props.contacts} />
      <AnswerSummary rows={props.rows} startAgainHref={FINDER_PATH} />
      <h2 className="no-print">Find out more</h2>
      <ul className="no-print">
        <li>
          <a href="/find-an-advocate">How to find an advocate</a>
        </li>
        <li>
          <a href="/your-rights">Your rights to an advocate in each UK nation</a>
        </li>
      </ul>
    </SiteLayout>
  );
}
