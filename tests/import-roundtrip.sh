#!/usr/bin/env bash
# Round trips and the real-export corpus (issue #14, docs/import.md).
#
#   import-roundtrip.sh ten-years MGCALC BENCH_GEN
#     A generated ten-year journal, exported as CSV and as JSON and imported into empty data
#     directories, gives the same entries (the same export, byte for byte) and the same days.
#   import-roundtrip.sh real-exports MGCALC SHARED_EXPORTS
#     Each real Cronometer export beside the repository (never copied into it) is imported;
#     per-day food and supplement magnesium must equal sums computed here, independently,
#     from the CSV (to 0.01 mg), and the journal must survive an export/import round trip.
#     Exit 77 (skipped) when the folder is absent.
set -euo pipefail
mode=$1 mgcalc=$2 arg=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export MGCALC_TODAY=2026-03-04 TZ=UTC LC_ALL=C.UTF-8
export XDG_CACHE_HOME=$tmp/cache

profile() { MGCALC_HOME=$1 "$mgcalc" profile init "${MGCALC_PROFILE:-ann}" --age 40 --sex female > /dev/null; }

# Exports $1's journal as CSV and JSON, imports each into a fresh data directory, and
# checks that both give back exactly the same export and the same days.
round_trip() {
  local home=$1 from=$2 to=$3 fmt
  MGCALC_HOME=$home "$mgcalc" export csv --output "$tmp/all.csv"
  MGCALC_HOME=$home "$mgcalc" export json --output "$tmp/all.json"
  MGCALC_HOME=$home "$mgcalc" log show --from "$from" --to "$to" --format json \
    | jq -c '.days' > "$tmp/days.json"
  for fmt in csv json; do
    rm -rf "$tmp/back"; profile "$tmp/back"
    MGCALC_HOME=$tmp/back "$mgcalc" import mgcalc "$tmp/all.$fmt" > /dev/null
    MGCALC_HOME=$tmp/back "$mgcalc" export "$fmt" | cmp - "$tmp/all.$fmt" \
      || { echo "FAIL: $fmt round trip changed the journal of $home"; exit 1; }
    MGCALC_HOME=$tmp/back "$mgcalc" log show --from "$from" --to "$to" --format json \
      | jq -c '.days' | cmp - "$tmp/days.json" \
      || { echo "FAIL: $fmt round trip changed the days of $home"; exit 1; }
    [[ $(MGCALC_HOME=$tmp/back "$mgcalc" import mgcalc "$tmp/all.$fmt" --format json \
         | jq .imported) == 0 ]] || { echo "FAIL: re-import of $fmt added entries"; exit 1; }
  done
  echo "ok round trip: $(($(wc -l < "$tmp/all.csv") - 1)) entries as CSV and JSON"
}

ten_years() {
  "$arg" "$tmp/gen" 2026-03-04 10 > /dev/null
  MGCALC_PROFILE=bench round_trip "$tmp/gen" 2016-03-06 2026-03-04
}

# Per day: "DATE FOOD_MG SUPPLEMENT_MG", summed from the CSV's non-empty Magnesium cells;
# rows whose Group or Category is Supplements are supplements.
sums_from_csv() {
  python3 - "$1" <<'PY'
import csv, sys
from collections import defaultdict
food, supp = defaultdict(float), defaultdict(float)
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    for row in csv.DictReader(f):
        row = {k.strip(): (v or '').strip() for k, v in row.items()}
        if not row.get('Magnesium (mg)'):
            continue
        y, m, d = (int(p) for p in row['Day'].split('-'))
        day = f'{y:04}-{m:02}-{d:02}'
        groups = {row.get('Group', '').lower(), row.get('Category', '').lower()}
        (supp if 'supplements' in groups else food)[day] += float(row['Magnesium (mg)'])
for day in sorted(set(food) | set(supp)):
    print(day, f'{food[day]:.3f}', f'{supp[day]:.3f}')
PY
}

