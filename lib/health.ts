/** What /healthz reports. One place to add checks (each one cheap: it runs on every probe). */
export interface Health {
  ok: boolean;
  /** One short line for the response body and the logs. */
  message: string;
}

export function checkHealth(): Health {
  return { ok: true, message: "ok" };
}
