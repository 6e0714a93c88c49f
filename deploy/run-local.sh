#!/usr/bin/env bash
# Starts the reference deployment on 127.0.0.1: N instances of deploy/server.mjs behind nginx
# (caching proxy; serves .next/static and public/ itself). An instance that exits is started
# again (nginx sends its requests to the others meanwhile). Stops everything on exit.
#   deploy/run-local.sh                 run until Ctrl-C; the logs are kept, and their folder named
#   deploy/run-local.sh CMD [ARGS...]   run CMD with PROXY_URL and PROXY_PREFIX (logs/) set, then stop everything
# PROXY_PORT (default 3310) and APP_PORTS (default "3311 3312 3313") choose the ports.
# SERVER_NAMES (default "127.0.0.1 localhost", plus SITE_URL's host) are the host names nginx
# answers for; any other gets 421.
# KEEP_LOGS=0 deletes the logs too when a run-until-stopped deployment stops.
# PROXY_RATE_LIMIT=off drops nginx's per-client limits (for load tests from one address; never
# in production).
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
  if [ "$KEEP_LOGS" = 1 ]; then
    rm -rf "$PREFIX/cache" "$PREFIX/tmp"
    echo "Stopped. The logs are kept in $PREFIX/logs"
  else
    rm -rf "$PREFIX"
  fi
}
# Run until stopped: the logs outlive the deployment (KEEP_LOGS=0 drops them, as npm run bench does).
KEEP_LOGS="$([ "$#" -eq 0 ] && echo "${KEEP_LOGS:-1}" || echo 0)"
trap stop EXIT
trap 'stop; exit 0' INT TERM

# One instance, started again whenever it exits (a crash, or a SIGTERM sent to it alone), with
# its log kept across restarts. Its own SIGTERM ends the instance and the loop.
supervise() {
  local port="$1" child=""
  trap '[ -n "$child" ] && kill -TERM "$child" 2>/dev/null; wait "$child" 2>/dev/null; exit 0' TERM INT
  while true; do
    PORT="$port" HOST=127.0.0.1 NEXT_TELEMETRY_DISABLED=1 node deploy/server.mjs >>"$PREFIX/logs/app-$port.log" 2>&1 &
    child=$!
    wait "$child" && status=0 || status=$?
    echo "$(date -u +%FT%TZ) instance on $port exited ($status); starting it again in 1 s" >>"$PREFIX/logs/app-$port.log"
    sleep 1 & wait $!
  done
}

UPSTREAMS=""
for port in $APP_PORTS; do
  supervise "$port" &
  PIDS+=($!)
  UPSTREAMS+="    server 127.0.0.1:$port max_fails=3 fail_timeout=5s;"$'\n'
done

SITE_HOST=""
[ -n "${SITE_URL:-}" ] && SITE_HOST="$(node -e 'console.log(new URL(process.argv[1]).hostname)' "$SITE_URL")"
SERVER_NAMES="${SERVER_NAMES:-127.0.0.1 localhost${SITE_HOST:+ $SITE_HOST}}"
PRIMARY_NAME="${SITE_HOST:-${SERVER_NAMES%% *}}"

node deploy/nginx-policy.mjs security-headers >"$PREFIX/security-headers.conf"
node deploy/nginx-policy.mjs log-path >"$PREFIX/log-path.conf"
SERVER_LIMITS='    limit_conn per_client 64;'
PAGE_LIMITS='      limit_req zone=page_query burst=40 nodelay;'
UNCACHED_LIMITS='      limit_req zone=uncached burst=40 nodelay;\n      limit_conn per_client 20;'
if [ "${PROXY_RATE_LIMIT:-on}" = off ]; then SERVER_LIMITS=""; PAGE_LIMITS=""; UNCACHED_LIMITS=""; fi
sed -e "s|@USER@|$USER_LINE|" -e "s|@ROOT@|$ROOT|g" -e "s|@PREFIX@|$PREFIX|g" -e "s|@LISTEN@|127.0.0.1:$PROXY_PORT|g" \
  -e "s|@SERVER_NAMES@|$SERVER_NAMES|g" -e "s|@PRIMARY_NAME@|$PRIMARY_NAME|g" deploy/nginx.conf.template |
  awk -v ups="$UPSTREAMS" -v server="$SERVER_LIMITS" -v page="$PAGE_LIMITS" -v uncached="$UNCACHED_LIMITS" '
    $0 == "@UPSTREAMS@" { printf "%s", ups; next }
    $0 == "@SERVER_LIMITS@" { print server; next }
    $0 == "@PAGE_LIMITS@" { print page; next }
    $0 == "@UNCACHED_LIMITS@" { print uncached; next }
    { print }' >"$PREFIX/nginx.conf"
"$NGINX" -t -q -p "$PREFIX" -c "$PREFIX/nginx.conf" || { echo "The generated $PREFIX/nginx.conf is not valid"; exit 1; }

for port in $APP_PORTS; do
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/healthz" && break
    sleep 0.5
  done
  curl -fs -o /dev/null "http://127.0.0.1:$port/healthz" || { echo "Instance on $port did not start; see $PREFIX/logs/app-$port.log"; cat "$PREFIX/logs/app-$port.log"; exit 1; }
done

"$NGINX" -p "$PREFIX" -c "$PREFIX/nginx.conf" -g "daemon off;" &
NGINX_PID=$!
PIDS+=("$NGINX_PID")
for _ in $(seq 1 40); do curl -fs -o /dev/null "http://127.0.0.1:$PROXY_PORT/healthz" && break; sleep 0.25; done

export PROXY_URL="http://127.0.0.1:$PROXY_PORT"
export PROXY_PREFIX="$PREFIX"
export APP_PORTS
echo "Reference deployment on $PROXY_URL (instances on $APP_PORTS; nginx prefix $PREFIX)"
if [ "$#" -gt 0 ]; then
  "$@"
else
  echo "Logs in $PREFIX/logs (kept when you stop it)"
  # Instances are started again when they exit; without nginx there is nothing to serve.
  wait "$NGINX_PID" || true
  echo "nginx exited; stopping"
fi
