// Does the server finish a request in flight when it gets SIGTERM, refuse new ones, and exit 0?
// Checks `next start` and our deploy/server.mjs on loopback. Usage: node bench/sigterm.mjs [port]
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { waitForServer } from "./support/server.mjs";

const basePort = Number(process.argv[2] ?? 3360);
const preload = pathToFileURL(path.resolve("bench/support/slow-request.mjs")).href;
const SERVERS = {
  "next start": (port) => ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"],
  "deploy/server.mjs": () => ["deploy/server.mjs"],
};

async function check(name, args, port) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", NODE_OPTIONS: `--import ${preload}` },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = once(child, "exit");
  await waitForServer(`http://127.0.0.1:${port}/robots.txt`);
  const slow = fetch(`http://127.0.0.1:${port}/__slow`).then(
    (r) => `answered ${r.status}`,
    (e) => `failed: ${e.cause?.code ?? e.message}`,
  );
  await new Promise((r) => setTimeout(r, 300));
  child.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 300));
  const late = await fetch(`http://127.0.0.1:${port}/robots.txt`).then(
    (r) => `answered ${r.status}`,
    (e) => `refused (${e.cause?.code ?? e.message})`,
  );
  const [code, signal] = await exited;
  return { name, inFlight: await slow, newAfterSigterm: late, exitCode: code ?? signal };
}

const results = [];
let port = basePort;
for (const [name, args] of Object.entries(SERVERS)) results.push(await check(name, args(port), port++));
console.log("SIGTERM with a request in flight (held 2 s):");
for (const r of results) {
  console.log(`  ${r.name.padEnd(18)} in-flight request ${r.inFlight}; new request ${r.newAfterSigterm}; exit code ${r.exitCode}`);
}
