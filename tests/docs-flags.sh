#!/usr/bin/env bash
# Every rule the program can raise is described in docs/flags.md, and nothing more.
set -euo pipefail
mgcalc=$1 doc=$2
prog=$("$mgcalc" flags --format json | sed -n 's/^ *"id": "\([a-z0-9-]*\)",*$/\1/p' | sort)
docs=$(sed -n 's/^## `\([a-z0-9-]*\)`.*/\1/p' "$doc" | sort)
if [[ "$prog" != "$docs" ]]; then
  diff <(echo "$prog") <(echo "$docs") || true
  echo "docs/flags.md and 'mgcalc flags' disagree (left: program, right: docs)"
  exit 1
fi
echo "$(echo "$prog" | wc -l) rules documented"
