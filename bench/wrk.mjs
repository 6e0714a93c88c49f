import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Runs wrk against one loopback URL and reads its summary. */
export async function wrk(wrkPath, url, { connections = 50, seconds = 10, threads = 2, timeout = 2 } = {}) {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`Load tests only against 127.0.0.1, not ${url}`);
  const { stdout } = await run(wrkPath, [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, "--latency", `--timeout=${timeout}s`, "-H", "Accept-Encoding: gzip", url], {
    timeout: (seconds + 30) * 1000,
  });
  const number = (re) => Number(stdout.match(re)?.[1] ?? 0);
  const ms = (re) => {
    const m = stdout.match(re);
    if (!m) return NaN;
    const factor = { us: 0.001, ms: 1, s: 1000 }[m[2]] ?? 1;
    return Number(m[1]) * factor;
  };
  const socket = stdout.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  return {
    rps: number(/Requests\/sec:\s+([\d.]+)/),
    p99: ms(/\s99%\s+([\d.]+)(us|ms|s)\b/),
    requests: number(/(\d+) requests in/),
    non2xx: number(/Non-2xx or 3xx responses: (\d+)/),
    socketErrors: socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
    /** wrk's own words: connect, read, write, timeout (a timeout is wrk giving up waiting). */
    socketDetail: socket ? socket[0].replace("Socket errors: ", "") : "none",
  };
}
