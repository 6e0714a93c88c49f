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

/** The body /healthz answers with. */
export function healthText(status: HealthStatus): string {
  return status.ok ? "ok\n" : `unhealthy\n${status.problems.map((problem) => `- ${problem}\n`).join("")}`;
}
