#!/usr/bin/env bash
# A failed write (disk full, short write, I/O error) leaves the journal byte-identical and the
# command fails with a clear message and exit 4; a read-only data directory gives a clear
# error; temp files left by a killed writer are cleaned up and never read as data.
# Faults are injected with LD_PRELOAD (tests/fault/inject.cpp).
set -uo pipefail
mgcalc=$1 fault=$(readlink -f "$2")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export MGCALC_HOME=$tmp/data MGCALC_TODAY=2026-03-04 MGCALC_NO_CACHE=1
fail=0
"$mgcalc" profile init t --age 40 --sex female > /dev/null
"$mgcalc" log add almonds "1 oz" > /dev/null
"$mgcalc" log add banana "1 medium" > /dev/null
j=$tmp/data/journal/t/2026-03.yaml
cp "$j" "$tmp/before"

expect() {  # expect NAME FAULT PATH-PATTERN WANT-EXIT WANT-TEXT -- CMD...
  local name=$1 kind=$2 pat=$3 want=$4 text=$5; shift 6
  local out rc
  out=$(LD_PRELOAD=$fault MGCALC_FAULT=$kind MGCALC_FAULT_PATH=$pat "$@" 2>&1); rc=$?
  if [[ $rc -ne $want ]] || ! grep -q -- "$text" <<< "$out"; then
    echo "FAIL $name: exit $rc (want $want), output: $out"; fail=1; return
  fi
  if ! cmp -s "$j" "$tmp/before"; then echo "FAIL $name: the journal changed"; fail=1; return; fi
  if ls -A "$(dirname "$j")" | grep -q mgcalc-tmp; then echo "FAIL $name: a temp file was left"; fail=1; return; fi
  echo "ok $name: $(grep -m1 'error' <<< "$out")"
}

expect "append, disk full" write-enospc /journal/ 4 "No space left on device" -- "$mgcalc" log add spinach-raw "1 cup"
expect "append, short write" write-short /journal/ 4 "short write" -- "$mgcalc" log add spinach-raw "1 cup"
expect "append, I/O error on fsync" fsync-eio /journal/ 4 "Input/output error" -- "$mgcalc" log add spinach-raw "1 cup"
expect "rewrite, disk full" write-enospc /journal/ 4 "nothing was changed" -- "$mgcalc" log rm 20260304-1
expect "rewrite, I/O error" fsync-eio /journal/ 4 "nothing was changed" -- "$mgcalc" log undo
expect "read-only data dir" open-erofs /data/ 4 "Read-only file system" -- "$mgcalc" log add spinach-raw "1 cup"
expect "read-only, new month" open-erofs /data/ 4 "Read-only file system" -- "$mgcalc" log add spinach-raw "1 cup" --date 2026-04-01

# The journal still reads after all that, with exactly the two entries.
n=$("$mgcalc" log show --format json | grep -c '"id"')
[[ $n -eq 2 ]] || { echo "FAIL: expected 2 entries, found $n"; fail=1; }

# A report written with --output is all or nothing.
LD_PRELOAD=$fault MGCALC_FAULT=write-enospc MGCALC_FAULT_PATH=mgcalc-tmp "$mgcalc" report week --format html --output "$tmp/out.html" > /dev/null 2>&1
[[ $? -eq 4 && ! -e $tmp/out.html ]] && echo "ok report --output, disk full: no file" || { echo "FAIL: report --output left a file"; fail=1; }
ls -A "$tmp" | grep -q mgcalc-tmp && { echo "FAIL: report left a temp file"; fail=1; }

# Leftovers of a killed writer are removed by the next writer and never read as data.
printf -- '- {id: junk, date: 2026-03-04, kind: food' > "$(dirname "$j")/.mgcalc-tmp-AbC123"
"$mgcalc" log add spinach-raw "1 cup" > /dev/null || { echo "FAIL: log add after leftover temp"; fail=1; }
ls -A "$(dirname "$j")" | grep -q mgcalc-tmp && { echo "FAIL: leftover temp file not cleaned"; fail=1; } || echo "ok leftover temp file cleaned"
exit $fail
