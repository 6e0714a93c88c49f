#!/usr/bin/env bash
# Starts the reference deployment on 127.0.0.1: N instances of deploy/server.mjs behind nginx
# (caching proxy; serves .next/static and public/ itself). Stops everything on exit.
#   deploy/run-local.sh                 run until Ctrl-C
#   deploy/run-local.sh CMD [ARGS...]   run CMD with PROXY_URL and PROXY_PREFIX (logs/) set, then stop everything
# PROXY_PORT (default 3310) and APP_PORTS (default "3311 3312 3313") choose the ports.
# PROXY_RATE_LIMIT=off drops nginx's per-client limits on finder, search and API addresses
# (for load tests from one address; never in production).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
PROXY_PORT="${PROXY_PORT:-3310}"
APP_PORTS="${APP_PORTS:-3311 3312 3313}"

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  echo "Installing Debian's nginx"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

if [ ! -f .next/BUILD_ID ] || [ ! -f .next/search-index.json ]; then
  echo "No complete build: running npm run build"
  npm run build
fi

PREFIX="$(mktemp -d /tmp/advocacy-deploy.XXXXXX)"
mkdir -p "$PREFIX"/{logs,cache,tmp}
chmod 755 "$PREFIX"
USER_LINE=""
if [ "$(id -u)" = 0 ]; then
  # Started as root, nginx runs its workers as nobody: they must own the cache and temp dirs.
  USER_LINE="user nobody nogroup;"
  chown -R nobody:nogroup "$PREFIX/cache" "$PREFIX/tmp"
fi
PIDS=()
stop() {
  trap - EXIT INT TERM
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$PREFIX"
}
trap stop EXIT INT TERM

UPSTREAMS=""
for port in $APP_PORTS; do
  PORT="$port" HOST=127.0.0.1 NEXT_TELEMETRY_DISABLED=1 node deploy/server.mjs >"$PREFIX/logs/app-$port.log" 2>&1 &
  PIDS+=($!)
  UPSTREAMS+="    server 127.0.0.1:$port;"$'\n'
done

node deploy/nginx-policy.mjs security-headers >"$PREFIX/security-headers.conf"
node deploy/nginx-policy.mjs log-path >"$PREFIX/log-path.conf"
LIMITS='      limit_req zone=uncached burst=40 nodelay;\n      limit_conn per_client 20;'
[ "${PROXY_RATE_LIMIT:-on}" = off ] && LIMITS=""
sed -e "s|@USER@|$USER_LINE|" -e "s|@ROOT@|$ROOT|g" -e "s|@PREFIX@|$PREFIX|g" -e "s|@LISTEN@|127.0.0.1:$PROXY_PORT|g" \
  deploy/nginx.conf.template | awk -v ups="$UPSTREAMS" -v limits="$LIMITS" '{ if ($0 == "@UPSTREAMS@") printf "%s", ups; else if ($0 == "@UNCACHED_LIMITS@") print limits; else print }' >"$PREFIX/nginx.conf"

for port in $APP_PORTS; do
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/healthz" && break
    sleep 0.5
  done
  curl -fs -o /dev/null "http://127.0.0.1:$port/healthz" || { echo "Instance on $port did not start; see $PREFIX/logs/app-$port.log"; cat "$PREFIX/logs/app-$port.log"; exit 1; }
done

"$NGINX" -p "$PREFIX" -c "$PREFIX/nginx.conf" -g "daemon off;" &
PIDS+=($!)
for _ in $(seq 1 40); do curl -fs -o /dev/null "http://127.0.0.1:$PROXY_PORT/healthz" && break; sleep 0.25; done

export PROXY_URL="http://127.0.0.1:$PROXY_PORT"
export PROXY_PREFIX="$PREFIX"
echo "Reference deployment on $PROXY_URL (instances on $APP_PORTS; nginx prefix $PREFIX)"
if [ "$#" -gt 0 ]; then
  "$@"
else
  wait -n "${PIDS[@]}"
fi
