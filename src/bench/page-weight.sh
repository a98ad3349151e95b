#!/usr/bin/env bash
# Page weight: the bytes a first visit to each tutorial transfers, the HTML plus every stylesheet,
# script and image it references (and anything those stylesheets load with url(...)), with
# Accept-Encoding: gzip and without. The total with headers (compressed bodies plus every response's
# status line and headers) is what Lighthouse counts as transfer size; each lesson's is checked
# against the 30 KiB budget. Expects target/stepwise.jar:
#
#   mvn -q package -DskipTests && src/bench/page-weight.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
require_jar

WORK=$(mktemp -d)
trap 'stop_server; rm -rf "$WORK"' EXIT
start_server "$WORK/server.log"

PAGES=(/ /tutorials/last-bias /tutorials/all-parameters /tutorials/dynamic-programming)
BUDGET=30720 # 30 KiB, compressed bodies plus headers

# fetch PATH: prints "gzip-body-bytes plain-body-bytes header-bytes content-encoding" and keeps the body in $WORK/body.
fetch() {
  local gz plain enc
  gz=$(curl -fsS --compressed -D "$WORK/headers" -o "$WORK/body" -w '%{size_download} %{size_header}' "$BASE$1")
  plain=$(curl -fsS -o /dev/null -w '%{size_download}' "$BASE$1")
  enc=$(tr -d '\r' <"$WORK/headers" | awk -F': ' 'tolower($1) == "content-encoding" { print $2 }')
  read -r body header <<<"$gz"
  echo "$body $plain $header ${enc:-identity}"
}

kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }

printf '%-34s %-46s %12s %12s %10s\n' "page" "resource" "gzip body" "plain body" "encoding"
verdicts=""
for page in "${PAGES[@]}"; do
  read -r gz plain header enc <<<"$(fetch "$page")"
  total_gz=$gz; total_plain=$plain; total_headers=$header
  printf '%-34s %-46s %12s %12s %10s\n' "$page" "(HTML)" "$gz" "$plain" "$enc"
  # Only what a browser loads: not the links that name a page (rel prev, next, alternate, canonical).
  assets=$(grep -oE '<(link|script|img|source)[^>]*>' "$WORK/body" | grep -vE 'rel="(prev|next|alternate|canonical)"' | grep -oE '(href|src)="/[^"]*"' | sed -E 's/^(href|src)="//; s/"$//' | sed 's/&amp;/\&/g' | sort -u)
  seen=""
  while [ -n "$assets" ]; do
    next=""
    for asset in $assets; do
      case " $seen " in *" $asset "*) continue ;; esac
      seen="$seen $asset"
      read -r gz plain header enc <<<"$(fetch "$asset")"
      total_gz=$((total_gz + gz)); total_plain=$((total_plain + plain)); total_headers=$((total_headers + header))
      printf '%-34s %-46s %12s %12s %10s\n' "" "$asset" "$gz" "$plain" "$enc"
      if [[ $asset == *.css ]]; then
        next="$next $(grep -oE 'url\(["'\'']?/[^)"'\'']*' "$WORK/body" | sed -E 's/^url\(["'\'']?//' | sort -u | tr '\n' ' ')"
      fi
    done
    assets=$(echo "$next" | xargs -n1 2>/dev/null | sort -u || true)
  done
  total=$((total_gz + total_headers))
  printf '%-34s %-46s %12s %12s   (%s gzip, %s with headers)\n' "" "total" "$total_gz" "$total_plain" "$(kb "$total_gz")" "$(kb "$total")"
  verdicts="$verdicts$(printf '%-34s %6s bytes with headers: %s' "$page" "$total" "$([ "$total" -le "$BUDGET" ] && echo "within 30 KiB" || echo "OVER 30 KiB by $((total - BUDGET))")")"$'\n'
done
echo
printf '%s' "$verdicts"
