#!/usr/bin/env bash
# Proves that concurrent writers never lose or corrupt an entry: 20 processes log 10 entries
# each at the same time; all 200 must land, with unique ids, and the journal must parse.
set -euo pipefail
mgcalc=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export MGCALC_HOME=$tmp MGCALC_TODAY=2026-03-04
"$mgcalc" profile init t --age 40 --sex female >/dev/null
for p in $(seq 1 20); do
  ( for i in $(seq 1 10); do "$mgcalc" log add almonds "$p g" --note "p$p-$i" >/dev/null; done ) &
done
wait
n=$("$mgcalc" log show --format json | grep -c '"id"')
ids=$("$mgcalc" log show --format json | grep '"id"' | sort -u | wc -l)
echo "entries: $n, unique ids: $ids"
[[ $n -eq 200 && $ids -eq 200 ]]
