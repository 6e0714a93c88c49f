import type { GetServerSideProps } from "next";
import { ErrorSummary } from "@/components/finder/ErrorSummary";
import { PageHead } from "@/components/layout/PageHead";
import { SiteLayout, type ShellProps } from "@/components/layout/SiteLayout";
import { SearchForm } from "@/components/search/SearchForm";
import { SearchHelp } from "@/components/search/SearchHelp";
import { SearchResults } from "@/components/search/SearchResults";
import { getNavigation } from "@/lib/content/loader";
import { shellFor } from "@/lib/content/navigation";
import { PRIVATE_NO_STORE } from "@/lib/http/cache-control";
import { searchParamsOf } from "@/lib/http/request-query";
import { searchSite, type SearchHit } from "@/lib/search/engine";
import { MAX_QUERY_LENGTH, parseSearchQuery } from "@/lib/search/query";
import { getSiteSearchIndex } from "@/lib/search/site-index";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props =
  | { kind: "empty"; shell: ShellProps }
  | { kind: "results"; shell: ShellProps; q: string; total: number; page: number; pageCount: number; hits: SearchHit[]; allWords: boolean }
  | { kind: "problem"; shell: ShellProps; q: string; message: string }
  | { kind: "unavailable"; shell: ShellProps; q: string };

export const getServerSideProps: GetServerSideProps<Props> = async ({ resolvedUrl, res }) => {
  // What someone searches for can be sensitive ("abuse"): no cache, shared or private, keeps it.
  res.setHeader("Cache-Control", PRIVATE_NO_STORE);
  const shell = shellFor(getNavigation(), "/search", [
    { title: "Home", href: "/" },
    { title: "Search", href: "/search" },
  ]);
  const params = searchParamsOf(resolvedUrl);
  const parsed = parseSearchQuery(params);
  if (!parsed.ok) {
    res.statusCode = 400;
    return { props: { kind: "problem", shell, q: (params.get("q") ?? "").slice(0, MAX_QUERY_LENGTH), message: parsed.message } };
  }
  if (parsed.q === "") return { props: { kind: "empty", shell } };
  // A broken index is a fault of the build: /healthz reports it and the server logs it once.
  const index = await getSiteSearchIndex().catch(() => null);
  if (!index) {
    res.statusCode = 503;
    return { props: { kind: "unavailable", shell, q: parsed.q } };
  }
  const outcome = searchSite(index, parsed.q, parsed.page);
  if (outcome.pageCount > 0 && parsed.page > outcome.pageCount) {
    res.statusCode = 400;
    const message = outcome.pageCount === 1 ? "There is only 1 page of results for this search." : `There are only ${outcome.pageCount} pages of results for this search.`;
    return { props: { kind: "problem", shell, q: parsed.q, message } };
  }
  return { props: { kind: "results", shell, q: parsed.q, ...outcome } };
};

export default function SearchPage(props: Props) {
  const q = props.kind === "empty" ? "" : props.q;
  const page = props.kind === "results" && props.pageCount > 1 ? ` (page ${props.page} of ${props.pageCount})` : "";
  const title = props.kind === "problem" ? "Error: search" : q ? `Search results for ‘${q}’${page}` : "Search";
  return (
    <SiteLayout {...props.shell} headerSearch={false}>
      <PageHead title={title} description="Search the Advocacy Guide." path="/search" />
      <h1>{props.kind === "empty" ? "Search this site" : "Search results"}</h1>
      {props.kind === "problem" && <ErrorSummary errors={[{ href: "#search-q", message: props.message }]} />}
      <SearchForm value={q} error={props.kind === "problem" ? props.message : undefined} />
      {props.kind === "results" && props.hits.length > 0 && <SearchResults {...props} />}
      {props.kind === "results" && props.hits.length === 0 && <SearchHelp noResultsFor={q} />}
      {props.kind === "unavailable" && (
        <p>Sorry, search is not working at the moment. Please try again later, or use the menu to find a page.</p>
      )}
      {props.kind !== "results" && <SearchHelp />}
    </SiteLayout>
  );
}
