#!/usr/bin/env bash
# Runs every command of docs/guide.md's `sh` blocks, in order, in a scratch data directory
# with a fixed date: each must succeed, so the guide cannot rot.
set -uo pipefail
mgcalc=$(readlink -f "$1") src=$(readlink -f "$2")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" && ln -s "$mgcalc" "$tmp/bin/mgcalc"
cp "$src/tests/data/cronometer-servings.csv" "$tmp/servings.csv"
cd "$tmp"
export PATH="$tmp/bin:$PATH" HOME="$tmp" MGCALC_HOME="$tmp/data" MGCALC_TODAY=2026-03-04 NO_COLOR=1
n=0 fail=0
while IFS= read -r cmd; do
  n=$((n + 1))
  if ! out=$(bash -c "$cmd" 2>&1); then
    echo "FAIL: $cmd"; echo "$out" | head -20; fail=1
  else
    echo "ok: $cmd"
  fi
done < <(awk '/^```sh$/ {on=1; next} /^```/ {on=0} on && NF && $1 != "#"' "$src/docs/guide.md")
echo "$n guide commands run"
[[ $n -gt 20 && $fail -eq 0 ]]
