import { healthStatus, healthText } from "@/lib/health";
import { NO_STORE } from "@/lib/http/cache-control";

/** For load balancers and process managers: 200 while this instance can answer every kind of request. */
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const status = await healthStatus();
  return new Response(healthText(status), {
    status: status.ok ? 200 : 503,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": NO_STORE },
  });
}

export const HEAD = GET;
