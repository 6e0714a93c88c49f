import type { NextRequest } from "next/server";
import { finderApi } from "@/lib/finder/api";
import { NO_STORE } from "@/lib/http/cache-control";

/** GET /api/finder: a thin adapter over lib/finder/api.ts, the same step function as the pages. Other methods get 405. */
export function GET(request: NextRequest): Response {
  const { status, body } = finderApi(request.nextUrl.searchParams);
  return Response.json(body, { status, headers: { "Cache-Control": NO_STORE } });
}

export const HEAD = GET;
