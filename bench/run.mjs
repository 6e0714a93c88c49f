// npm run bench: every measurement in one run, on loopback only. Not part of npm test.
// Prints the figures and keeps a copy in bench-results/ (git-ignored).
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { printBuildScale, timeBuild } from "./build-scale.mjs";
import { fuzz, printFuzz } from "./fuzz.mjs";
import { measureLighthouse, printLighthouse } from "./lighthouse.mjs";
import { measureLoad, printLoad, saveBodies, staticNginxConfig } from "./load.mjs";
import { measureNpmSigterm, measureProxy, printNpmSigterm, printProxy } from "./proxy.mjs";
import { startApp, startProcess, waitForServer } from "./support/server.mjs";
import { LOAD_TARGETS } from "./support/pages.mjs";
import { debianTool } from "./support/tools.mjs";
import { measureWeights, printWeights } from "./weight.mjs";
import { wrk } from "./wrk.mjs";

const ROOT = process.cwd();
// Ports: BENCH_PORT (default 3340) and the 30 after it.
const BASE_PORT = Number(process.env.BENCH_PORT ?? 3340);
const APP_PORT = BASE_PORT + 10;
const NEXT_START_PORT = BASE_PORT + 11;
const NPM_START_PORT = BASE_PORT + 12;
const PROXY_PORT = BASE_PORT;
const PROXY_APP_PORTS = [1, 2, 3].map((i) => BASE_PORT + i).join(" ");
const STATIC_PORT = BASE_PORT + 5;
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 30);
const BUILD_PAGES = (process.env.BENCH_BUILD_PAGES ?? "0 100 1000").split(/\s+/).filter(Boolean).map(Number);

mkdirSync("bench-results", { recursive: true });
const logFile = path.join("bench-results", `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.txt`);
const log = console.log;
console.log = (...args) => {
  log(...args);
  appendFileSync(logFile, `${args.join(" ")}\n`);
};

console.log(`# npm run bench, ${new Date().toISOString()}, node ${process.version}, ${(await import("node:os")).cpus().length} cores`);
if (!existsSync(".next/BUILD_ID") || !existsSync(".next/search-index.json")) {
  console.log("No complete build: running npm run build");
  execFileSync("npm", ["run", "build"], { stdio: "inherit" });
}
const wrkPath = debianTool("wrk", "wrk");
const nginxPath = debianTool("nginx", "nginx");

// 1. One instance: weight, Lighthouse, fuzz, soak.
const app = await startApp(APP_PORT);
const appUrl = `http://127.0.0.1:${APP_PORT}/`;
try {
  printWeights(await measureWeights(appUrl));
  printLighthouse(await measureLighthouse(appUrl));
  printFuzz(await fuzz(appUrl, 10_000));
  if (wrkPath) {
    console.log(`\n## Soak: 50 connections for ${SOAK_SECONDS} s on one instance, wrk timeout 2 s (goal: 0 errors)`);
    for (const target of LOAD_TARGETS.slice(0, 2)) {
      const r = await wrk(wrkPath, new URL(target.path, appUrl).href, { seconds: SOAK_SECONDS });
      console.log(`  ${target.name.padEnd(14)} ${r.requests} requests, ${r.rps.toFixed(0)} rps, p99 ${r.p99.toFixed(1)} ms, non-2xx ${r.non2xx}, socket errors ${r.socketErrors} (${r.socketDetail})`);
    }
  } else console.log("\n## Soak: skipped, wrk missing (apt-get install -y wrk)");
} finally {
  await app.stop();
}

