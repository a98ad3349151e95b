#!/usr/bin/env bash
# Page weight: the bytes a first visit to each tutorial transfers, the HTML plus every stylesheet,
# script and image it references (and anything those stylesheets load with url(...)), with
# the encodings a browser accepts (Brotli, else gzip), with gzip alone and with none. The total with
# headers (bodies as a browser gets them plus every response's status line and headers) is what
# Lighthouse counts as transfer size; each lesson's is checked against the 30 KiB budget.
# Expects target/stepwise.jar:
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

# As a browser asks: curl's --compressed names br when curl can decode it; if it cannot, ask for br
# anyway and count the bytes as sent (size_download is what crossed the wire either way).
if curl -V | grep -qi brotli; then BROWSER=(--compressed); else BROWSER=(-H 'Accept-Encoding: br, gzip'); fi

# fetch PATH: prints "sent-body-bytes gzip-body-bytes plain-body-bytes header-bytes gzip-header-bytes content-encoding"
# and keeps the plain body in $WORK/body.
fetch() {
  local sent gz plain enc
  sent=$(curl -fsS "${BROWSER[@]}" -D "$WORK/headers" -o /dev/null -w '%{size_download} %{size_header}' "$BASE$1")
  gz=$(curl -fsS -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download} %{size_header}' "$BASE$1")
  plain=$(curl -fsS -o "$WORK/body" -w '%{size_download}' "$BASE$1")
  enc=$(tr -d '\r' <"$WORK/headers" | awk -F': ' 'tolower($1) == "content-encoding" { print $2 }')
  read -r body header <<<"$sent"
  echo "$body ${gz% *} $plain $header ${gz#* } ${enc:-identity}"
}

kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }

printf '%-34s %-46s %12s %12s %12s %10s\n' "page" "resource" "sent body" "gzip body" "plain body" "encoding"
verdicts=""
for page in "${PAGES[@]}"; do
  read -r sent gz plain header gzheader enc <<<"$(fetch "$page")"
  total_sent=$sent; total_gz=$gz; total_plain=$plain; total_headers=$header; total_gzheaders=$gzheader
  printf '%-34s %-46s %12s %12s %12s %10s\n' "$page" "(HTML)" "$sent" "$gz" "$plain" "$enc"
  # Only what a browser loads: not the links that name a page (rel prev, next, alternate, canonical).
  assets=$(grep -oE '<(link|script|img|source)[^>]*>' "$WORK/body" | grep -vE 'rel="(prev|next|alternate|canonical)"' | grep -oE '(href|src)="/[^"]*"' | sed -E 's/^(href|src)="//; s/"$//' | sed 's/&amp;/\&/g' | sort -u)
  seen=""
  while [ -n "$assets" ]; do
    next=""
    for asset in $assets; do
      case " $seen " in *" $asset "*) continue ;; esac
      seen="$seen $asset"
      read -r sent gz plain header gzheader enc <<<"$(fetch "$asset")"
      total_sent=$((total_sent + sent)); total_gz=$((total_gz + gz)); total_plain=$((total_plain + plain))
      total_headers=$((total_headers + header)); total_gzheaders=$((total_gzheaders + gzheader))
      printf '%-34s %-46s %12s %12s %12s %10s\n' "" "$asset" "$sent" "$gz" "$plain" "$enc"
      if [[ $asset == *.css ]]; then
        next="$next $(grep -oE 'url\(["'\'']?/[^)"'\'']*' "$WORK/body" | sed -E 's/^url\(["'\'']?//' | sort -u | tr '\n' ' ')"
      fi
    done
    assets=$(echo "$next" | xargs -n1 2>/dev/null | sort -u || true)
  done
  total=$((total_sent + total_headers))
  printf '%-34s %-46s %12s %12s %12s   (%s sent, %s with headers; gzip alone %s with headers)\n' "" "total" "$total_sent" "$total_gz" "$total_plain" "$(kb "$total_sent")" "$(kb "$total")" "$(kb $((total_gz + total_gzheaders)))"
  verdicts="$verdicts$(printf '%-34s %6s bytes with headers (%6s with gzip alone): %s' "$page" "$total" "$((total_gz + total_gzheaders))" "$([ "$total" -le "$BUDGET" ] && echo "within 30 KiB" || echo "OVER 30 KiB by $((total - BUDGET))")")"$'\n'
done
echo
printf '%s' "$verdicts"
