import type { NextRequest } from "next/server";
import { apiError, evaluate, toApiResponse } from "@/lib/finder/evaluate";
import { parseAnswers } from "@/lib/finder/query";
import { NO_STORE } from "@/lib/http/cache-control";

/** GET /api/finder: the same pure functions as the result page, as JSON. Other methods get 405. */
export function GET(request: NextRequest): Response {
  const headers = { "Cache-Control": NO_STORE };
  const parsed = parseAnswers(request.nextUrl.searchParams);
  if (!parsed.ok) return Response.json(apiError(parsed.error), { status: 400, headers });
  return Response.json(toApiResponse(evaluate(parsed.answers)), { headers });
}

export const HEAD = GET;
