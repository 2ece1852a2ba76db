#!/usr/bin/env bash
# Proves that a write of several entries at once (log add with several foods, log eat,
# log meal, log copy) is all or nothing under kill -9: a writer loops three-food batches
# while being killed at random moments; every batch must be in the journal three times or
# not at all, every acknowledged batch three times, and the journal must parse (issue #16).
set -euo pipefail
mgcalc=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export MGCALC_HOME=$tmp/data MGCALC_TODAY=2026-03-04
"$mgcalc" profile init t --age 40 --sex female >/dev/null
acked=$tmp/acked
: > "$acked"
cat > "$tmp/writer.sh" <<'WRITER'
mgcalc=$1 acked=$2
i=0
while true; do
  i=$((i + 1))
  note="b$$-$i"
  if "$mgcalc" log add almonds "1 g" spinach-raw "1 g" pumpkin-seeds "1 g" --note "$note" >/dev/null 2>&1; then
    echo "$note" >> "$acked"
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
"$mgcalc" log show --format json > "$tmp/all.json"
bad=0
# Every batch in the journal is whole.
for note in $(grep -o '"note": "b[0-9]*-[0-9]*"' "$tmp/all.json" | sort -u | sed 's/.*"\(b[^"]*\)"/\1/'); do
  n=$(grep -c "\"note\": \"$note\"" "$tmp/all.json")
  [[ $n -eq 3 ]] || { echo "batch $note has $n of its 3 entries"; bad=1; }
done
# Every acknowledged batch is there.
while read -r note; do
  grep -q "\"note\": \"$note\"" "$tmp/all.json" || { echo "lost acknowledged batch $note"; bad=1; }
done < "$acked"
echo "acknowledged batches: $(wc -l < "$acked"), broken or lost: $bad"
[[ $(wc -l < "$acked") -gt 0 && $bad -eq 0 ]]
