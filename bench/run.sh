#!/usr/bin/env bash
# Times the real commands end to end on a realistic workload (docs/performance.md):
# the full SR28 table and curated foods shipped in foods/, a profile, and a 10-year journal
# at 12 entries a day. Prints, per command, the median wall time of RUNS warm runs, the
# peak RSS (from /usr/bin/time -v), and the time of `cat` on the files the command reads.
#   bench/run.sh [BUILD_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build} runs=${2:-15}
mgcalc=$(readlink -f "$build/mgcalc")
[[ -x $mgcalc && -x $build/mgcalc-bench-gen ]] || { echo "build first: ./dev.sh build" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
today=2026-03-04
"$build/mgcalc-bench-gen" "$work/data" "$today" 10
export MGCALC_HOME=$work/data MGCALC_TODAY=$today MGCALC_PROFILE=bench
j=$work/data/journal/bench
foods=(foods/usda-sr28.yaml foods/curated.yaml)
month() { echo "$j/$1.yaml"; }
"$mgcalc" check > /dev/null  # warm the page cache and any derived cache

median_ms() {  # median wall time in ms of "$@", run $runs times
  local t=()
  for _ in $(seq "$runs"); do
    local s e
    s=$(date +%s%N); "$@" > /dev/null 2>&1; e=$(date +%s%N)
    t+=($(( (e - s) / 1000 )))
  done
  printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1000}'
}
rss_mb() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident/ {printf "%.1f", $2/1024}'; }

printf '%-34s %9s %9s %12s\n' command "median ms" "peak MB" "cat ms"
# Instruction counts (valgrind callgrind) are repeatable where wall time is noisy:
# set CALLGRIND=1 to add them (slow).
instructions() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    awk '/Collected :/ {printf "%.1fM", $NF/1e6}'
}
[[ ${CALLGRIND:-} == 1 ]] && printf '%-34s %9s %9s %12s %10s\n' "" "" "" "" "instr"
row() {  # row LABEL "FILES..." -- CMD...
  local label=$1 files=$2; shift 3
  local ms mb cat_ms ir=""
  ms=$(median_ms "$@")
  mb=$(rss_mb "$@")
  # shellcheck disable=SC2086
  cat_ms=$(median_ms cat $files)
  [[ ${CALLGRIND:-} == 1 ]] && ir=$(instructions "$@")
  printf '%-34s %9s %9s %12s %10s\n' "$label" "$ms" "$mb" "$cat_ms" "$ir"
}
add_undo() { "$mgcalc" log add almonds "1 oz" > /dev/null && "$mgcalc" log undo > /dev/null; }
m3=$(month 2026-03) m2=$(month 2026-02) m1=$(month 2026-01) m12=$(month 2025-12)
row "log add" "${foods[*]} $m3" -- "$mgcalc" log add almonds "1 oz"
row "log show --date D" "$m3" -- "$mgcalc" log show --date 2026-03-02
row "check" "${foods[*]} $m2 $m3" -- "$mgcalc" check
row "check --days 30" "${foods[*]} $m1 $m2 $m3 $m12" -- "$mgcalc" check --days 30
for f in text markdown html json csv; do
  row "report week --format $f" "${foods[*]} $m1 $m2 $m3" -- "$mgcalc" report week --format "$f"
done
row "foods search" "${foods[*]}" -- "$mgcalc" foods search pumpkin seeds
row "foods show --amount" "${foods[*]}" -- "$mgcalc" foods show spinach-boiled --amount "1/2 cup"
row "export csv (10 years)" "$j/*.yaml" -- "$mgcalc" export csv
