// The reference deployment side by side with its parts, at 50 connections (issue 19):
//  - a finder result through the proxy, as a ratio of one instance alone and of nginx serving the
//    same bytes as a static file, with p99 and wrk's timeouts;
//  - a cached public page through the proxy, as a ratio of static nginx serving the same bytes;
//  - how long after `kill -TERM <npm pid>` the port of `npm start` closes, and npm's exit code.
// Usage: node bench/proxy.mjs [base port] (npm run bench runs it too). Loopback only.
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { staticNginxConfig } from "./load.mjs";
import { startApp, startProcess, waitForServer } from "./support/server.mjs";
import { debianTool } from "./support/tools.mjs";
import { wrk } from "./wrk.mjs";

const PAGE = "/what-is-independent-advocacy";
const CLOCK_TICKS = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

/** Processes listening on these ports (nginx's workers share its socket, so all are listed). */
function pidsOn(ports) {
  const out = execFileSync("ss", ["-ltnpH"], { encoding: "utf8" });
  const pids = new Set();
  for (const line of out.split("\n")) {
    if (!ports.some((port) => line.includes(`:${port} `))) continue;
    for (const m of line.matchAll(/pid=(\d+)/g)) pids.add(Number(m[1]));
  }
  return [...pids];
}

/** CPU time (user + system) these processes have used so far, in ms. */
function cpuMs(pids) {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended during the run (an instance restarting).
    }
  }
  return (ticks * 1000) / CLOCK_TICKS;
}
const FINDER_RESULT = "/find-advocacy/result?nation=england&topic=mental-health&mha=detained";

const timeouts = (r) => Number(r.socketDetail.match(/timeout (\d+)/)?.[1] ?? 0);
const row = (label, r, ratios = "") =>
  `  ${label.padEnd(34)} ${r.rps.toFixed(0).padStart(6)} req/s  p99 ${r.p99.toFixed(1).padStart(7)} ms  timeouts ${String(r.timeouts).padStart(4)}  non-2xx ${r.non2xx}  server CPU ${r.cpuPerRequest.toFixed(3)} ms/request  (runs ${r.runs})${ratios}`;

/** Loads each address in turn; returns the rows, with the ratios the issue asks for. */
/** Median requests a second and p99 of several runs; timeouts and non-2xx summed. */
function summarise(list) {
  const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
  const sum = (values) => values.reduce((a, b) => a + b, 0);
  return {
    rps: median(list.map((r) => r.rps)),
    p99: median(list.map((r) => r.p99)),
    timeouts: sum(list.map(timeouts)),
    cpuPerRequest: median(list.map((r) => r.cpuPerRequest)),
    non2xx: sum(list.map((r) => r.non2xx)),
    runs: list.map((r) => r.rps.toFixed(0)).join("/"),
  };
}

export async function measureProxy(wrkPath, nginxPath, basePort, seconds, rounds = 3) {
  const proxyPort = basePort;
  const appPorts = [basePort + 1, basePort + 2, basePort + 3];
  const alonePort = basePort + 4;
  const staticPort = basePort + 5;
  const deploy = startProcess("deploy/run-local.sh", [], { PROXY_PORT: String(proxyPort), APP_PORTS: appPorts.join(" "), PROXY_RATE_LIMIT: "off", KEEP_LOGS: "0" }, "deploy");
  const staticDir = mkdtempSync(path.join(tmpdir(), "advocacy-static-"));
  let alone;
  let staticNginx;
  try {
    alone = await startApp(alonePort);
    await waitForServer(`http://127.0.0.1:${proxyPort}/healthz`, 180_000);
    const root = path.join(staticDir, "root");
    mkdirSync(root, { recursive: true });
    mkdirSync(path.join(staticDir, "tmp"));
    const aloneUrl = (address) => `http://127.0.0.1:${alonePort}${address}`;
    writeFileSync(path.join(root, "page.html"), await (await fetch(aloneUrl(PAGE))).text());
    writeFileSync(path.join(root, "result.html"), await (await fetch(aloneUrl(FINDER_RESULT))).text());
    writeFileSync(path.join(staticDir, "nginx.conf"), staticNginxConfig(staticDir, root, staticPort));
    staticNginx = startProcess(nginxPath, ["-p", staticDir, "-c", path.join(staticDir, "nginx.conf"), "-g", "daemon off;"], {}, "static nginx");
    await waitForServer(`http://127.0.0.1:${staticPort}/page.html`);
    // Warm the proxy's cache so the page run measures cache hits.
    for (let i = 0; i < 3; i++) await (await fetch(`http://127.0.0.1:${proxyPort}${PAGE}`)).arrayBuffer();
    // The CPU is shared, so the targets take turns in short runs (round robin) and each figure
    // is the median of its runs: a burst of someone else's work lands on all of them alike.
    // Each target with the processes that serve it, whose CPU time per request is also counted:
    // unlike requests a second, it hardly depends on what else the machine is doing.
    const proxyPorts = [proxyPort, ...appPorts];
    const targets = {
      resultProxy: [`http://127.0.0.1:${proxyPort}${FINDER_RESULT}`, proxyPorts],
      resultAlone: [aloneUrl(FINDER_RESULT), [alonePort]],
      resultStatic: [`http://127.0.0.1:${staticPort}/result.html`, [staticPort]],
      pageProxy: [`http://127.0.0.1:${proxyPort}${PAGE}`, proxyPorts],
      pageStatic: [`http://127.0.0.1:${staticPort}/page.html`, [staticPort]],
    };
    const runs = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
    for (let round = 0; round < rounds; round++) {
      for (const [name, [url, ports]] of Object.entries(targets)) {
        const pids = pidsOn(ports);
        const before = cpuMs(pids);
        const r = await wrk(wrkPath, url, { seconds: Math.max(2, Math.round(seconds / rounds)) });
        runs[name].push({ ...r, cpuPerRequest: (cpuMs(pids) - before) / Math.max(1, r.requests) });
      }
    }
    return Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, summarise(list)]));
  } finally {
    await staticNginx?.stop();
    await alone?.stop();
    await deploy.stop();
    rmSync(staticDir, { recursive: true, force: true });
  }
}

