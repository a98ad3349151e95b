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
# Then the flood: FLOOD_CONNECTIONS (32) clients each asking for playground runs nobody asked for
# before (2-16-16-1, 5,000 steps, a new seed every request: about 80 ms of CPU and 470 KB each)
# while HIT_CONNECTIONS (16) fetch the cached step fragment and 4 more fetch /healthz, all three at
# once; prints the hits' and /healthz's latency beside the same hits alone, and what the flood got
# (its 503s are the server refusing work it has no core for, so they are counted, not warned about).
# Settings: DURATION (10s), WARMUP (10s, before each scenario's first round), ROUNDS (1; with more,
# the scenarios take turns and each figure is the median over the rounds), CONNECTIONS (64),
# THREADS (2), FLOOD_CONNECTIONS (32), HIT_CONNECTIONS (16), SCENARIOS (all: "floor fragment gzip
# miss page api flood"; name fewer to run only those), JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
require_jar

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-10s}
ROUNDS=${ROUNDS:-1}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
FLOOD_CONNECTIONS=${FLOOD_CONNECTIONS:-32}
HIT_CONNECTIONS=${HIT_CONNECTIONS:-16}

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
miss_requests "$WORK/miss.lua"
cat "$WORK/report.lua" >>"$WORK/miss.lua"
# Every request a playground run nobody asked for before (a new seed): heavy misses.
FLOOD_RUN="/playground?layers=2-16-16-1&act=tanh&out=identity&loss=ssr&train=all&data=0,0,0;0,1,1;1,0,1;1,1,0&lr=0.01&tol=0.000001&max=5000&steps=5000"
{
  echo 'local n = 0'
  echo 'setup = function(thread) thread:set("seed", math.random(1, 1e9)) end'
  echo 'init = function() math.randomseed(seed); base = math.random(0, 8e8) end'
  echo 'request = function()'
  echo '  n = n + 1'
  echo "  return wrk.format(\"GET\", string.format(\"$FLOOD_RUN&seed=%d\", base + n))"
  echo 'end'
  cat "$WORK/report.lua"
} >"$WORK/flood.lua"
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
SCENARIOS=${SCENARIOS:-floor fragment gzip miss page api flood}
all_names=(floor fragment gzip miss page api)
all_labels=("GET /healthz" "GET $STEP, HX-Request" "  the same, Accept-Encoding: gzip" "  a new b3 every request (never cached)" "GET $STEP" "POST /api/v1/descent")
names=(); labels=()
for i in "${!all_names[@]}"; do
  if [[ " $SCENARIOS " == *" ${all_names[$i]} "* ]]; then names+=("${all_names[$i]}"); labels+=("${all_labels[$i]}"); fi
done

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


declare -A rps p50 p99 cpu
for name in "${names[@]}"; do run "$name" "$WARMUP" >/dev/null; done
for round in $(seq 1 "$((${#names[@]} ? ROUNDS : 0))"); do
  for name in "${names[@]}"; do
    before=$(cpu_ticks "$SERVER_PID")
    line=$(run "$name" "$DURATION" | grep '^RESULT ')
    after=$(cpu_ticks "$SERVER_PID")
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
  ratio=$(awk -v x="${rps[$name]}" -v f="${rps[floor]:-0}" 'BEGIN { if (f) printf "%.1f%%", 100 * x / f; else print "-" }')
  printf '%-66s %11s %9s %9s %9s %13s\n' "${labels[$i]}" "${rps[$name]}" "${p50[$name]}" "${p99[$name]}" "$ratio" "${cpu[$name]}"
done

# The flood: heavy misses, cached hits and /healthz at the same time, one wrk each. The same hits
# alone first, for comparison.
flood_round() {
  local duration=$1
  wrk -t1 -c"$HIT_CONNECTIONS" -d"$duration" --latency -s "$WORK/report.lua" -H "HX-Request: true" "$BASE$STEP" | grep '^RESULT ' >"$WORK/alone"
  wrk -t1 -c"$FLOOD_CONNECTIONS" -d"$duration" --timeout 10s --latency -s "$WORK/flood.lua" "$BASE" | grep '^RESULT ' >"$WORK/flood" &
  local flood_pid=$!
  sleep 1
  local hit_duration=$(( ${duration%s} - 2 ))s
  wrk -t1 -c"$HIT_CONNECTIONS" -d"$hit_duration" --latency -s "$WORK/report.lua" -H "HX-Request: true" "$BASE$STEP" | grep '^RESULT ' >"$WORK/hits" &
  local hits_pid=$!
  wrk -t1 -c4 -d"$hit_duration" --latency -s "$WORK/report.lua" "$BASE/healthz" | grep '^RESULT ' >"$WORK/health"
  wait "$hits_pid" "$flood_pid"
}
[[ " $SCENARIOS " == *" flood "* ]] || { echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"; exit 0; }
flood_round "$WARMUP" >/dev/null
declare -A fl
for round in $(seq 1 "$ROUNDS"); do
  flood_round "$DURATION"
  for part in alone hits health flood; do
    # A wrk that got no answer at all prints no line.
    read -r _ r a b errors bad count <"$WORK/$part" || { r=0 a=- b=- bad=0 count=0; }
    [ "$ROUNDS" = 1 ] || echo "round $round flood $part: $r requests/s, p50 $a ms, p99 $b ms, $bad non-2xx, load $(cut -d' ' -f1 /proc/loadavg)"
    fl[$part.rps]="${fl[$part.rps]:-} $r"; fl[$part.p50]="${fl[$part.p50]:-} $a"; fl[$part.p99]="${fl[$part.p99]:-} $b"
    fl[$part.bad]="${fl[$part.bad]:-} $(awk -v b="$bad" -v n="$count" 'BEGIN { printf "%.1f", n ? 100 * b / n : 0 }')"
  done
done
printf '\n%-66s %11s %9s %9s %9s\n' "during the flood ($FLOOD_CONNECTIONS heavy-miss clients)" "requests/s" "p50 ms" "p99 ms" "non-2xx"
flood_labels=("the step fragment alone, $HIT_CONNECTIONS connections (before the flood)" "the step fragment, $HIT_CONNECTIONS connections, during the flood" "GET /healthz, 4 connections, during the flood" "the flood: a new 2-16-16-1 playground run every request")
i=0
for part in alone hits health flood; do
  printf '%-66s %11s %9s %9s %8s%%\n' "${flood_labels[$i]}" "$(echo "${fl[$part.rps]}" | median)" "$(echo "${fl[$part.p50]}" | median)" \
    "$(echo "${fl[$part.p99]}" | median)" "$(echo "${fl[$part.bad]}" | median)"
  i=$((i + 1))
done
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
