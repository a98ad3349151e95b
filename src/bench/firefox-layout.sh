#!/usr/bin/env bash
# Layout in Firefox: every lesson state at 390 px (light and dark) and 1280 px must not scroll
# sideways, nothing may stick out past the edge outside a box that scrolls, and every table box
# shows some of its table (the checks LayoutIT makes in Chromium; see firefox-layout.mjs). Not
# part of mvn verify: it needs Firefox (Debian: apt-get install firefox-esr, /usr/bin/firefox-esr)
# and Node with the npm package puppeteer-core, installed on first use into PUPPETEER_DIR
# (default ~/.cache/stepwise-bench/puppeteer), outside the project. ENGINES="firefox chromium"
# runs the same checks in /usr/bin/chromium too; BOXES=1, SHOTS=dir, VIEWS and
# CLASSIC_SCROLLBARS=1 are passed on. Expects target/stepwise.jar:
#
#   mvn -q package -DskipTests && src/bench/firefox-layout.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
require_jar

export PUPPETEER_DIR=${PUPPETEER_DIR:-$HOME/.cache/stepwise-bench/puppeteer}
if [ ! -d "$PUPPETEER_DIR/node_modules/puppeteer-core" ]; then
  mkdir -p "$PUPPETEER_DIR"
  (cd "$PUPPETEER_DIR" && npm install --silent --no-audit --no-fund puppeteer-core)
fi

WORK=$(mktemp -d)
trap 'stop_server; rm -rf "$WORK"' EXIT
start_server "$WORK/server.log"

status=0
for engine in ${ENGINES:-firefox}; do
  node src/bench/firefox-layout.mjs "$engine" "$BASE" || status=1
done
exit $status
