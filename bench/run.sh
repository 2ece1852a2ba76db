#!/usr/bin/env bash
# Times the real commands end to end on a realistic workload (docs/performance.md, issue #18):
# the food database shipped in foods/, a profile, and a 10-year journal at 12 entries a day.
# Each command's median of RUNS warm runs is compared, in the same run, with the program's
# own floor, `mgcalc --version` (same binary, same libraries, no files read), and with its
# target; peak RSS (from /usr/bin/time -v) of everyday commands must stay under 15 MB. Exits 1 when a target is
# missed, so that a regression is a red line, not a number to eyeball.
#   bench/run.sh [BUILD_DIR] [RUNS]       CALLGRIND=1 adds instruction counts (slow)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build} runs=${2:-15}
mgcalc=$(readlink -f "$build/mgcalc")
for t in mgcalc mgcalc-bench-gen mgcalc-bench-append; do
  [[ -x $build/$t ]] || { echo "build first: ./dev.sh build ($build/$t missing)" >&2; exit 2; }
done
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
today=2026-03-04
"$build/mgcalc-bench-gen" "$work/data" "$today" 10
export MGCALC_HOME=$work/data MGCALC_TODAY=$today MGCALC_PROFILE=bench
export MGCALC_CACHE_DIR=$work/cache
j=$work/data/journal/bench
"$mgcalc" check > /dev/null  # warm the page cache and the derived cache

now_us() { local t; t=$(date +%s%N); echo $((t / 1000)); }
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m/1000}'; }
# Median wall times in ms of the floor (`mgcalc --version`) and of "$@", run alternately
# $runs times each, so that both see the same machine load: sets $floor_ms and $ms.
time_pair() {
  local f=() c=() s
  for _ in $(seq "$runs"); do
    s=$(now_us); "$mgcalc" --version > /dev/null 2>&1; f+=($(( $(now_us) - s )))
    s=$(now_us); "$@" > /dev/null 2>&1; c+=($(( $(now_us) - s )))
  done
  floor_ms=$(printf '%s\n' "${f[@]}" | median)
  ms=$(printf '%s\n' "${c[@]}" | median)
}
rss_mb() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident/ {printf "%.1f", $2/1024}'; }
instructions() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    awk '/Collected :/ {printf "%.1fM", $NF/1e6}'
}

fsync=$("$build/mgcalc-bench-append" "$work/append-probe" "$runs")
printf 'one fsync'"'"'d append alone: %s ms; %s runs each, alternating with mgcalc --version\n\n' \
  "$fsync" "$runs"
printf '%-34s %8s %8s %7s %15s %8s %6s %s\n' command "ms" "floor ms" "x floor" "target" \
  "peak MB" "" "${CALLGRIND:+instr}"
missed=0
# row LABEL KIND LIMIT -- CMD...   KIND: ratio (LIMIT x floor), fsync (LIMIT x floor + one
# fsync'd append), ms (LIMIT ms absolute)
row() {
  local label=$1 kind=$2 limit=$3; shift 4
  local ms floor_ms mb ir="" budget target ok=ok
  time_pair "$@"
  local floor=$floor_ms
  mb=$(rss_mb "$@")
  [[ -n ${CALLGRIND:-} ]] && ir=$(instructions "$@")
  case $kind in
    ratio) budget=$(awk -v f="$floor" -v l="$limit" 'BEGIN {printf "%.2f", f * l}')
           target="<= ${limit}x" ;;
    fsync) budget=$(awk -v f="$floor" -v l="$limit" -v s="$fsync" 'BEGIN {printf "%.2f", f * l + s}')
           target="<= ${limit}x+fsync" ;;
    ms)    budget=$limit target="<= ${limit} ms" ;;
  esac
  awk -v m="$ms" -v b="$budget" 'BEGIN {exit !(m <= b)}' || ok=MISSED
  # Peak RSS is an everyday-command target; a ten-year export and a cache rebuild are not.
  [[ $kind == ms ]] || awk -v r="$mb" 'BEGIN {exit !(r <= 15)}' || ok=MISSED
  [[ $ok == ok ]] || missed=$((missed + 1))
  printf '%-34s %8s %8s %7s %15s %8s %6s %s\n' "$label" "$ms" "$floor" \
    "$(awk -v m="$ms" -v f="$floor" 'BEGIN {printf "%.1f", m / f}')" "$target" "$mb" "$ok" "$ir"
}

row "log add" fsync 3 -- "$mgcalc" log add almonds "1 oz"
row "log show --date D" ratio 3 -- "$mgcalc" log show --date 2026-03-02
row "check" ratio 3 -- "$mgcalc" check
row "check --days 30" ratio 3 -- "$mgcalc" check --days 30
for f in text markdown html json csv; do
  row "report week --format $f" ratio 3 -- "$mgcalc" report week --format "$f"
done
row "foods show (curated)" ratio 3 -- "$mgcalc" foods show spinach-boiled --amount "1/2 cup"
row "foods show (SR28)" ratio 3 -- "$mgcalc" foods show usda-12014
if [[ -f foods/usda-fndds.yaml ]]; then
  fndds=$(awk -F'id: ' '/^- \{id: fndds-/ {split($2, a, ","); print a[1]; exit}' foods/usda-fndds.yaml)
  row "foods show (as eaten)" ratio 3 -- "$mgcalc" foods show "$fndds"
fi
row "profile show" ratio 3 -- "$mgcalc" profile show
row "rda" ratio 3 -- "$mgcalc" rda
row "foods search pumpkin seeds" ratio 4 -- "$mgcalc" foods search pumpkin seeds
row "foods search pumkin seeds (typo)" ratio 4 -- "$mgcalc" foods search pumkin seeds
row "foods search pizza" ratio 4 -- "$mgcalc" foods search pizza
row "__complete log add <food>" ratio 4 -- "$mgcalc" __complete -- log add alm
row "export csv (10 years)" ms 50 -- "$mgcalc" export csv
# The first run after a food file changes: the cache is rebuilt (a new cache dir each run).
row "cache rebuild (foods show SR28)" ms 150 -- bash -c \
  'MGCALC_CACHE_DIR=$(mktemp -d -p "$0") exec "$1" foods show usda-12014' "$work" "$mgcalc"
"$mgcalc" log show > /dev/null  # the journal is intact after the log add runs

echo
if (( missed )); then echo "$missed target(s) missed"; exit 1; fi
echo "every target met"
