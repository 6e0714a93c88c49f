import type { NextApiRequest, NextApiResponse } from "next";
import { finderApi } from "@/lib/finder/api";
import { NO_STORE } from "@/lib/http/cache-control";
import { searchParamsOf } from "@/lib/http/request-query";

/** GET /api/finder: a thin adapter over lib/finder/api.ts (the same step function as the pages). */
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader("Cache-Control", NO_STORE);
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    return res.status(405).json({ error: { question: null, message: "Use GET." } });
  }
  const { status, body } = finderApi(searchParamsOf(req.url ?? ""));
  return res.status(status).json(body);
}
