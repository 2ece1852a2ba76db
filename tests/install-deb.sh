#!/usr/bin/env bash
# cmake --install lays out a standard prefix, and cpack builds a .deb with correct Debian
# dependencies; both run from a scratch directory with no repository in sight and no
# environment variable pointing anywhere.
set -uo pipefail
build=$(readlink -f "$1") src=$(readlink -f "$2")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
check() {  # check LABEL CONDITION...
  local label=$1; shift
  if "$@"; then echo "ok $label"; else echo "FAIL $label"; fail=1; fi
}
# web_smoke PREFIX HOME: `mgcalc web` runs the installed mgcalc-web, which serves the Day page.
web_smoke() {
  local out=$tmp/web-$RANDOM.out url='' pid
  (cd / && exec env -i PATH=/usr/bin:/bin HOME="$2" "$1/bin/mgcalc" --today 2026-03-04 web --port 0) > "$out" 2>&1 &
  pid=$!
  for _ in $(seq 100); do
    url=$(sed -n 's/^Serving on \(http[^ ]*\)$/\1/p' "$out")
    [[ -n $url ]] && break
    sleep 0.1
  done
  local ok=1
  [[ -n $url ]] && curl -sf "$url" > "$out.page" && grep -q 'csrf-token' "$out.page" && ok=0
  kill -INT "$pid" 2> /dev/null; wait "$pid" 2> /dev/null
  [[ $ok -eq 0 ]] || cat "$out"
  return $ok
}
smoke() {  # smoke PREFIX: run the installed program from elsewhere, with a clean environment
  local prefix=$1 home=$tmp/home-$RANDOM
  mkdir -p "$home"
  local run=(env -i PATH=/usr/bin:/bin HOME="$home" "$prefix/bin/mgcalc" --today 2026-03-04)
  local foods
  foods=$(cd / && "${run[@]}" paths --format json | sed -n 's/.*"foods": "\(.*\)",*/\1/p')
  check "$prefix: finds its own food database ($foods)" test "$foods" = "$(readlink -f "$prefix/share/mgcalc/foods")"
  check "$prefix: logs and checks" bash -c "cd / && $(printf '%q ' "${run[@]}") profile init t --age 40 --sex female > /dev/null &&
    $(printf '%q ' "${run[@]}") log add spinach-boiled '1 cup' > /dev/null &&
    $(printf '%q ' "${run[@]}") check --format json | grep -q '\"total_mg\": 156.6'"
  check "$prefix: bundled example profiles" bash -c "cd / && $(printf '%q ' "${run[@]}") profile show --profile maria > /dev/null"
  check "$prefix: web app" web_smoke "$prefix" "$home"
  check "$prefix: SR28 table" bash -c "cd / && $(printf '%q ' "${run[@]}") foods show usda:12014 > /dev/null"
  check "$prefix: man page" test -s "$prefix/share/man/man1/mgcalc.1"
  check "$prefix: bash completion" test -s "$prefix/share/bash-completion/completions/mgcalc"
  check "$prefix: zsh completion" test -s "$prefix/share/zsh/vendor-completions/_mgcalc"
  check "$prefix: docs" test -s "$prefix/share/doc/mgcalc/methods.md"
}

cmake --install "$build" --prefix "$tmp/prefix" > /dev/null || { echo "FAIL cmake --install"; exit 1; }
smoke "$tmp/prefix"

command -v dpkg-shlibdeps > /dev/null || { echo "FAIL dpkg-shlibdeps missing (package dpkg-dev; ./dev.sh test installs it)"; exit 1; }
(cd "$build" && cpack -G DEB -B "$tmp/deb" > "$tmp/cpack.log" 2>&1) || { echo "FAIL cpack"; cat "$tmp/cpack.log"; exit 1; }
deb=$(ls "$tmp"/deb/*.deb | head -1)
depends=$(dpkg-deb -f "$deb" Depends)
echo "package: $(basename "$deb"); Depends: $depends"
for lib in libyaml-cpp0.7 libfmt9 libboost-program-options1.74.0 libstdc++6 libc6; do
  check "Depends names $lib" grep -q "$lib" <<< "$depends"
done
dpkg -x "$deb" "$tmp/x"
smoke "$tmp/x/usr"
exit $fail
