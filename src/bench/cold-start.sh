#!/usr/bin/env bash
# Cold start: time from `java -jar target/stepwise.jar` to the first 200 on /healthz, over RUNS
# runs (default 7); prints each run and the median. JAVA_OPTS is passed to java.
#
#   mvn -q package -DskipTests && src/bench/cold-start.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
require_jar

RUNS=${RUNS:-7}
WORK=$(mktemp -d)
trap 'stop_server; rm -rf "$WORK"' EXIT

times=()
for run in $(seq 1 "$RUNS"); do
  port=$(free_port)
  BASE="http://127.0.0.1:$port"
  t0=$(date +%s%N)
  HOST=127.0.0.1 PORT=$port java ${JAVA_OPTS:-} -jar "$STEPWISE_JAR" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  until curl -fsS -o /dev/null "$BASE/healthz" 2>/dev/null; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then cat "$WORK/server.log" >&2; exit 1; fi
    sleep 0.01
  done
  t1=$(date +%s%N)
  ms=$(( (t1 - t0) / 1000000 ))
  times+=("$ms")
  echo "run $run: ${ms} ms"
  stop_server
done
median=$(echo "${times[*]}" | median)
echo "median of $RUNS runs: ${median} ms (min $(printf '%s\n' "${times[@]}" | sort -n | head -1) ms, max $(printf '%s\n' "${times[@]}" | sort -n | tail -1) ms)"
