# Shared by the benchmark scripts (sourced, not run): start target/stepwise.jar on a free
# loopback port, wait for /healthz, stop it again. Run the scripts from the project root.

STEPWISE_JAR=${STEPWISE_JAR:-target/stepwise.jar}

require_jar() {
  if [ ! -f "$STEPWISE_JAR" ]; then
    echo "No $STEPWISE_JAR: build it first with  mvn -q package -DskipTests" >&2
    exit 1
  fi
}

# A loopback port nobody listens on.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    if ! ss -ltnH "sport = :$port" | grep -q .; then
      echo "$port"
      return
    fi
  done
}

# start_server LOGFILE: sets SERVER_PID, PORT_USED and BASE; returns once /healthz answers 200.
start_server() {
  local log=$1
  PORT_USED=$(free_port)
  BASE="http://127.0.0.1:$PORT_USED"
  HOST=127.0.0.1 PORT=$PORT_USED java ${JAVA_OPTS:-} -jar "$STEPWISE_JAR" >"$log" 2>&1 &
  SERVER_PID=$!
  wait_healthy "$log"
}

wait_healthy() {
  local log=$1 i
  for i in $(seq 1 600); do
    if curl -fsS -o /dev/null "$BASE/healthz" 2>/dev/null; then return 0; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "The server exited; its log:" >&2
      cat "$log" >&2
      exit 1
    fi
    sleep 0.05
  done
  echo "No 200 from $BASE/healthz after 30 s" >&2
  exit 1
}

stop_server() {
  if [ -n "${SERVER_PID:-}" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}

# The request body of the README's example: the reference run of POST /api/v1/descent.
REFERENCE_DESCENT='{"network":{"layers":[1,2,1],"hiddenActivation":"softplus","outputActivation":"identity","weights":[3.34,-3.53,-1.22,-2.30],"biases":[-1.43,0.57,0.0]},"data":{"inputs":[[0],[0.5],[1]],"targets":[[0],[1],[0]]},"loss":"ssr","learningRate":0.1,"train":["b3"],"maxSteps":1000,"tolerance":0.001}'

# The median of the numbers on standard input (separated by spaces or lines).
median() { tr ' ' '\n' | grep . | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# cpu_ticks PID: user + system CPU time of a process so far, in clock ticks (TICKS a second).
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
TICKS=$(getconf CLK_TCK)

# miss_requests FILE: a wrk script's request part where every request is a last-bias step nobody
# asked for before (a new starting b3), so each one is computed and rendered: a cache miss. The
# caller appends its own done().
miss_requests() {
  {
    echo 'local n = 0'
    echo 'setup = function(thread) thread:set("seed", math.random(1, 1e9)) end'
    echo 'init = function() math.randomseed(seed) end'
    echo 'request = function()'
    echo '  n = n + 1'
    echo '  return wrk.format("GET", string.format("/tutorials/last-bias?b3=%.9f&lr=0.1&tol=0.001&steps=5", math.random() * 3 + n * 1e-9), {["HX-Request"] = "true"})'
    echo 'end'
  } >"$1"
}