# The same from mgcalc's journal, at stored precision (export json keeps every digit).
sums_from_journal() {
  MGCALC_HOME=$1 "$mgcalc" export json | jq -r '
    [.entries[] | select(.kind == "food" or .kind == "supplement")]
    | group_by(.date)[]
    | [.[0].date,
       ([.[] | select(.kind == "food") | .magnesium_mg] | add // 0),
       ([.[] | select(.kind == "supplement") | .magnesium_mg] | add // 0)]
    | "\(.[0]) \(.[1]) \(.[2])"'
}

real_exports() {
  if [[ ! -d $arg ]] || ! ls "$arg"/cronometer-*-servings.csv > /dev/null 2>&1; then
    echo "real exports not found at $arg; skipping"
    exit 77
  fi
  command -v python3 > /dev/null || { echo "python3 not found; skipping"; exit 77; }
  local f n=0
  for f in "$arg"/cronometer-*-servings.csv; do
    rm -rf "$tmp/real"; profile "$tmp/real"
    MGCALC_HOME=$tmp/real "$mgcalc" import cronometer "$f" > /dev/null
    sums_from_csv "$f" > "$tmp/want"
    sums_from_journal "$tmp/real" > "$tmp/got"
    paste -d' ' "$tmp/want" "$tmp/got" | awk -v f="$(basename "$f")" '
      $1 != $4 || ($2 - $5) > 0.01 || ($5 - $2) > 0.01 || ($3 - $6) > 0.01 || ($6 - $3) > 0.01 {
        print "FAIL: " f " " $0; bad = 1 }
      END { exit bad }'
    [[ $(wc -l < "$tmp/want") == $(wc -l < "$tmp/got") ]] \
      || { echo "FAIL: $f: days differ"; diff "$tmp/want" "$tmp/got"; exit 1; }
    echo "ok $(basename "$f"): $(wc -l < "$tmp/want") days, food and supplements per day to 0.01 mg;" \
      "$(awk '$3 > 0' "$tmp/want" | wc -l) with supplements"
    round_trip "$tmp/real" "$(head -1 "$tmp/want" | cut -d' ' -f1)" \
      "$(tail -1 "$tmp/want" | cut -d' ' -f1)"
    n=$((n + 1))
  done
  for f in "$arg"/cronometer-*-dailysummary.csv; do
    [[ -f $f ]] || continue
    rm -rf "$tmp/real"; profile "$tmp/real"
    MGCALC_HOME=$tmp/real "$mgcalc" import cronometer-daily "$f" > /dev/null
    python3 -c 'import csv,sys
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    if r["Magnesium (mg)"].strip(): print(r["Date"], "%.3f" % float(r["Magnesium (mg)"]))' "$f" \
      > "$tmp/want"
    MGCALC_HOME=$tmp/real "$mgcalc" export json \
      | jq -r '.entries[] | select(.kind == "total") | "\(.date) \(.magnesium_mg)"' > "$tmp/got"
    paste -d' ' "$tmp/want" "$tmp/got" | awk '$1 != $3 || ($2 - $4) > 0.01 || ($4 - $2) > 0.01 {
      print "FAIL: daily " $0; bad = 1 } END { exit bad }'
    echo "ok $(basename "$f"): $(wc -l < "$tmp/want") day totals"
  done
  for f in "$arg"/myfitnesspal-*.csv; do
    [[ -f $f ]] || continue
    rm -rf "$tmp/real"; profile "$tmp/real"
    if MGCALC_HOME=$tmp/real "$mgcalc" import cronometer "$f" > "$tmp/out" 2>&1 \
      || ! grep -q "no magnesium column" "$tmp/out"; then
      echo "FAIL: $f was not refused for its missing magnesium column"; cat "$tmp/out"; exit 1
    fi
    echo "ok $(basename "$f"): refused, no magnesium column"
  done
  [[ $n -gt 0 ]]
}

case $mode in
  ten-years) ten_years ;;
  real-exports) real_exports ;;
  *) echo "usage: import-roundtrip.sh ten-years|real-exports MGCALC ARG" >&2; exit 2 ;;
esac