// 2. Load: next start alone, npm start (one deploy/server.mjs), the deploy/ proxy, and static nginx serving the same bytes.
if (wrkPath && nginxPath) {
  const nextStart = startProcess(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(NEXT_START_PORT), "-H", "127.0.0.1"], {}, "next start");
  const npmStart = startProcess(process.execPath, ["deploy/server.mjs"], { PORT: String(NPM_START_PORT), HOST: "127.0.0.1" }, "npm start");
  // One client address sends the whole load, so nginx's per-client limits would refuse most of it.
  const deploy = startProcess("deploy/run-local.sh", [], { PROXY_PORT: String(PROXY_PORT), APP_PORTS: PROXY_APP_PORTS, PROXY_RATE_LIMIT: "off", KEEP_LOGS: "0" }, "deploy");
  const staticDir = mkdtempSync(path.join(tmpdir(), "advocacy-static-"));
  let staticNginx;
  try {
    await waitForServer(`http://127.0.0.1:${NEXT_START_PORT}/healthz`);
    await waitForServer(`http://127.0.0.1:${NPM_START_PORT}/healthz`);
    await waitForServer(`http://127.0.0.1:${PROXY_PORT}/healthz`, 120_000);
    const staticFiles = await saveBodies(`http://127.0.0.1:${NEXT_START_PORT}/`, path.join(staticDir, "root"));
    mkdirSync(path.join(staticDir, "tmp"));
    writeFileSync(path.join(staticDir, "nginx.conf"), staticNginxConfig(staticDir, path.join(staticDir, "root"), STATIC_PORT));
    staticNginx = startProcess(nginxPath, ["-p", staticDir, "-c", path.join(staticDir, "nginx.conf"), "-g", "daemon off;"], {}, "static nginx");
    await waitForServer(`http://127.0.0.1:${STATIC_PORT}/api.json`);
    const rows = await measureLoad(wrkPath, {
      nextUrl: `http://127.0.0.1:${NEXT_START_PORT}/`,
      npmStartUrl: `http://127.0.0.1:${NPM_START_PORT}/`,
      proxyUrl: `http://127.0.0.1:${PROXY_PORT}/`,
      staticUrl: `http://127.0.0.1:${STATIC_PORT}/`,
      staticFiles,
      seconds: LOAD_SECONDS,
    });
    printLoad(rows, LOAD_SECONDS);
  } finally {
    await staticNginx?.stop();
    await deploy.stop();
    await npmStart.stop();
    await nextStart.stop();
    rmSync(staticDir, { recursive: true, force: true });
  }
} else console.log("\n## Load: skipped, wrk or nginx missing (apt-get install -y wrk nginx)");

// 2a. The finder result and a cached page through the proxy, side by side with one instance and
// static nginx; and how long `npm start` takes to close its port after SIGTERM to npm.
if (wrkPath && nginxPath) {
  printProxy(await measureProxy(wrkPath, nginxPath, BASE_PORT + 20, LOAD_SECONDS), LOAD_SECONDS);
  printNpmSigterm(await measureNpmSigterm(BASE_PORT + 29));
}

// 2b. The reference deployment as an attacker sees it: cache poisoning, nginx's own answers, logs.
if (nginxPath) {
  console.log("");
  const poisoning = spawnSync("deploy/run-local.sh", ["node", "deploy/check-poisoning.mjs"], {
    encoding: "utf8",
    timeout: 300_000,
    env: { ...process.env, PROXY_PORT: String(PROXY_PORT), APP_PORTS: PROXY_APP_PORTS },
  });
  const lines = `${poisoning.stdout}`.split("\n").filter((line) => /check|FAIL|Access log/.test(line));
  console.log(`## ${lines.join("\n   ") || poisoning.stderr.trim()}`);
  if (poisoning.status !== 0) process.exitCode = 1;
} else console.log("\n## Cache poisoning check: skipped, nginx missing (apt-get install -y nginx)");

// 3. SIGTERM with a request in flight.
console.log("");
const sigterm = spawnSync(process.execPath, ["bench/sigterm.mjs", String(BASE_PORT + 30)], { encoding: "utf8", timeout: 180_000 });
console.log(`## ${(sigterm.stdout || sigterm.stderr).trim()}`);

// 4. Build time as pages are added (longest: last).
const basePages = Number(execFileSync("bash", ["-c", "find content/pages -name '*.mdx' | wc -l"], { encoding: "utf8" }).trim());
const builds = [];
for (const count of BUILD_PAGES) {
  log(`  building with ${count} added pages…`);
  builds.push(timeBuild(ROOT, count));
}
printBuildScale(builds, basePages);
console.log(`\nSaved to ${logFile}`);
