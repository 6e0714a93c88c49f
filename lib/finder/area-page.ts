import { councilBySlug } from "../councils/directory";
import { councilSearchView, fallbackList, summariseCouncil, type CouncilSearchView, type CouncilSummary } from "../councils/view";
import { NATION_NAMES, nationSchema } from "../nations";
import { parseAnswers, answersToSearch } from "./query";
import type { QuestionStep } from "./step";
import { FINDER_PATH, resultUrl } from "./urls";

/** The `area` question page's data: the search the reader typed (`q`), the matches, the fallback list. */
export type AreaPageData = {
  search: CouncilSearchView;
  chosen: CouncilSummary | null;
  list: CouncilSummary[] | null;
  listHref: string | null;
  nationName: string;
  skipHref: string;
};

/** Extra query names only the area page reads; like unknown names, the finder ignores them. */
export const AREA_QUERY = { words: "q", list: "list" } as const;

export function areaPage(step: QuestionStep, params: URLSearchParams): AreaPageData {
  const carried = new URLSearchParams(step.carried);
  const parsed = parseAnswers(carried);
  const answers = parsed.ok ? parsed.answers : {};
  const nation = nationSchema.safeParse(answers.nation).data ?? "england";
  const search = councilSearchView(params.get(AREA_QUERY.words), nation);
  const nothingFound = search.kind === "results" && search.matches.length === 0;
  // Wales, Scotland and Northern Ireland have short lists; England's is shown when asked for.
  const showList = nation !== "england" || params.get(AREA_QUERY.list) === "all" || nothingFound;
  const chosenCouncil = step.value ? councilBySlug(step.value) : undefined;
  return {
    search,
    chosen: chosenCouncil ? summariseCouncil(chosenCouncil) : null,
    list: showList ? fallbackList(nation) : null,
    listHref: showList ? null : `${FINDER_PATH}/area?${answersToSearch(answers)}&${AREA_QUERY.list}=all`,
    nationName: NATION_NAMES[nation],
    skipHref: resultUrl(answers),
  };
}
