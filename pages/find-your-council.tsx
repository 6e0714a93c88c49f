import type { GetServerSideProps } from "next";
import { ErrorSummary } from "@/components/finder/ErrorSummary";
import { PageHead } from "@/components/layout/PageHead";
import { SiteLayout, type ShellProps } from "@/components/layout/SiteLayout";
import { CouncilSearchForm } from "@/components/local/CouncilSearchForm";
import { CouncilSummaryCard } from "@/components/local/CouncilSummaryCard";
import { PostcodeFinder } from "@/components/local/PostcodeFinder";
import { getNavigation } from "@/lib/content/loader";
import { shellFor } from "@/lib/content/navigation";
import { FIND_COUNCIL_PATH, findCouncilPage, type FindCouncilPage } from "@/lib/councils/page";
import { PRIVATE_NO_STORE } from "@/lib/http/cache-control";
import { searchParamsOf } from "@/lib/http/request-query";
import { NATIONS, NATION_NAMES } from "@/lib/nations";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { shell: ShellProps; page: FindCouncilPage };

const TITLE = "Find your council, health board or trust";

/** A thin adapter: the lookup lives in lib/councils; this sets the status and renders. */
export const getServerSideProps: GetServerSideProps<Props> = async ({ resolvedUrl, res }) => {
  // What a reader types can say where they live: no cache, shared or private, keeps it.
  res.setHeader("Cache-Control", PRIVATE_NO_STORE);
  const page = findCouncilPage(searchParamsOf(resolvedUrl));
  if (page.search.kind === "problem") res.statusCode = 400;
  const shell = shellFor(getNavigation(), FIND_COUNCIL_PATH, [
    { title: "Home", href: "/" },
    { title: TITLE, href: FIND_COUNCIL_PATH },
  ]);
  return { props: { shell, page } };
};

export default function FindYourCouncilPage({ shell, page }: Props) {
  const { search, list } = page;
  const title = search.kind === "problem" ? `Error: ${TITLE}` : search.kind === "results" ? `Councils matching ‘${search.query}’` : TITLE;
  return (
    <SiteLayout {...shell}>
      <PageHead title={title} description="Find which council, health board or HSC trust to ask for an advocate where you live." path={FIND_COUNCIL_PATH} />
      {search.kind === "problem" && <ErrorSummary errors={[{ href: "#q", message: search.message }]} />}
      <h1>{TITLE}</h1>
      <p>The body to ask for an advocate depends on where you live.</p>
      <ul>
        <li>In England, adult social care is run by the county council or the unitary council. If you have a district council too, it is not the one to ask. In hospital, ask the ward staff first.</li>
        <li>In Wales, the local health board arranges mental health advocates (IMHAs). The council runs social services.</li>
        <li>In Scotland, the council and the NHS board must both make advocacy available.</li>
        <li>In Northern Ireland, the Health and Social Care (HSC) trust runs health and social care.</li>
      </ul>
      <CouncilSearchForm action={FIND_COUNCIL_PATH} value={search.kind === "none" ? "" : search.query} error={search.kind === "problem" ? search.message : null} />
      {search.kind === "results" && (
        <section aria-labelledby="matches-title">
          <h2 id="matches-title">
            {search.matches.length === 0 ? `No council found for ‘${search.query}’` : `Councils matching ‘${search.query}’`}
          </h2>
          {search.matches.length === 0 && <p>Try part of the name, the name of your town, or choose your part of the UK below.</p>}
          <ul className="list-none pl-0">
            {search.matches.map((council) => (
              <CouncilSummaryCard key={council.slug} council={council} />
            ))}
          </ul>
          {search.more > 0 && <p>There are {search.more} more. Type more of the name to find yours.</p>}
        </section>
      )}
      <PostcodeFinder />
      <h2>Or choose your part of the UK</h2>
      <ul>
        {NATIONS.map((nation) => (
          <li key={nation}>
            <a href={`${FIND_COUNCIL_PATH}?nation=${nation}`}>
              {nation === "england" ? "Councils in England that run adult social care" : `Councils in ${NATION_NAMES[nation]}`}
            </a>
          </li>
        ))}
      </ul>
      {list && (
        <section aria-labelledby="list-title">
          <h2 id="list-title">Councils in {list.name}</h2>
          <ul className="list-none pl-0">
            {list.councils.map((council) => (
              <CouncilSummaryCard key={council.slug} council={council} />
            ))}
          </ul>
        </section>
      )}
      <p>
        To find out which advocate you may have a right to, use the <a href="/find-advocacy">advocacy finder</a>.
      </p>
      <p className="hint">
        Council names come from GOV.UK and from mySociety&rsquo;s UK local authority names and codes (CC BY 4.0). Read{" "}
        <a href="/about-our-data">where our council data comes from</a>.
      </p>
    </SiteLayout>
  );
}
