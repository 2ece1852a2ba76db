#!/usr/bin/env bash
# Every command `mgcalc help` lists is in the man page and in docs/usage.md.
set -euo pipefail
mgcalc=$1 src=$2
fail=0
while read -r name; do
  grep -qF "$name" "$src/docs/mgcalc.1" || { echo "missing from docs/mgcalc.1: $name"; fail=1; }
  grep -qF "\`$name" "$src/docs/usage.md" || { echo "missing from docs/usage.md: $name"; fail=1; }
done < <("$mgcalc" help | sed -n 's/^  \([a-z][a-z]*\( [a-z][a-z]*\)\{0,1\}\)  .*/\1/p' | sed 's/ *$//')
[[ $fail -eq 0 ]] && echo "every command is documented"
exit $fail
