#!/usr/bin/env bash
# Checks deploy/stepwise.service with systemd-analyze: `verify` (syntax, directives, ExecStart
# binary) and `security --offline` (the exposure score of its sandboxing). Needs no running systemd.
#
#   deploy/verify-unit.sh
set -euo pipefail
cd "$(dirname "$0")"
# verify looks up User=; without a stepwise user on this machine it would only warn about that.
systemd-analyze verify ./stepwise.service
echo "systemd-analyze verify: ok"
systemd-analyze security --offline=yes --no-pager ./stepwise.service | tail -1
