#!/usr/bin/env bash
# Runs before `npm test`: the end-to-end tests need a system Chromium (never a downloaded
# browser) and Java for the Nu HTML checker. Install them from Debian when missing and allowed.
set -euo pipefail

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
