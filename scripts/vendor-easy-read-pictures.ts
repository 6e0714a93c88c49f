// Copies the Easy Read pictures (lib/content/easy-read.ts names them) out of an unpacked
// @tabler/icons package into public/easy-read/pictures/, with the package's licence. The icon
// set is not a dependency: only these few files ship. To re-vendor:
//   npm pack @tabler/icons@<version> && tar xzf tabler-icons-<version>.tgz
//   node scripts/run-ts.mjs scripts/vendor-easy-read-pictures.ts path/to/package
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EASY_READ_PICTURES, PICTURES_PATH } from "../lib/content/easy-read";

// argv: node, scripts/run-ts.mjs, this script, the package folder.
const packageDir = process.argv[3];
if (!packageDir) throw new Error("Usage: node scripts/run-ts.mjs scripts/vendor-easy-read-pictures.ts path/to/unpacked/@tabler/icons/package");

const pkg = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { name: string; version: string; license: string };
if (pkg.name !== "@tabler/icons" || pkg.license !== "MIT") throw new Error(`Expected @tabler/icons under MIT, found ${pkg.name} (${pkg.license})`);

const outDir = path.join("public", PICTURES_PATH);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

for (const name of EASY_READ_PICTURES) {
  const svg = readFileSync(path.join(packageDir, "icons", "outline", `${name}.svg`), "utf8")
    // The class names are for Tabler's own CSS; the invisible path is only a 24 x 24 bounding box.
    .replace(/\s*class="[^"]*"/, "")
    .replace(/<path stroke="none" d="M0 0h24v24H0z" fill="none"\s*\/>/, "")
    .replace(/\s+/g, " ")
    .replace(/>\s+</g, "><")
    .trim();
  writeFileSync(path.join(outDir, `${name}.svg`), `${svg}\n`);
}
copyFileSync(path.join(packageDir, "LICENSE"), path.join(outDir, "LICENSE"));
writeFileSync(
  path.join(outDir, "README.md"),
  `# Easy Read pictures

Outline icons from [Tabler Icons](https://tabler.io/icons), npm package \`${pkg.name}\` version ${pkg.version},
licence ${pkg.license} (see LICENSE in this folder). Only the ${EASY_READ_PICTURES.length} icons the Easy Read pages use are here;
the class attribute and the invisible bounding-box path are removed, nothing else is changed.

The list of names is \`EASY_READ_PICTURES\` in \`lib/content/easy-read.ts\`. To add a picture, add its name
there and re-run \`scripts/vendor-easy-read-pictures.ts\` (its first lines say how).
See docs/decisions/0006-easy-read-pictures.md.
`,
);
const copied = readdirSync(outDir).filter((f) => f.endsWith(".svg")).length;
console.log(`Easy Read pictures: ${copied} SVG files from ${pkg.name}@${pkg.version} -> ${outDir}`);
