// Prints the nginx snippets that come from the route-policy table (lib/http/route-policy.mjs),
// so nginx and the app never disagree. run-local.sh writes them next to nginx.conf:
//   node deploy/nginx-policy.mjs security-headers   add_header lines for responses nginx makes itself
//   node deploy/nginx-policy.mjs log-path           a map from $uri to what the access log may record
import { pathToFileURL } from "node:url";
import { FRAMEWORK_ONLY_PATTERN, ROUTE_POLICIES, ROUTES, securityHeaders } from "../lib/http/route-policy.mjs";

const quote = (value) => `"${value.replace(/["\\]/g, "\\$&")}"`;
const regexEscape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function securityHeadersSnippet() {
  return securityHeaders(false).map(({ key, value }) => `add_header ${key} ${quote(value)} always;`).join("\n") + "\n";
}

/**
 * Personal addresses are logged as their route only: never the question reached, never the query.
 * Framework-only addresses (a data route names the finder question) are logged as one word.
 */
export function logPathMap() {
  const framework = `  ~${FRAMEWORK_ONLY_PATTERN} "/_framework-only";`;
  const lines = ROUTES.filter((route) => ROUTE_POLICIES[route.kind].personal).map((route) =>
    route.exact !== undefined ? `  ~^${regexEscape(route.exact)}$ ${quote(route.exact)};` : `  ~^${regexEscape(route.prefix)} ${quote(`${route.prefix}*`)};`,
  );
  return `map $uri $log_path {\n  default $uri;\n${[framework, ...lines].join("\n")}\n}\n`;
}

// Run as a command (run-local.sh), not when a test imports it.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const what = process.argv[2];
  if (what === "security-headers") process.stdout.write(securityHeadersSnippet());
  else if (what === "log-path") process.stdout.write(logPathMap());
  else {
    console.error(`Unknown snippet ${what}: use security-headers or log-path`);
    process.exit(1);
  }
}
