import { checkHealth } from "@/lib/health";
import { NO_STORE } from "@/lib/http/cache-control";

/** For load balancers and process managers: 200 while this instance can answer requests. */
export const dynamic = "force-dynamic";

export function GET(): Response {
  const { ok, message } = checkHealth();
  return new Response(`${message}\n`, {
    status: ok ? 200 : 503,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": NO_STORE },
  });
}

export const HEAD = GET;
