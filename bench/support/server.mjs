/** Polls a URL until it answers (any status), for at most `timeoutMs`. */
export async function waitForServer(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`No answer from ${url} after ${timeoutMs} ms`);
}

import { spawn } from "node:child_process";
import { once } from "node:events";

/** Starts a child process and returns a stop() that sends SIGTERM and waits for it to end. */
export function startProcess(command, args, env = {}, label = command) {
  const child = spawn(command, args, { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: ["ignore", "ignore", "pipe"], detached: false });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = once(child, "exit");
  return {
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
    },
    describe: () => `${label}: ${stderr}`,
  };
}

/** Starts the production server (deploy/server.mjs) on a loopback port and waits for it. */
export async function startApp(port) {
  const proc = startProcess(process.execPath, ["deploy/server.mjs"], { PORT: String(port), HOST: "127.0.0.1" }, "deploy/server.mjs");
  await waitForServer(`http://127.0.0.1:${port}/healthz`);
  return proc;
}
