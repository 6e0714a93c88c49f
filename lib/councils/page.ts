import { nationSchema, NATION_NAMES, type Nation } from "../nations";
import { councilSearchView, fallbackList, type CouncilSearchView, type CouncilSummary } from "./view";

/** Where the find-your-council page lives: linked from guidance pages and the finder. */
export const FIND_COUNCIL_PATH = "/find-your-council";

export type FindCouncilPage = {
  search: CouncilSearchView;
  /** A nation's list, when the reader asked for one (`nation=wales`). */
  list: { nation: Nation; name: string; councils: CouncilSummary[] } | null;
};

/** The page as a pure function of its query string: `q` (words typed) and `nation` (a list). */
export function findCouncilPage(params: URLSearchParams): FindCouncilPage {
  const nation = nationSchema.safeParse(params.get("nation")).data;
  return {
    search: councilSearchView(params.get("q")),
    list: nation ? { nation, name: NATION_NAMES[nation], councils: fallbackList(nation) } : null,
  };
}
