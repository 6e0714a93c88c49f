// Requests per second and p99 latency at 50 connections, for `next start` alone, `npm start`
// (deploy/server.mjs, one instance), the deploy/ proxy, and nginx serving the same bytes as static
// files (the ceiling on this machine).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LOAD_TARGETS } from "./support/pages.mjs";
import { wrk } from "./wrk.mjs";

/** A minimal nginx that serves saved copies of the responses, as files. */
export function staticNginxConfig(prefix, root, port) {
  return `worker_processes 1;
error_log ${prefix}/error.log warn;
pid ${prefix}/nginx.pid;
${process.getuid?.() === 0 ? "user root;" : ""}
events { worker_connections 2048; }
http {
  access_log off;
  sendfile on;
  gzip on; gzip_types application/json; gzip_min_length 256;
  client_body_temp_path ${prefix}/tmp; proxy_temp_path ${prefix}/tmp; fastcgi_temp_path ${prefix}/tmp; uwsgi_temp_path ${prefix}/tmp; scgi_temp_path ${prefix}/tmp;
  server { listen 127.0.0.1:${port}; root ${root}; default_type text/html; location = /api.json { default_type application/json; } }
}
`;
}

/** Saves each target's body as a file for the static baseline; returns the file URL path for each. */
export async function saveBodies(baseUrl, dir) {
  mkdirSync(dir, { recursive: true });
  const files = {};
  for (const [i, target] of LOAD_TARGETS.entries()) {
    const name = target.name === "API" ? "api.json" : `page${i}.html`;
    writeFileSync(path.join(dir, name), await (await fetch(new URL(target.path, baseUrl))).text());
    files[target.name] = `/${name}`;
  }
  return files;
}

export async function measureLoad(wrkPath, { nextUrl, npmStartUrl, proxyUrl, staticUrl, staticFiles, seconds = 10 }) {
  const rows = [];
  for (const target of LOAD_TARGETS) {
    const base = await wrk(wrkPath, new URL(staticFiles[target.name], staticUrl).href, { seconds });
    const next = await wrk(wrkPath, new URL(target.path, nextUrl).href, { seconds });
    const npmStart = await wrk(wrkPath, new URL(target.path, npmStartUrl).href, { seconds });
    const proxy = await wrk(wrkPath, new URL(target.path, proxyUrl).href, { seconds });
    rows.push({ name: target.name, base, next, npmStart, proxy });
  }
  return rows;
}

export function printLoad(rows, seconds) {
  console.log(`\n## Load: 50 connections, ${seconds} s each, wrk on the same 2-core machine (loopback)`);
  console.log("target         | static nginx rps / p99 | next start rps / p99 (ratio) | npm start rps / p99 (ratio) | deploy proxy rps / p99 (ratio)");
  const cell = (r, base) =>
    `${r.rps.toFixed(0).padStart(6)} / ${r.p99.toFixed(1).padStart(6)} ms${base ? ` (${(r.rps / base.rps).toFixed(3)})` : ""}${r.non2xx + r.socketErrors ? ` [${r.non2xx} non-2xx, ${r.socketErrors} socket errors]` : ""}`;
  for (const r of rows) console.log(`${r.name.padEnd(14)} | ${cell(r.base)}     | ${cell(r.next, r.base)} | ${cell(r.npmStart, r.base)} | ${cell(r.proxy, r.base)}`);
  console.log("  npm start = deploy/server.mjs, one instance; deploy proxy = nginx in front of three of them.");
  console.log("  ratio = requests per second divided by nginx serving the same bytes as a static file.");
}
