import { healthLogLine, healthStatus, healthText } from "@/lib/health";
import { NO_STORE } from "@/lib/http/cache-control";

/** For load balancers and process managers: 200 while this instance can answer every kind of request. */
export const dynamic = "force-dynamic";

/** The last problem written to the log, so a health check every few seconds does not repeat it. */
let lastLogged: string | undefined;

export async function GET(): Promise<Response> {
  const status = await healthStatus();
  const line = healthLogLine(status, lastLogged);
  if (line) console.error((lastLogged = line));
  if (status.ok) lastLogged = undefined;
  return new Response(healthText(status), {
    status: status.ok ? 200 : 503,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": NO_STORE },
  });
}

export const HEAD = GET;
