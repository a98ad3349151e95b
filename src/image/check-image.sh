#!/usr/bin/env bash
# Checks target/stepwise-image.tar (from `mvn -Pimage package`): its manifest and config (non-root
# user, entrypoint and JVM flags, environment, exposed port), then runs it. With a working Docker
# daemon: docker load, then docker run read-only as compose does. Without one: unpacks the layers
# and runs the entrypoint in a chroot on a read-only bind mount with a tmpfs /tmp, as the non-root
# user (needs root for chroot and mounts); checks /healthz, the health-check command, /metrics on
# METRICS_PORT, the time to the first 200 and the RSS, and that SIGTERM ends it with 143.
#
#   mvn -Pimage package -DskipTests && src/image/check-image.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
TAR=${IMAGE_TAR:-target/stepwise-image.tar}
[ -f "$TAR" ] || { echo "No $TAR: build it with  mvn -Pimage package -DskipTests" >&2; exit 1; }

WORK=$(mktemp -d)
CHILD=
cleanup() {
  [ -z "$CHILD" ] || kill "$CHILD" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
tar -xf "$TAR" -C "$WORK"

# The manifest and config, as a container runtime reads them.
python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
manifest = json.load(open(f"{work}/manifest.json"))[0]
config = json.load(open(f"{work}/{manifest['Config']}"))["config"]
env = dict(e.split("=", 1) for e in config["Env"])
checks = {
    "runs as a non-root user": config["User"] not in ("", "0", "root") and not config["User"].startswith("0:"),
    "exposes 7070/tcp": "7070/tcp" in config["ExposedPorts"],
    "listens on every interface of the container": env.get("HOST") == "0.0.0.0" and env.get("PORT") == "7070",
    "java is on PATH": "/opt/java/openjdk/bin" in env.get("PATH", ""),
    "the heap follows the memory limit": "-XX:MaxRAMPercentage=50" in config["Entrypoint"],
    "exits on OutOfMemoryError": "-XX:+ExitOnOutOfMemoryError" in config["Entrypoint"],
    "writes no hsperfdata": "-XX:-UsePerfData" in config["Entrypoint"],
    "starts io.stepwise.App": config["Entrypoint"][-1] == "io.stepwise.App",
}
print("Image", manifest["RepoTags"][0], "-", len(manifest["Layers"]), "layers")
print("  User", config["User"], "| Entrypoint", " ".join(config["Entrypoint"]))
print("  Env", " ".join(config["Env"]))
for name, ok in checks.items():
    print(("  ok   " if ok else "  FAIL ") + name)
if not all(checks.values()):
    sys.exit(1)
with open(f"{work}/entrypoint", "w") as f:
    f.write("\n".join(config["Entrypoint"]))
with open(f"{work}/env", "w") as f:
    f.write("\n".join(config["Env"]))
with open(f"{work}/layers", "w") as f:
    f.write("\n".join(manifest["Layers"]))
PY

PORT_USED=$(free_port)
METRICS=$(free_port)
BASE="http://127.0.0.1:$PORT_USED"
mapfile -t entrypoint <"$WORK/entrypoint"
mapfile -t image_env <"$WORK/env"

if timeout 10 docker info >/dev/null 2>&1; then
  echo "Docker: docker load and docker run --read-only"
  docker load -i "$TAR"
  tag=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["RepoTags"][0])' "$WORK/manifest.json")
  id=$(docker run -d --rm --read-only --tmpfs /tmp --memory 512m -p "127.0.0.1:$PORT_USED:7070" -e METRICS_PORT=9100 "$tag")
  CHILD=
  trap 'docker stop "$id" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
  SERVER_PID=$(docker inspect -f '{{.State.Pid}}' "$id")
  wait_healthy /dev/null
  docker exec "$id" java -Xshare:auto -XX:TieredStopAtLevel=1 -cp @/app/jib-classpath-file io.stepwise.web.ops.HealthCheck
  echo "ok   health-check command"
  docker stop "$id" >/dev/null
  exit 0
fi

