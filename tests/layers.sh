#!/usr/bin/env bash
# The two layers of CMakeLists.txt (issue #13), checked by the build and by CTest:
#   layers.sh domain SOURCE_DIR [LINK_LIBRARIES]
#       no domain file (src/core, dri, profile, foods, journal, store, engine, report)
#       includes src/cli or Boost.Program_options, and the domain does not link it
#   layers.sh listed SOURCE_DIR DOMAIN_SOURCES CLI_SOURCES UNIT_SOURCES
#       every .cpp of the domain, of src/cli and of tests/unit is in its target's list
#       (the lists are explicit, so a file left out would silently not be built or run)
#   layers.sh without-tests SOURCE_DIR CMAKE CXX
#       with -DBUILD_TESTING=OFF the project configures without Catch2 and has no test targets
# Exit 0 when the rule holds; 1 with every violation, as file:line, otherwise.
set -uo pipefail
mode=$1 root=$2
domain=(core dri profile foods journal store engine report)

check_domain() {
  local libs=${1-} bad=0 hits
  # #include "cli/...", <cli/...>, "../cli/..."; boost/program_options in any spelling.
  if hits=$(cd "$root/src" && grep -rnE \
      -e '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](\.\./)*cli/' \
      -e 'boost[/:]+program_options' \
      --include='*.cpp' --include='*.hpp' --include='*.h' "${domain[@]}"); then
    echo "layers: the domain must not see the command line (src/cli, Boost.Program_options):"
    sed 's#^#  src/#' <<<"$hits"
    bad=1
  fi
  if [[ $libs == *program_options* ]]; then
    echo "layers: mgdomain links Boost.Program_options ($libs); only mgcli may"
    bad=1
  fi
  return $bad
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

case $mode in
  domain) check_domain "${3-}" ;;
  listed)
    bad=0
    check_listed "$3" "${domain[@]/#/src/}" || bad=1
    check_listed "$4" src/cli || bad=1
    check_listed "$5" tests/unit || bad=1
    exit $bad
    ;;
  without-tests) check_without_tests "$3" "$4" ;;
  *) echo "usage: layers.sh domain|listed|without-tests SOURCE_DIR ..." >&2; exit 2 ;;
esac
