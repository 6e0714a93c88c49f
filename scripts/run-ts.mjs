// Runs a TypeScript script with the project's own esbuild (no extra runner to install):
// bundles our code (resolving the @/ paths), keeps packages external, then imports the result.
import { build } from "esbuild";
import path from "node:path";
import { pathToFileURL } from "node:url";

const entry = process.argv[2];
if (!entry) throw new Error("Usage: node scripts/run-ts.mjs path/to/script.ts");
// Inside node_modules so the bundle's bare imports resolve to the project's packages.
const outfile = path.resolve("node_modules/.cache/run-ts", `${path.basename(entry, ".ts")}.mjs`);
await build({ entryPoints: [entry], outfile, bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "warning" });
await import(pathToFileURL(outfile).href);
