import { apiError, toApiResponse, type ApiResponse } from "./evaluate";
import type { QueryError } from "./query";
import { finderStep } from "./step";

export type FinderApiAnswer = { status: 200; body: ApiResponse } | { status: 400; body: { error: QueryError } };

/**
 * GET /api/finder as a pure function of the query string: the same step function as the
 * result page, on the API channel (which never names the optional `who` as next).
 */
export function finderApi(query: URLSearchParams): FinderApiAnswer {
  const step = finderStep(query, "result", "api");
  switch (step.kind) {
    case "problem":
      return { status: 400, body: apiError(step) };
    case "redirect":
      return {
        status: 200,
        body: toApiResponse({ complete: false, next: step.next, answers: step.answers, results: [], organisations: [] }),
      };
    case "result":
      return { status: 200, body: toApiResponse(step.outcome) };
  }
}
