#!/usr/bin/env bash
# The layers of CMakeLists.txt (issues #13, #17), checked by the build and by CTest:
#   layers.sh domain SOURCE_DIR [LINK_LIBRARIES]
#       no domain file (src/core, dri, profile, foods, journal, store, engine, report)
#       includes src/app, src/cli, src/web, Boost.Program_options or Boost.Beast and Asio, and the
#       domain links neither library
#   layers.sh app SOURCE_DIR [LINK_LIBRARIES]
#       no src/app file includes src/cli, src/web, Boost.Program_options or Boost.Beast and Asio
#   layers.sh web SOURCE_DIR [LINK_LIBRARIES]
#       no src/web file includes src/cli or Boost.Program_options, nor links it: the web app
#       is an adapter over src/app, beside the CLI and not on top of it
#   layers.sh listed SOURCE_DIR DOMAIN_SOURCES CLI_SOURCES UNIT_SOURCES [APP_SOURCES WEB_SOURCES]
#       every .cpp of the domain, src/app, src/cli, src/web and tests/unit is in its target's list
#       (the lists are explicit, so a file left out would silently not be built or run)
#   layers.sh lean SOURCE_DIR MGCALC MGCALC_WEB
#       the mgcalc binary needs no HTTP, TLS or compression library, and mgcalc-web does
#       (so that the check itself is seen to look at the right thing)
#   layers.sh without-tests SOURCE_DIR CMAKE CXX
#       with -DBUILD_TESTING=OFF the project configures without Catch2 and has no test targets
# Exit 0 when the rule holds; 1 with every violation, as file:line, otherwise.
set -uo pipefail
mode=$1 root=$2
domain=(core dri profile foods journal store engine report)

# Fails, listing file:line, when a file under `dirs` (relative to src) includes one of the
# `banned` directories or libraries, or when `libs` (its link line) names a banned library.
check_layer() {
  local name=$1 libs=$2 banned_dirs=$3 banned_libs=$4 bad=0 hits
  shift 4
  local dirs=("$@")
  # #include "cli/...", <cli/...>, "../cli/..."; boost/program_options in any spelling.
  if hits=$(cd "$root/src" && grep -rnE \
      -e "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"](\\.\\./)*($banned_dirs)/" \
      -e "$banned_libs" \
      --include='*.cpp' --include='*.hpp' --include='*.h' "${dirs[@]}"); then
    echo "layers: $name must not see $banned_dirs or $banned_libs:"
    sed 's#^#  src/#' <<<"$hits"
    bad=1
  fi
  if [[ ${libs,,} =~ $banned_libs ]]; then
    echo "layers: $name links $libs; it must not link $banned_libs"
    bad=1
  fi
  return $bad
}

check_domain() {
  check_layer "the domain" "${1-}" 'app|cli|web' 'boost[/:]+(program_options|beast|asio)' "${domain[@]}"
}

# Every .cpp under the directories is in the space-separated list (relative or absolute).
check_listed() {
  local list=" $1 " bad=0 f rel
  shift
  for f in $(cd "$root" && find "$@" -maxdepth 1 -name '*.cpp' | sort); do
    rel=${f#./}
    if [[ $list != *" $rel "* && $list != *" $root/$rel "* ]]; then
      echo "layers: $rel is not listed in CMakeLists.txt; add it to its target's sources"
      bad=1
    fi
  done
  return $bad
}

check_without_tests() {
  local cmake=$1 cxx=$2 dir
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' RETURN
  if ! "$cmake" -S "$root" -B "$dir" -DBUILD_TESTING=OFF -DCMAKE_DISABLE_FIND_PACKAGE_Catch2=ON \
      -DCMAKE_CXX_COMPILER="$cxx" >"$dir.log" 2>&1; then
    echo "layers: the project does not configure with -DBUILD_TESTING=OFF and no Catch2:"
    cat "$dir.log"
    rm -f "$dir.log"
    return 1
  fi
  rm -f "$dir.log"
  local targets
  targets=$("$cmake" --build "$dir" --target help)
  if grep -qE '(^|[ .])unit_tests($|[ ])' <<<"$targets" || ! grep -qE '(^|[ .])mgcalc($|[ ])' <<<"$targets"; then
    echo "layers: with -DBUILD_TESTING=OFF the targets should be mgcalc without unit_tests:"
    echo "$targets"
    return 1
  fi
}

# Fails when MGCALC holds the web app's code or loads TLS or compression libraries, or
# MGCALC_WEB does not hold the web app.
check_lean() {
  local web_libs='httplib|libssl|libcrypto|libz\.|brotli' needed
  needed=$(readelf -d "$1" | grep NEEDED) || { echo "layers: cannot read $1"; return 1; }
  if grep -E "$web_libs" <<<"$needed"; then
    echo "layers: $1 loads the libraries above, which no command needs"
    return 1
  fi
  # grep reads all of nm's output (no -q): with pipefail, nm cut short would fail the test.
  if nm -C "$1" | grep 'mg::web::WebServer::run' > /dev/null; then
    echo "layers: $1 holds the web server; only mgcalc-web should"
    return 1
  fi
  if ! nm -C "$2" | grep 'mg::web::WebServer::run' > /dev/null; then
    echo "layers: $2 does not hold the web server; is it the web app?"
    return 1
  fi
}

case $mode in
  domain) check_domain "${3-}" ;;
  app) check_layer "src/app" "${3-}" 'cli|web' 'boost[/:]+(program_options|beast|asio)' app ;;
  web) check_layer "src/web" "${3-}" 'cli' 'boost[/:]+program_options' web ;;
  listed)
    bad=0
    check_listed "$3" "${domain[@]/#/src/}" || bad=1
    check_listed "$4" src/cli || bad=1
    check_listed "$5" tests/unit || bad=1
    [[ $# -ge 6 ]] && { check_listed "$6" src/app || bad=1; }
    [[ $# -ge 7 ]] && { check_listed "$7" src/web || bad=1; }
    exit $bad
    ;;
  without-tests) check_without_tests "$3" "$4" ;;
  lean) check_lean "$3" "$4" ;;
  *) echo "usage: layers.sh domain|app|web|listed|lean|without-tests SOURCE_DIR ..." >&2; exit 2 ;;
esac
