import { organisationById } from "../organisations";
import { applicableAnswers, nextQuestion } from "./flow";
import { localAnswer } from "./local";
import type { Answers } from "./questions";
import type { QueryError } from "./query";
import { withOverlaps } from "./overlaps";
import { resultsFor } from "./rules";
import type { FinderOutcome, FinderResult, OrganisationRef } from "./types";

export type { FinderOutcome, FinderResult, OrganisationRef } from "./types";

/**
 * The one pure function behind both the HTML pages and the JSON API, so the
 * two can never disagree. Answers that do not apply to the path are dropped.
 */
export function evaluate(input: Answers): FinderOutcome {
  const answers = applicableAnswers(input);
  const next = nextQuestion(answers);
  if (next !== null) return { complete: false, next, answers, results: [], organisations: [] };
  // Issue 20: the rights a situation brings from other topics, each with its condition.
  const results = withOverlaps(answers, resultsFor(answers));
  const local = localAnswer(answers, results)?.local;
  return { complete: true, next: null, answers, results, organisations: organisationsFor(results), ...(local ? { local } : {}) };
}

/** Every contact named by the results, once each, in the order first named. */
function organisationsFor(results: FinderResult[]): OrganisationRef[] {
  const ids = [...new Set(results.flatMap((r) => r.contacts))];
  return ids.flatMap((id) => {
    const org = organisationById(id);
    return org ? [{ id: org.id, name: org.name, url: org.url }] : [];
  });
}

export type ApiResult = Pick<FinderResult, "type" | "strength" | "title" | "basis" | "arrangedBy" | "summary" | "condition">;
export type ApiResponse = Omit<FinderOutcome, "results"> & { results: ApiResult[] };

/** Exactly the contract's JSON shape: page-only fields are left out. */
export function toApiResponse(outcome: FinderOutcome): ApiResponse {
  return {
    complete: outcome.complete,
    next: outcome.next,
    answers: { ...outcome.answers },
    results: outcome.results.map((r) => ({
      type: r.type,
      strength: r.strength,
      title: r.title,
      basis: r.basis,
      arrangedBy: r.arrangedBy,
      summary: r.summary,
      condition: r.condition,
    })),
    organisations: outcome.organisations.map((o) => ({ id: o.id, name: o.name, url: o.url })),
    ...(outcome.local
      ? {
          local: {
            area: { ...outcome.local.area },
            bodies: outcome.local.bodies.map((b) => ({ name: b.name, role: b.role, url: b.url, for: [...b.for] })),
          },
        }
      : {}),
  };
}

/** The contract's 400 body. */
export function apiError(error: QueryError): { error: QueryError } {
  return { error: { question: error.question, message: error.message } };
}
