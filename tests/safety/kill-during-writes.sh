#!/usr/bin/env bash
# Proves that kill -9 at any moment leaves every acknowledged entry intact and the journal
# parseable: a writer loops `log add` (and now and then `log rm`, which rewrites the file)
# while being killed at random moments; every entry whose command exited 0 must still be there.
set -euo pipefail
mgcalc=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export MGCALC_HOME=$tmp/data MGCALC_TODAY=2026-03-04
"$mgcalc" profile init t --age 40 --sex female >/dev/null
acked=$tmp/acked
: > "$acked"
# The writer runs in its own session (process group), so kill -9 of the group hits it and
# whatever mgcalc it is running at that instant, and nothing else on the machine.
cat > "$tmp/writer.sh" <<'WRITER'
mgcalc=$1 acked=$2
i=0
while true; do
  i=$((i + 1))
  note="n$$-$i"
  if "$mgcalc" log add almonds "1 g" --note "$note" >/dev/null 2>&1; then
    echo "$note" >> "$acked"
  fi
  if (( i % 7 == 0 )); then
    # A rewrite: add a throwaway entry and remove it again.
    id=$("$mgcalc" log add spinach-raw "1 g" --note tmp --format json 2>/dev/null | sed -n 's/.*"id": "\([^"]*\)".*/\1/p' | head -1)
    [[ -n $id ]] && "$mgcalc" log rm "$id" >/dev/null 2>&1
  fi
done
WRITER
for round in $(seq 1 20); do
  setsid bash "$tmp/writer.sh" "$mgcalc" "$acked" &
  pid=$!
  sleep "0.$((RANDOM % 4 + 1))$((RANDOM % 10))"
  kill -9 -- "-$pid" 2>/dev/null || kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  sleep 0.02
done
# The journal must parse (no torn line) and hold every acknowledged note.
"$mgcalc" log show --format json > "$tmp/all.json"
missing=0
while read -r note; do
  grep -q "\"note\": \"$note\"" "$tmp/all.json" || { echo "lost acknowledged entry $note"; missing=1; }
done < "$acked"
echo "acknowledged: $(wc -l < "$acked"), lost: $missing"
[[ $(wc -l < "$acked") -gt 0 && $missing -eq 0 ]]
