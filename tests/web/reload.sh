#!/usr/bin/env bash
# The running web app sees food files change without a restart (docs/web.md): a custom food
# added with the CLI, then the same file edited by hand, then a file broken and mended. The
# server watches the food files (store/tree_watch.hpp: the kernel's inotify queue on this
# filesystem) and lists them again only when one changed (src/web/server.cpp, FoodCache), so
# each step must show on the next request, however soon after it.
set -euo pipefail
mgcalc=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'kill "${web_pid:-0}" 2> /dev/null || true; rm -rf "$tmp"' EXIT
source "$here/lib.sh"
export MGCALC_HOME=$tmp/data MGCALC_TODAY=2026-03-04 MGCALC_CACHE_DIR=$tmp/cache
"$mgcalc" profile init t --age 45 --sex female > /dev/null
start_web "$mgcalc"
fail() { echo "FAIL: $*"; cat "$tmp/answer"; exit 1; }
search() { curl -s -o "$tmp/answer" -w '%{http_code}' "${url}api/v1/foods?q=$1"; }

[[ $(search zanzibar) == 200 ]] || fail "search before the food exists"
grep -q '"results": \[\]' "$tmp/answer" || fail "a food found before it was added"

"$mgcalc" foods add zanzibar-bar --name "Zanzibar bar" --mg-per-serving 60 --serving-size "40 g" > /dev/null
search zanzibar > /dev/null
grep -q '"name": "Zanzibar bar"' "$tmp/answer" || fail "the food the CLI added is not found"

# Edited in place, the same size: only the file's times tell.
custom=$MGCALC_HOME/foods/custom.yaml
python3 - "$custom" <<'PY'
import sys
p = sys.argv[1]
text = open(p).read().replace("Zanzibar bar", "Zanzibar bun")
with open(p, "r+") as f:
    f.write(text)
PY
search zanzibar > /dev/null
grep -q '"name": "Zanzibar bun"' "$tmp/answer" || fail "the edited name is not seen"

# A broken file is reported on every request until it is mended, then read again.
cp "$custom" "$tmp/good.yaml"
echo "  - {id: broken" >> "$custom"
[[ $(search zanzibar) != 200 ]] || fail "a broken food file was not reported"
[[ $(search zanzibar) != 200 ]] || fail "a broken food file was reported only once"
cp "$tmp/good.yaml" "$custom"
[[ $(search zanzibar) == 200 ]] || fail "the mended file is not read again"
grep -q '"name": "Zanzibar bun"' "$tmp/answer" || fail "the mended food is not found"

# A new food file beside it: only the directory's times tell.
sed -e 's/zanzibar-bar/zanzibar-tart/' -e 's/Zanzibar bun/Zanzibar tart/' "$tmp/good.yaml" > "$tmp/tarts.yaml"
mv "$tmp/tarts.yaml" "$MGCALC_HOME/foods/tarts.yaml"
search zanzibar > /dev/null
grep -q '"name": "Zanzibar tart"' "$tmp/answer" || fail "a new food file is not seen"
stop_web
echo "ok: food files changed under the running server were seen on the next request"
