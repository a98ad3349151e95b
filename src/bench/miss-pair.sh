#!/usr/bin/env bash
# A never-cached step's CPU time here against another build's, measured in turns so that both
# see the same machine: the CPU time of a busy, shared machine drifts by a factor of two over
# minutes, which a comparison of two runs minutes apart cannot tell from a change in the code.
#
#   mvn -q package -DskipTests && src/bench/miss-pair.sh OTHER.jar
#
# Starts target/stepwise.jar and OTHER.jar side by side, warms both up with never-cached last-bias
# steps (load.sh's "miss" scenario, one connection), then ROUNDS times sends each in turn SLICE of
# them, and prints each server's CPU time per request (user + system, from /proc, the whole
# process: garbage collection and compilation count) and their ratio; then the medians.
# With TOGETHER=1 both get their slice at the same time instead, one client each: both cores stay
# busy, as under a class's load, where taking turns leaves one idle and every request pays for
# waking the server's threads (240–310 µs a request here, for either build).
# Settings: WARMUP (20s), ROUNDS (15), SLICE (2s), TOGETHER (0), JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
require_jar
OTHER=${1:?usage: src/bench/miss-pair.sh OTHER.jar}
[ -f "$OTHER" ] || { echo "No $OTHER" >&2; exit 1; }
WARMUP=${WARMUP:-20s}
ROUNDS=${ROUNDS:-15}
SLICE=${SLICE:-2s}
TOGETHER=${TOGETHER:-0}
command -v wrk >/dev/null || { echo "Needs wrk (apt-get install -y wrk)" >&2; exit 1; }

WORK=$(mktemp -d)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"' EXIT
miss_requests "$WORK/miss.lua"
echo 'done = function(summary) io.write(string.format("RESULT %d %d\n", summary.requests, summary.errors.status)) end' >>"$WORK/miss.lua"

start_server "$WORK/here.log"; HERE_PID=$SERVER_PID; HERE=$BASE; PIDS+=("$HERE_PID")
STEPWISE_JAR=$OTHER start_server "$WORK/other.log"; OTHER_PID=$SERVER_PID; THERE=$BASE; PIDS+=("$OTHER_PID")
SERVER_PID=

# slice PID URL DURATION: prints the CPU µs per request of one slice
slice() {
  local before after out
  before=$(cpu_ticks "$1")
  out=$(wrk -t1 -c1 -d"$3" -s "$WORK/miss.lua" "$2" | grep RESULT)
  after=$(cpu_ticks "$1")
  set -- $out
  [ "$3" = 0 ] || { echo "non-2xx answers" >&2; exit 1; }
  awk -v t=$((after - before)) -v n="$2" -v hz="$TICKS" 'BEGIN { printf "%.0f", t * 1e6 / hz / n }'
}

# both DURATION: one slice on each server at the same time; prints "here other" µs per request
both() {
  slice "$HERE_PID" "$HERE" "$1" >"$WORK/here.cpu" & local a=$!
  slice "$OTHER_PID" "$THERE" "$1" >"$WORK/other.cpu" & local b=$!
  wait $a $b
  echo "$(cat "$WORK/here.cpu") $(cat "$WORK/other.cpu")"
}

echo "here: $STEPWISE_JAR (pid $HERE_PID); other: $OTHER (pid $OTHER_PID); load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$TOGETHER" = 1 ]; then both "$WARMUP" >/dev/null
else slice "$HERE_PID" "$HERE" "$WARMUP" >/dev/null; slice "$OTHER_PID" "$THERE" "$WARMUP" >/dev/null; fi
hs=(); os=(); rs=()
for round in $(seq 1 "$ROUNDS"); do
  if [ "$TOGETHER" = 1 ]; then read -r h o <<<"$(both "$SLICE")"; [ -n "$o" ] || exit 1
  elif [ $((round % 2)) = 1 ]; then h=$(slice "$HERE_PID" "$HERE" "$SLICE"); o=$(slice "$OTHER_PID" "$THERE" "$SLICE")
  else o=$(slice "$OTHER_PID" "$THERE" "$SLICE"); h=$(slice "$HERE_PID" "$HERE" "$SLICE"); fi
  r=$(awk -v h="$h" -v o="$o" 'BEGIN { printf "%.2f", h / o }')
  hs+=("$h"); os+=("$o"); rs+=("$r")
  echo "round $round: here $h µs, other $o µs, ratio $r"
done
echo "median of $ROUNDS rounds: here $(echo "${hs[*]}" | median) µs, other $(echo "${os[*]}" | median) µs of CPU per never-cached step; ratio $(echo "${rs[*]}" | median); load average $(cut -d' ' -f1-3 /proc/loadavg)"
