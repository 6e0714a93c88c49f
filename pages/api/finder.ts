import type { NextApiRequest, NextApiResponse } from "next";
import { apiError, evaluate, toApiResponse } from "@/lib/finder/evaluate";
import { parseAnswers } from "@/lib/finder/query";
import { NO_STORE } from "@/lib/http/cache-control";
import { searchParamsOf } from "@/lib/http/request-query";

/** GET /api/finder: the same pure function as the result page, as JSON. */
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader("Cache-Control", NO_STORE);
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    return res.status(405).json({ error: { question: null, message: "Use GET." } });
  }
  const parsed = parseAnswers(searchParamsOf(req.url ?? ""));
  if (!parsed.ok) return res.status(400).json(apiError(parsed.error));
  return res.status(200).json(toApiResponse(evaluate(parsed.answers)));
}
