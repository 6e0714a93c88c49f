import { getSiteSearchIndex } from "./search/site-index";

export interface HealthStatus {
  ok: boolean;
  /** What is wrong and how to fix it, one line each; empty when ok. */
  problems: string[];
}

/**
 * Whether this instance can answer every kind of request: for /healthz, and for the server's
 * own check at start (deploy/server.mjs), so a broken build never starts taking traffic.
 */
export async function healthStatus(): Promise<HealthStatus> {
  const problems: string[] = [];
  await getSiteSearchIndex().catch((error: unknown) => problems.push(error instanceof Error ? error.message : String(error)));
  return { ok: problems.length === 0, problems };
}

/**
 * The body /healthz answers with, to anyone: only whether the instance is healthy. The problems
 * name files and libraries, so they go to the operator's log instead (healthLogLine).
 */
export function healthText(status: HealthStatus): string {
  return status.ok ? "ok\n" : "unhealthy\n";
}

/**
 * The line for the operator's log when unhealthy: what is wrong and the fix. Undefined when
 * healthy, or when it would repeat the last line logged (a load balancer asks every few seconds).
 */
export function healthLogLine(status: HealthStatus, lastLogged: string | undefined): string | undefined {
  if (status.ok) return undefined;
  const line = `/healthz: unhealthy. ${status.problems.join(" ")}`;
  return line === lastLogged ? undefined : line;
}
