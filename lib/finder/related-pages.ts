import type { Nation } from "../nations";
import type { ResultType } from "./types";

/**
 * Guidance pages on the questions readers ask after a result: where to complain, whether a
 * solicitor can help at a tribunal, what about a child, what about NHS Continuing Healthcare.
 * Titles are the pages' own titles (content/pages/*.mdx), so link text matches the page.
 */
export const TOPIC_PAGES = {
  "/complaints-and-ombudsmen": "Complaints and ombudsmen",
  "/mental-health-tribunals": "Mental health tribunals and solicitors",
  "/children-and-young-people": "Children and young people",
  "/nhs-continuing-healthcare": "NHS Continuing Healthcare",
} as const;
export type TopicPath = keyof typeof TOPIC_PAGES;
export type RelatedPage = { href: TopicPath; title: string };

/** The finder is for adults; its start page points children and their carers here. */
export const CHILDREN_PAGE: TopicPath = "/children-and-young-people";

const ALL_NATIONS = <T>(value: T): Record<Nation, T> => ({
  england: value,
  wales: value,
  scotland: value,
  "northern-ireland": value,
});

/**
 * What to read next after each kind of result, by nation. A missing nation means none of the
 * topic pages says anything for that result there (for example, Care Act advocacy is England only).
 */
const RELATED: Record<ResultType, Partial<Record<Nation, readonly TopicPath[]>>> = {
  // Detained and community patients can apply to the tribunal; the page says how an IMHA differs from a solicitor.
  imha: { england: ["/mental-health-tribunals"], wales: ["/mental-health-tribunals"] },
  imca: {},
  // Court of Protection challenges to a DoLS authorisation get non-means-tested legal aid (tribunals page).
  "imca-dols": { england: ["/mental-health-tribunals"], wales: ["/mental-health-tribunals"] },
  rpr: { england: ["/mental-health-tribunals"], wales: ["/mental-health-tribunals"] },
  // Care Act advocacy can apply where the council's planning may lead to NHS-arranged care (SI 2014/2889 reg 4(2)).
  "care-act": { england: ["/nhs-continuing-healthcare", "/complaints-and-ombudsmen"] },
  "wales-ipa": { wales: ["/complaints-and-ombudsmen"] },
  "scotland-mh": { scotland: ["/mental-health-tribunals", "/complaints-and-ombudsmen"] },
  "scotland-asp": {},
  complaints: ALL_NATIONS(["/complaints-and-ombudsmen"]),
  // The Review Tribunal hears deprivation-of-liberty cases under the Mental Capacity Act (NI) 2016.
  "ni-imca": { "northern-ireland": ["/mental-health-tribunals"] },
  "non-statutory": ALL_NATIONS(["/complaints-and-ombudsmen"]),
};

/** The topic pages a result of this type, in this nation, should link to (possibly none). */
export function relatedPagesFor(type: ResultType, nation: Nation): RelatedPage[] {
  return (RELATED[type][nation] ?? []).map((href) => ({ href, title: TOPIC_PAGES[href] }));
}
