#!/usr/bin/env bash
# Memory: for each set of JVM flags, start target/stepwise.jar, read its resident memory (VmRSS
# from /proc) when idle, send REQUESTS (10,000) lesson URLs nobody asked for before (full pages,
# each a new starting b3, 8 at a time with curl; those the render gate refuses with 503 are asked
# again a second later), read it again, then the live heap after a full GC (jcmd).
#
#   mvn -q package -DskipTests && src/bench/rss.sh
#
# Settings: REQUESTS (10000), FLAGS (a |-separated list of JVM option sets; "default" means none).
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
require_jar

REQUESTS=${REQUESTS:-10000}
FLAGS=${FLAGS:-"default|-Xmx256m -XX:+ExitOnOutOfMemoryError -XX:-UsePerfData|-Xmx256m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -XX:-UsePerfData"}

WORK=$(mktemp -d)
trap 'stop_server; rm -rf "$WORK"' EXIT

rss_mib() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$SERVER_PID/status"; }
# Heap in use after a full collection: what the pages and caches really hold.
live_mib() {
  jcmd "$SERVER_PID" GC.run >/dev/null
  jcmd "$SERVER_PID" GC.heap_info | awk '/(heap|generation) +total/ { for (i = 1; i <= NF; i++) if ($i == "used") { sub(/K,?/, "", $(i + 1)); s += $(i + 1) } }
    END { printf "%d", s / 1024 }'
}

# One curl for all the requests: a config file with one url/output pair per request.
awk -v n="$REQUESTS" 'BEGIN { for (i = 1; i <= n; i++) printf "url = \"BASE/tutorials/last-bias?b3=%.6f&lr=0.1&tol=0.001&steps=%d\"\noutput = \"/dev/null\"\n", -2 + i * 0.000397, 1 + i % 8 }' >"$WORK/urls.tmpl"

printf '%-72s %10s %12s %14s %11s\n' "JVM options" "idle RSS" "loaded RSS" "live heap" "seconds"
IFS='|' read -r -a sets <<<"$FLAGS"
for flags in "${sets[@]}"; do
  [ "$flags" = default ] && opts= || opts=$flags
  JAVA_OPTS=$opts start_server "$WORK/server.log"
  curl -fsS -o /dev/null "$BASE/tutorials/last-bias"
  sleep 2
  idle=$(rss_mib)
  sed "s#BASE#$BASE#" "$WORK/urls.tmpl" >"$WORK/urls"
  t0=$(date +%s)
  : >"$WORK/codes"
  # The URLs the render gate refused (503) are asked again, after its Retry-After, until none is.
  for pass in $(seq 1 20); do
    curl -s --parallel --parallel-max 8 --config "$WORK/urls" -w '%{http_code} %{url}\n' 2>/dev/null >"$WORK/answers" || true
    grep -v '^503 ' "$WORK/answers" | cut -d' ' -f1 >>"$WORK/codes" || true
    grep '^503 ' "$WORK/answers" | awk '{ printf "url = \"%s\"\noutput = \"/dev/null\"\n", $2 }' >"$WORK/urls" || true
    [ -s "$WORK/urls" ] || break
    sleep 1
  done
  t1=$(date +%s)
  ok=$(grep -c '^200$' "$WORK/codes" || true)
  [ "$ok" = "$REQUESTS" ] || echo "warning: $ok of $REQUESTS answered 200 ($(sort "$WORK/codes" | uniq -c | tr '\n' ' '))" >&2
  loaded=$(rss_mib)
  live=$(live_mib)
  printf '%-72s %6s MiB %8s MiB %10s MiB %11s\n' "${flags}" "$idle" "$loaded" "$live" "$((t1 - t0))"
  stop_server
done
