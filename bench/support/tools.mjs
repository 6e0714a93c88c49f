import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** The path of a Debian tool, installing its package when missing (as root), or null. */
export function debianTool(binary, pkg, candidates = []) {
  const find = () => {
    for (const path of [...candidates, `/usr/bin/${binary}`, `/usr/sbin/${binary}`]) if (existsSync(path)) return path;
    return null;
  };
  const found = find();
  if (found) return found;
  if (process.getuid?.() !== 0) {
    console.log(`  ${binary} is missing: install it with \`apt-get install -y ${pkg}\`.`);
    return null;
  }
  console.log(`  Installing Debian's ${pkg}…`);
  try {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "ignore" });
    execFileSync("apt-get", ["install", "-y", "-qq", pkg], { stdio: "ignore", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  } catch {
    console.log(`  Could not install ${pkg}; run \`apt-get install -y ${pkg}\` and try again.`);
  }
  return find();
}
