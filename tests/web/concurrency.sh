#!/usr/bin/env bash
# The web app and the CLI write the same journal at once (docs/web.md): 20 API clients and
# 20 CLI processes each add entries, every one with its own note; every acknowledged entry
# (HTTP 200, exit 0) is then in the journal exactly once, and nothing else is.
set -euo pipefail
mgcalc=$1
per=${2:-5}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'kill "${web_pid:-0}" 2> /dev/null || true; rm -rf "$tmp"' EXIT
source "$here/lib.sh"
export MGCALC_HOME=$tmp/data MGCALC_TODAY=2026-03-04
"$mgcalc" profile init t --age 45 --sex female > /dev/null
start_web "$mgcalc"
mkdir "$tmp/acks"

api_client() {
  local c=$1 i s
  for ((i = 0; i < per; i++)); do
    s=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
      -H "X-CSRF-Token: $csrf" -H "Origin: ${url%/}" \
      -d "{\"food\":\"banana\",\"amount\":\"1 medium\",\"note\":\"api-$c-$i\"}" "${url}api/v1/entries")
    [[ $s == 200 ]] && echo "api-$c-$i" >> "$tmp/acks/api-$c"
  done
  return 0
}
cli_client() {
  local c=$1 i
  for ((i = 0; i < per; i++)); do
    "$mgcalc" log add banana "1 medium" --note "cli-$c-$i" > /dev/null 2>&1 && echo "cli-$c-$i" >> "$tmp/acks/cli-$c"
  done
  return 0
}
pids=()
for c in $(seq 20); do
  api_client "$c" & pids+=($!)
  cli_client "$c" & pids+=($!)
done
wait "${pids[@]}"
stop_web

cat "$tmp"/acks/* | sort > "$tmp/acked"
"$mgcalc" log show --format json | jq -r '.entries[].note' | sort > "$tmp/journal"
acked=$(wc -l < "$tmp/acked")
echo "acknowledged: $acked of $((40 * per)); in the journal: $(wc -l < "$tmp/journal")"
dups=$(uniq -d "$tmp/journal")
[[ -z $dups ]] || { echo "FAIL: entries written twice: $dups"; exit 1; }
missing=$(comm -23 "$tmp/acked" "$tmp/journal")
[[ -z $missing ]] || { echo "FAIL: acknowledged but not in the journal: $missing"; exit 1; }
extra=$(comm -13 "$tmp/acked" "$tmp/journal")
[[ -z $extra ]] || { echo "FAIL: in the journal but never acknowledged: $extra"; exit 1; }
(( acked >= 20 * per )) || { echo "FAIL: too few writes succeeded ($acked)"; exit 1; }
echo "ok: every acknowledged entry is in the journal exactly once"
