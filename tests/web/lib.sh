# Shared by the web app's tests: start `mgcalc web` on a fresh data directory and stop it.
#   start_web MGCALC [ARGS...]  sets $url, $host, $web_pid, $web_log, $csrf; exits 1 on failure
#   stop_web                   Ctrl-C (SIGINT) and waits; fails unless it stopped cleanly
# Callers set $tmp (a temporary directory removed on exit) and MGCALC_HOME.
start_web() {
  local mgcalc=$1; shift
  web_log=$tmp/web.log
  # Made here, not by the background job's redirection, which may come after the first read.
  : > "$tmp/web.out"
  "$mgcalc" web --port 0 "$@" > "$tmp/web.out" 2> "$web_log" &
  web_pid=$!
  for _ in $(seq 100); do
    url=$(sed -n 's/^Serving on \(http[^ ]*\)$/\1/p' "$tmp/web.out")
    [[ -n $url ]] && break
    kill -0 "$web_pid" 2> /dev/null || { echo "FAIL: mgcalc web exited"; cat "$web_log"; exit 1; }
    sleep 0.1
  done
  [[ -n $url ]] || { echo "FAIL: mgcalc web did not print its URL"; cat "$tmp/web.out" "$web_log"; exit 1; }
  host=${url#http://}; host=${host%/}
  csrf=$(curl -s "$url" | sed -n 's/.*<meta name="csrf-token" content="\([0-9a-f]*\)">.*/\1/p')
  [[ ${#csrf} -eq 64 ]] || { echo "FAIL: no CSRF token in the page"; exit 1; }
}

stop_web() {
  kill -INT "$web_pid"
  local code=0
  wait "$web_pid" || code=$?
  [[ $code -eq 0 ]] || { echo "FAIL: mgcalc web exited $code after Ctrl-C"; cat "$web_log"; exit 1; }
  grep -q '^Stopped\.$' "$tmp/web.out" || { echo "FAIL: no clean stop"; exit 1; }
}