echo "No Docker daemon here (docker info: $(timeout 10 docker info 2>&1 | grep -m1 -i "cannot connect" || true)):"
echo "running the image's layers in a read-only chroot instead"
[ "$(id -u)" = 0 ] || { echo "(needs root for chroot and mounts; stopping after the config checks)"; exit 0; }
ROOT="$WORK/rootfs"
mkdir -p "$ROOT"
while read -r layer || [ -n "$layer" ]; do tar -xzf "$WORK/$layer" -C "$ROOT" 2>/dev/null; done <"$WORK/layers"
mkdir -p "$ROOT/proc"
user=$(python3 -c 'import json,sys; m=json.load(open(sys.argv[1]+"/manifest.json"))[0]; print(json.load(open(sys.argv[1]+"/"+m["Config"]))["config"]["User"])' "$WORK")

# A private mount namespace: the tree read-only, a tmpfs /tmp (noexec, as Docker mounts one), /proc; the host's network, so the
# port is reachable on loopback. The image's environment, with this run's ports.
t0=$(date +%s%N)
env -i "${image_env[@]}" HOST=127.0.0.1 PORT="$PORT_USED" METRICS_PORT="$METRICS" unshare --mount --fork sh -c '
  root=$1; user=$2; shift 2
  mount --bind "$root" "$root" && mount -o remount,bind,ro "$root"
  mount -t tmpfs -o size=64m,mode=1777,noexec,nosuid,nodev tmpfs "$root/tmp"
  mount -t proc proc "$root/proc"
  exec chroot --userspec="$user" "$root" "$@"
' sh "$ROOT" "$user" "${entrypoint[@]}" >"$WORK/server.log" 2>&1 &
CHILD=$!
SERVER_PID=$CHILD
wait_healthy "$WORK/server.log"
t1=$(date +%s%N)
echo "ok   /healthz answered 200, $(( (t1 - t0) / 1000000 )) ms after start"
java_pid=$(pgrep -f "^java .*io.stepwise.App" -n)
echo "     as $(ps -o user= -p "$java_pid") (uid $(awk '/^Uid:/ { print $2 }' "/proc/$java_pid/status")), RSS $(awk '/^VmRSS:/ { print int($2 / 1024) " MiB" }' "/proc/$java_pid/status")"
curl -fsS -o /dev/null "$BASE/tutorials/last-bias?steps=3" && echo "ok   a lesson page"
curl -fsS "http://127.0.0.1:$METRICS/metrics" | grep -q '^stepwise_http_requests_total{method="GET",route="/tutorials/last-bias",status="200"} 1' \
  && echo "ok   /metrics on METRICS_PORT counted it"
grep -q '^INFO access - method=GET route=/tutorials/last-bias status=200' "$WORK/server.log" && echo "ok   the access log has the request, without its query"
grep -qi 'read-only\|exception' "$WORK/server.log" && { echo "FAIL the log shows an error:"; cat "$WORK/server.log"; exit 1; }
curl -fsS -H 'Accept-Encoding: br, gzip' -D - -o /dev/null "$BASE/tutorials/dynamic-programming" | grep -qi '^content-encoding: br' \
  && echo "ok   sent with Brotli ($(grep -m1 '^Compression' "$WORK/server.log"))" || { echo "FAIL no Brotli:"; cat "$WORK/server.log"; exit 1; }
# The compose health check: the same java and classpath, a short-lived JVM.
env -i "${image_env[@]}" PORT="$PORT_USED" unshare --mount --fork sh -c 'root=$1; user=$2; shift 2; mount -t proc proc "$root/proc"; exec chroot --userspec="$user" "$root" "$@"' \
  sh "$ROOT" "$user" java -XX:TieredStopAtLevel=1 -XX:-UsePerfData -cp @/app/jib-classpath-file io.stepwise.web.ops.HealthCheck \
  && echo "ok   the health-check command exits 0"
kill -TERM "$java_pid"
status=0
wait "$CHILD" || status=$?
CHILD=
[ "$status" = 143 ] && echo "ok   SIGTERM: exit status 143" || { echo "FAIL exit status $status after SIGTERM"; cat "$WORK/server.log"; exit 1; }
