#!/usr/bin/env bash
# The HTML report renders in a real browser: headless Chromium loads it with no network,
# takes a screenshot that is not blank, and logs no console errors; the SVG chart is
# well-formed XML; the file pulls in nothing from outside (no scripts, fonts or URLs).
set -euo pipefail
mgcalc=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export MGCALC_HOME=$tmp/data MGCALC_TODAY=2026-03-08
"$mgcalc" profile init t --age 45 --sex female --medicine omeprazole > /dev/null
for d in 02 03 05 06 08; do
  "$mgcalc" log add oats "0.333 cup" --date 2026-03-$d --meal breakfast > /dev/null
  "$mgcalc" log add spinach-boiled "1/2 cup" --date 2026-03-$d --meal lunch > /dev/null
done
"$mgcalc" log supplement "magnesium oxide" "400 mg" --date 2026-03-06 > /dev/null
"$mgcalc" report week --week 2026-W10 --format html --output "$tmp/week.html" 2> /dev/null

# Self-contained: no scripts, no external resources.
if grep -Eiq '<script|<link|@import|url\(http|src="http|href="http' "$tmp/week.html"; then
  echo "FAIL: the HTML refers to something outside itself"; exit 1
fi
# The SVG is well-formed XML.
sed -n '/<svg/,/<\/svg>/p' "$tmp/week.html" > "$tmp/chart.svg"
xmllint --noout "$tmp/chart.svg"
grep -q '<rect' "$tmp/chart.svg"

browser=$(command -v chromium || command -v chromium-browser || true)
[[ -n $browser ]] || { echo "FAIL: chromium is not installed (./dev.sh test installs it)"; exit 1; }
shot() {  # shot URL PNG LOG
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$tmp/profile-$RANDOM" --enable-logging=stderr --v=0 \
    --window-size=1000,1500 --screenshot="$2" "$1" > "$3" 2>&1 || true
}
shot "file://$tmp/week.html" "$tmp/week.png" "$tmp/week.log"
printf '<!DOCTYPE html><html><body></body></html>' > "$tmp/blank.html"
shot "file://$tmp/blank.html" "$tmp/blank.png" "$tmp/blank.log"
[[ -s $tmp/week.png ]] || { echo "FAIL: no screenshot"; cat "$tmp/week.log"; exit 1; }
size=$(stat -c %s "$tmp/week.png"); blank=$(stat -c %s "$tmp/blank.png")
echo "screenshot: $size bytes (a blank page: $blank bytes)"
(( size > 8 * blank && size > 20000 )) || { echo "FAIL: the screenshot looks blank"; exit 1; }
if grep -E 'CONSOLE|Uncaught|ERR_' "$tmp/week.log" | grep -v 'ERR_NAME_NOT_RESOLVED.*(google|gstatic)' ; then
  echo "FAIL: console errors"; exit 1
fi
[[ -n ${MGCALC_KEEP_SCREENSHOT:-} ]] && cp "$tmp/week.png" "$MGCALC_KEEP_SCREENSHOT"
echo "ok: rendered in $("$browser" --version 2>/dev/null | head -1)"
