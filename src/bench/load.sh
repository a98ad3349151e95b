#!/usr/bin/env bash
# Load benchmark: wrk against target/stepwise.jar on a free loopback port.
#
#   mvn -q package -DskipTests && src/bench/load.sh
#
# Scenarios: /healthz (the floor), one step as an htmx fragment (plain, and gzip as browsers ask
# for it; and with a state never asked for before, so nothing is cached), the same lesson as a full page,
# and POST /api/v1/descent with the README's reference body. Each is warmed up, then measured;
# prints requests/s, p50 and p99 latency, the throughput as a share of the floor, and the server's
# CPU time per request (from /proc, so less sensitive than throughput to other work on the machine).
# Settings: DURATION (10s), WARMUP (10s, before each scenario's first round), ROUNDS (1; with more,
# the scenarios take turns and each figure is the median over the rounds), CONNECTIONS (64),
# THREADS (2), JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
require_jar

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-10s}
ROUNDS=${ROUNDS:-1}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}

if ! command -v wrk >/dev/null; then
  echo "Installing wrk…" >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
fi

WORK=$(mktemp -d)
trap 'stop_server; rm -rf "$WORK"' EXIT

# A wrk script that prints one machine-readable line; the POST variant also sets method and body.
cat >"$WORK/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.3f %.3f %d %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, e.status, summary.requests))
end
LUA
# Every request a state nobody asked for before (a new starting b3), so each one is computed and
# rendered: the cost of a cache miss.
{
  echo 'local n = 0'
  echo 'setup = function(thread) thread:set("seed", math.random(1, 1e9)) end'
  echo 'init = function() math.randomseed(seed) end'
  echo 'request = function()'
  echo '  n = n + 1'
  echo '  return wrk.format("GET", string.format("/tutorials/last-bias?b3=%.9f&lr=0.1&tol=0.001&steps=5", math.random() * 3 + n * 1e-9), {["HX-Request"] = "true"})'
  echo 'end'
  cat "$WORK/report.lua"
} >"$WORK/miss.lua"
{
  echo 'wrk.method = "POST"'
  echo 'wrk.headers["Content-Type"] = "application/json"'
  echo "wrk.body = [==[$REFERENCE_DESCENT]==]"
  cat "$WORK/report.lua"
} >"$WORK/post.lua"

start_server "$WORK/server.log"
echo "Server: java -jar $STEPWISE_JAR on $BASE (pid $SERVER_PID); wrk -t$THREADS -c$CONNECTIONS -d$DURATION, warm-up $WARMUP, $ROUNDS round(s)"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

STEP="/tutorials/last-bias?b3=0&lr=0.1&tol=0.001&steps=5"
names=(floor fragment gzip miss page api)
labels=("GET /healthz" "GET $STEP, HX-Request" "  the same, Accept-Encoding: gzip" "  a new b3 every request (never cached)" "GET $STEP" "POST /api/v1/descent")

run() {
  local name=$1 duration=$2
  case $name in
    floor)    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -s "$WORK/report.lua" "$BASE/healthz" ;;
    fragment) wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -s "$WORK/report.lua" -H "HX-Request: true" "$BASE$STEP" ;;
    gzip)     wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -s "$WORK/report.lua" -H "HX-Request: true" -H "Accept-Encoding: gzip" "$BASE$STEP" ;;
    miss)     wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -s "$WORK/miss.lua" "$BASE" ;;
    page)     wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -s "$WORK/report.lua" "$BASE$STEP" ;;
    api)      wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -s "$WORK/post.lua" "$BASE/api/v1/descent" ;;
  esac
}

# Check each scenario answers 200 before loading it.
[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'HX-Request: true' "$BASE$STEP")" = 200 ]
[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d "$REFERENCE_DESCENT" "$BASE/api/v1/descent")" = 200 ]

# User + system CPU time of the server so far, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"; }
TICKS=$(getconf CLK_TCK)

median() { tr ' ' '\n' | grep . | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

declare -A rps p50 p99 cpu
for name in "${names[@]}"; do run "$name" "$WARMUP" >/dev/null; done
for round in $(seq 1 "$ROUNDS"); do
  for name in "${names[@]}"; do
    before=$(cpu_ticks)
    line=$(run "$name" "$DURATION" | grep '^RESULT ')
    after=$(cpu_ticks)
    read -r _ r a b errors bad count <<<"$line"
    c=$(awk -v t=$((after - before)) -v hz="$TICKS" -v n="$count" 'BEGIN { printf "%.0f", n ? 1e6 * t / hz / n : 0 }')
    if [ "$errors" != 0 ] || [ "$bad" != 0 ]; then
      echo "warning: $name had $errors socket errors and $bad non-2xx/3xx responses" >&2
    fi
    [ "$ROUNDS" = 1 ] || echo "round $round $name: $r requests/s, p50 $a ms, p99 $b ms, $c CPU µs/request, load $(cut -d' ' -f1 /proc/loadavg)"
    rps[$name]="${rps[$name]:-} $r"; p50[$name]="${p50[$name]:-} $a"; p99[$name]="${p99[$name]:-} $b"; cpu[$name]="${cpu[$name]:-} $c"
  done
done
for name in "${names[@]}"; do
  rps[$name]=$(echo "${rps[$name]}" | median); p50[$name]=$(echo "${p50[$name]}" | median)
  p99[$name]=$(echo "${p99[$name]}" | median); cpu[$name]=$(echo "${cpu[$name]}" | median)
done

printf '\n%-66s %11s %9s %9s %9s %13s\n' "scenario" "requests/s" "p50 ms" "p99 ms" "vs floor" "CPU µs/req"
for i in "${!names[@]}"; do
  name=${names[$i]}
  ratio=$(awk -v x="${rps[$name]}" -v f="${rps[floor]}" 'BEGIN { printf "%.1f%%", 100 * x / f }')
  printf '%-66s %11s %9s %9s %9s %13s\n' "${labels[$i]}" "${rps[$name]}" "${p50[$name]}" "${p99[$name]}" "$ratio" "${cpu[$name]}"
done
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