export function printProxy(r, seconds) {
  const x = (a, b) => (a.rps / b.rps).toFixed(2);
  console.log(`\n## Proxy: 50 connections, wrk timeout 2 s, loopback; each target ${seconds} s in 3 turns, median req/s and p99 (the CPU is shared with whatever else runs)`);
  const c = (a, b) => (b.cpuPerRequest / a.cpuPerRequest).toFixed(2);
  console.log(row("finder result, through the proxy", r.resultProxy, `  = ${x(r.resultProxy, r.resultAlone)}x one instance, ${x(r.resultProxy, r.resultStatic)}x static nginx (by CPU per request: ${c(r.resultProxy, r.resultAlone)}x, ${c(r.resultProxy, r.resultStatic)}x)`));
  console.log(row("finder result, one instance alone", r.resultAlone));
  console.log(row("finder result bytes, static nginx", r.resultStatic));
  console.log(row("cached page, through the proxy", r.pageProxy, `  = ${x(r.pageProxy, r.pageStatic)}x static nginx (by CPU per request: ${c(r.pageProxy, r.pageStatic)}x)`));
  console.log(row("same page bytes, static nginx", r.pageStatic));
}

/** Starts `npm start`, sends SIGTERM to npm itself, and times how long until the port refuses. */
export async function measureNpmSigterm(port) {
  const npm = spawn("npm", ["start"], { env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" }, stdio: "ignore" });
  const exited = once(npm, "exit");
  await waitForServer(`http://127.0.0.1:${port}/healthz`);
  const refused = () =>
    new Promise((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.on("connect", () => (socket.destroy(), resolve(false)));
      socket.on("error", () => resolve(true));
    });
  const started = Date.now();
  npm.kill("SIGTERM");
  let closedAfter = null;
  while (Date.now() - started < 10_000) {
    if (await refused()) {
      closedAfter = Date.now() - started;
      break;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const [code, signal] = await Promise.race([exited, new Promise((r) => setTimeout(() => r([null, "still running"]), 10_000))]);
  if (closedAfter === null) {
    // The server outlived npm: stop the orphan by the pid it logged on its port's healthz owner.
    const { execFileSync } = await import("node:child_process");
    const pid = execFileSync("bash", ["-c", `ss -ltnpH 'sport = :${port}' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2`], { encoding: "utf8" }).trim();
    if (pid) process.kill(Number(pid), "SIGTERM");
  }
  return { closedAfter, npmExit: code ?? signal };
}

export function printNpmSigterm(r) {
  const closed = r.closedAfter === null ? "still open 10 s later (the server outlived npm)" : `closed ${r.closedAfter} ms later`;
  console.log(`\n## kill -TERM <npm pid> on npm start: port ${closed}; npm exit ${r.npmExit}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const basePort = Number(process.argv[2] ?? 4120);
  const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
  const wrkPath = debianTool("wrk", "wrk");
  const nginxPath = debianTool("nginx", "nginx");
  if (!wrkPath || !nginxPath) process.exit(1);
  printProxy(await measureProxy(wrkPath, nginxPath, basePort, seconds), seconds);
  printNpmSigterm(await measureNpmSigterm(basePort + 9));
}
