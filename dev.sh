#!/usr/bin/env bash
# mgcalc front door. On a fresh Debian 12 machine:
#   ./dev.sh example   install what is missing, build, run a real example
#   ./dev.sh test      install what is missing, build, run the whole test suite (then again
#                      under ASan+UBSan, then a fuzz smoke run)
#   ./dev.sh build     install what is missing and build only
# Packages are installed with apt-get only when missing (sudo is used when not root).
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(g++ cmake make libyaml-cpp-dev libfmt-dev libboost-program-options-dev
          libboost-dev catch2 nlohmann-json3-dev libxxhash-dev)

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  echo "dev.sh: installing ${missing[*]}" >&2
  local sudo=()
  [[ $(id -u) -ne 0 ]] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

build() {
  local dir=${1:-build}; shift || true
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$dir" -j"$(nproc)"
}

example() {
  # A throwaway data directory in the build directory (kept for the web app, made afresh
  # each run) and a fixed date, so the example never touches your own journal and prints
  # the same thing every time.
  EXAMPLE_HOME=build/example-data
  rm -rf "$EXAMPLE_HOME"
  mkdir -p "$EXAMPLE_HOME"
  local m=(./build/mgcalc --data-dir "$EXAMPLE_HOME" --today 2026-03-04 --profile maria)
  set -x
  "${m[@]}" profile show
  "${m[@]}" log add "rolled oats" "1/2 cup" --meal breakfast
  "${m[@]}" log add banana "1 medium" --meal breakfast
  "${m[@]}" log add spinach-boiled "1/2 cup" --meal lunch
  "${m[@]}" log add white-rice "1 cup" --meal dinner
  "${m[@]}" log supplement "magnesium glycinate" "100 mg"
  "${m[@]}" log show
  "${m[@]}" log add pumpkin-seeds "1 oz" --date 2026-03-02 --meal snack
  "${m[@]}" log add black-beans "1 cup" --date 2026-03-03 --meal dinner
  "${m[@]}" check
  "${m[@]}" report week
  "${m[@]}" report week --format html --output build/example-week.html
  { set +x; } 2>/dev/null
  echo "Open build/example-week.html in a browser for the report with its chart."
  echo "To see this example in the web app, start it and open the address it prints"
  echo "(Ctrl-C stops it; docs/web.md):"
  echo "  ./build/mgcalc web --data-dir $EXAMPLE_HOME --today 2026-03-04 --profile maria --open"
}

case "${1:-}" in
  example) install_missing; build; example ;;
  test)
    # The HTML report test drives a real browser and xmllint checks its SVG; clang builds the
    # libFuzzer harnesses; tmux is the real terminal for completion and prompt tests;
    # dpkg-dev lets cpack compute the .deb's dependencies; jq picks fields from JSON in golden tests.
    # The web app's tests: curl for the security and concurrency tests; chromium-driver and
    # python3-selenium drive the browser; npm installs the pinned axe-core (tests/web).
    web_packages=(curl chromium-driver python3-selenium)
    command -v npm > /dev/null || web_packages+=(npm)
    install_missing chromium libxml2-utils clang libclang-rt-14-dev tmux dpkg-dev jq "${web_packages[@]}"
    (cd tests/web && npm ci --no-audit --no-fund --loglevel=error)
    build
    ctest --test-dir build --output-on-failure -j"$(nproc)"
    # The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
    build build-asan -DMGCALC_SANITIZE=ON
    ASAN_OPTIONS=detect_leaks=1:verify_asan_link_order=0 UBSAN_OPTIONS=print_stacktrace=1 \
      ctest --test-dir build-asan --output-on-failure -j"$(nproc)"
    # A short smoke run of each fuzzer (docs/hardening.md says how to fuzz for longer).
    CXX=clang++ build build-fuzz -DMGCALC_FUZZ=ON
    ctest --test-dir build-fuzz --output-on-failure -j"$(nproc)"
    ;;
  build) install_missing; build ;;
  *) echo "usage: ./dev.sh example|test|build" >&2; exit 2 ;;
esac
