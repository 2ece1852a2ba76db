#!/usr/bin/env bash
# Minimal cram-style golden test runner (see tests/cli/README.md).
#   cram.sh MGCALC_BINARY TEST.t         run one scenario; exit 1 and show a diff on mismatch
#   MGCALC_UPDATE=1 cram.sh BINARY TEST.t   rewrite TEST.t with the actual output
# In a .t file, lines indented by two spaces and starting with "$ " are commands ("> " lines
# continue them); the indented lines after a command are its expected stdout+stderr, then
# "[N]" when the exit code is not 0. Unindented lines are prose.
# Each scenario runs in a fresh temporary directory that is also the data directory, with a
# fixed date (MGCALC_TODAY=2026-03-04), NO_COLOR, and `mgcalc` on PATH; the data directory
# is ./data, and the scratch path is printed as $WORK, the repository as $ROOT.
set -uo pipefail
bin=$(readlink -f "$1") t=$(readlink -f "$2")
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/work"
ln -s "$bin" "$tmp/bin/mgcalc"

script=$tmp/script.sh
{
  # pipefail: a command piped into grep, jq or sed still has its own exit status asserted.
  echo 'set -o pipefail; cd "$WORK"'
  n=0
  in_cmd=0
  while IFS= read -r line || [[ -n $line ]]; do
    if [[ $line == '  $ '* ]]; then
      # Every command's stderr joins its stdout, whether or not output lines follow it in
      # the file (else a command's stderr would show or not with the expected output). A
      # group, not a suffix, so that a here-document's last line stays its terminator.
      [[ $in_cmd -eq 1 ]] && printf '\n} 2>&1\nrc=$?; [ $rc -ne 0 ] && echo "[$rc]"\n'
      n=$((n + 1))
      printf 'echo "@@CRAM@@ %d"\n{ ' "$n"
      printf '%s' "${line:4}"
      in_cmd=1
    elif [[ $line == '  > '* && $in_cmd -eq 1 ]]; then
      printf '\n%s' "${line:4}"
    else
      if [[ $in_cmd -eq 1 ]]; then
        printf '\n} 2>&1\nrc=$?; [ $rc -ne 0 ] && echo "[$rc]"\n'
        in_cmd=0
      fi
    fi
  done < "$t"
  [[ $in_cmd -eq 1 ]] && printf '\n} 2>&1\nrc=$?; [ $rc -ne 0 ] && echo "[$rc]"\n'
} > "$script"

actual_out=$tmp/actual.out
env -i PATH="$tmp/bin:/usr/local/bin:/usr/bin:/bin" HOME="$tmp/work" WORK="$tmp/work" \
  MGCALC_HOME=data MGCALC_TODAY=2026-03-04 NO_COLOR=1 LC_ALL=C.UTF-8 TZ=UTC \
  TESTDIR="$(dirname "$t")" ROOT="$root" \
  bash "$script" 2>&1 | sed -e "s#$tmp/work#\$WORK#g" -e "s#$root#\$ROOT#g" > "$actual_out"

# Rebuild the .t with actual output in place of the expected output.
new=$tmp/new.t
awk -v out="$actual_out" '
  BEGIN {
    n = 0; cur = -1
    while ((getline l < out) > 0) {
      if (l ~ /^@@CRAM@@ [0-9]+$/) { split(l, a, " "); cur = a[2]; continue }
      if (cur >= 0) res[cur] = res[cur] "  " l "\n"
    }
  }
  function flush() { if (pending) { printf "%s", res[n]; pending = 0 } }
  /^  \$ / { flush(); n++; print; pending = 1; incmd = 1; next }
  /^  > / && incmd { print; next }
  /^  / { incmd = 0; next }
  { incmd = 0; flush(); print }
  END { flush() }
' "$t" > "$new"
# An empty output line is written as two spaces, so it stays part of the output block.
expected=$t
if ! diff -u "$expected" "$new" > "$tmp/diff"; then
  if [[ ${MGCALC_UPDATE:-} == 1 ]]; then
    cp "$new" "$t"
    echo "updated $t"
    exit 0
  fi
  cat "$tmp/diff"
  exit 1
fi
echo "ok $(basename "$t")"
