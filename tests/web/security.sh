#!/usr/bin/env bash
# The web app's security rules (docs/web.md#security), against a real server on loopback:
# writes need the CSRF token and a same-origin Origin and leave the journal byte-identical
# otherwise; a foreign Host is refused (DNS rebinding); bodies over 64 KiB get 413; path
# traversal finds nothing; every response carries the security headers; errors and the log
# leak neither paths nor journal contents; a connection beyond the limit gets 503 and is
# closed; a non-loopback --listen needs a token.
set -euo pipefail
mgcalc=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'kill "${web_pid:-0}" "${npid:-0}" 2> /dev/null || true; rm -rf "$tmp"' EXIT
source "$here/lib.sh"
export MGCALC_HOME=$tmp/data MGCALC_TODAY=2026-03-04
"$mgcalc" profile init t --age 45 --sex female --medicine omeprazole > /dev/null
"$mgcalc" log add pumpkin-seeds "1 oz" --meal snack --note secret-note-xyz > /dev/null
journal=$MGCALC_HOME/journal/t/2026-03.yaml
start_web "$mgcalc"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
sum() { sha256sum "$journal" | cut -d' ' -f1; }
status() { curl -s -o "$tmp/body" -w '%{http_code}' "$@"; }
entry='{"food":"banana","amount":"1 medium","meal":"snack"}'

before=$(sum)
s=$(status -X POST -H 'Content-Type: application/json' -H "Origin: ${url%/}" -d "$entry" "${url}api/v1/entries")
[[ $s == 403 ]] || fail "POST without the CSRF token: $s, not 403"
s=$(status -X POST -H 'Content-Type: application/json' -H "X-CSRF-Token: $csrf" -H 'Origin: http://evil.example' -d "$entry" "${url}api/v1/entries")
[[ $s == 403 ]] || fail "POST from a foreign Origin: $s, not 403"
s=$(status -X POST -H 'Content-Type: application/json' -H "X-CSRF-Token: $csrf" -d "$entry" "${url}api/v1/entries")
[[ $s == 403 ]] || fail "POST without an Origin: $s, not 403"
s=$(status -X POST -H 'Content-Type: application/json' -H "X-CSRF-Token: ${csrf/a/b}x" -H "Origin: ${url%/}" -d "$entry" "${url}api/v1/entries")
[[ $s == 403 ]] || fail "POST with a wrong token: $s, not 403"
s=$(status -X DELETE -H "Origin: ${url%/}" "${url}api/v1/entries/2026-03-04-1")
[[ $s == 403 ]] || fail "DELETE without the token: $s, not 403"
[[ $(sum) == "$before" ]] || fail "a refused request changed the journal"

# The other state-changing routes refuse the same way and leave every file as it was: the
# journal, the custom foods file, the profile.
"$mgcalc" meal add usual banana "1 medium" --meal breakfast > /dev/null
profile=$MGCALC_HOME/profiles/t.yaml
custom=$MGCALC_HOME/foods/custom.yaml
files() { sha256sum "$journal" "$profile"; [[ -e $custom ]] && sha256sum "$custom" || echo "no custom foods"; }
files_before=$(files)
meal='{"name":"usual"}'
food='{"id":"my-bar","mg_per_serving":60,"serving_size":"40 g"}'
facts='{"sex":"male","age":50}'
for route in "POST entries/meal $meal" "POST foods $food" "PUT profiles/t $facts"; do
  read -r method path body <<< "$route"
  s=$(status -X "$method" -H 'Content-Type: application/json' -H "Origin: ${url%/}" -d "$body" "${url}api/v1/$path")
  [[ $s == 403 ]] || fail "$method /api/v1/$path without the CSRF token: $s, not 403"
  s=$(status -X "$method" -H 'Content-Type: application/json' -H "X-CSRF-Token: $csrf" -H 'Origin: http://evil.example' -d "$body" "${url}api/v1/$path")
  [[ $s == 403 ]] || fail "$method /api/v1/$path from a foreign Origin: $s, not 403"
done
[[ $(files) == "$files_before" ]] || fail "a refused request changed a file"

# A profile name from the URL passes the name check before it becomes a path.
ls -R "$MGCALC_HOME" > "$tmp/tree.before"
for name in ..%2f..%2fetc ..%2ft .. .hidden t%2f..%2fx %2e%2e %2e%2e%2f "T%20x" "t%00"; do
  s=$(status --path-as-is -X PUT -H 'Content-Type: application/json' -H "X-CSRF-Token: $csrf" -H "Origin: ${url%/}" -d "$facts" "${url}api/v1/profiles/$name")
  [[ $s == 400 || $s == 404 ]] || fail "PUT /api/v1/profiles/$name: $s, not 400 or 404"
  ! grep -qF "$tmp" "$tmp/body" || fail "PUT /api/v1/profiles/$name leaks a path"
done
ls -R "$MGCALC_HOME" > "$tmp/tree.after"
cmp -s "$tmp/tree.before" "$tmp/tree.after" || fail "a refused profile name created a file: $(diff "$tmp/tree.before" "$tmp/tree.after")"
[[ $(files) == "$files_before" ]] || fail "a refused profile name changed a file"

# With the token and Origin each of them writes (so the refusals above are real).
for route in "POST entries/meal $meal" "POST foods $food" "PUT profiles/t $facts"; do
  read -r method path body <<< "$route"
  s=$(status -X "$method" -H 'Content-Type: application/json' -H "X-CSRF-Token: $csrf" -H "Origin: ${url%/}" -d "$body" "${url}api/v1/$path")
  [[ $s == 200 ]] || fail "a proper $method /api/v1/$path: $s, not 200: $(cat "$tmp/body")"
done
[[ $(sha256sum "$journal") != "$(sed -n 1p <<< "$files_before")" ]] || fail "POST entries/meal did not write"
[[ -e $custom ]] || fail "POST foods did not write DATA/foods/custom.yaml"
grep -q "^sex: male" "$profile" || fail "PUT profiles/t did not write the profile"
"$mgcalc" profile init t --age 45 --sex female --medicine omeprazole --force > /dev/null
before=$(sum)

# A GET never writes, whatever it asks.
curl -s "${url}api/v1/entries?date=2026-03-04" > /dev/null
curl -s -X GET -d "$entry" "${url}api/v1/entries" > /dev/null
[[ $(sum) == "$before" ]] || fail "a GET changed the journal"

# The same request with the token and Origin is accepted (so the refusals above are real).
s=$(status -X POST -H 'Content-Type: application/json' -H "X-CSRF-Token: $csrf" -H "Origin: ${url%/}" -d "$entry" "${url}api/v1/entries")
[[ $s == 200 ]] || fail "a proper POST: $s, not 200: $(cat "$tmp/body")"
[[ $(sum) != "$before" ]] || fail "a proper POST did not write"

# DNS rebinding: only the bound name and address answer.
for h in evil.example "evil.example:${host##*:}" "127.0.0.1.evil.example:${host##*:}"; do
  s=$(status -H "Host: $h" "$url")
  [[ $s == 4* ]] || fail "Host: $h got $s, not 4xx"
done
s=$(status -H "Host: localhost:${host##*:}" "$url")
[[ $s == 200 ]] || fail "Host: localhost got $s"
# Two Host headers, the first the server's own: 400 (RFC 9112); a method the app does not
# serve: 501 (RFC 9110), not the 403 a missing CSRF token would get.
# (Sent by hand: curl sends one Host header only.)
exec {two}<> "/dev/tcp/127.0.0.1/${host##*:}"
printf 'GET / HTTP/1.1\r\nHost: %s\r\nHost: evil.example\r\nConnection: close\r\n\r\n' "$host" >&"$two"
timeout 5 cat <&"$two" > "$tmp/two" || true
exec {two}>&-
head -1 "$tmp/two" | grep -q '^HTTP/1.1 400' || fail "two Host headers: $(head -1 "$tmp/two"), not 400"
grep -q 'more than one Host header' "$tmp/two" || fail "two Host headers: not the reason: $(tail -1 "$tmp/two")"
s=$(status -X FOO "$url")
[[ $s == 501 ]] || fail "method FOO: $s, not 501"
grep -q '"method not served"' "$tmp/body" || fail "method FOO: not the reason: $(cat "$tmp/body")"
s=$(status -X OPTIONS "${url}api/v1/entries")
[[ $s == 501 ]] || fail "method OPTIONS: $s, not 501"

# Body limit.
head -c 1048576 /dev/zero | tr '\0' 'a' > "$tmp/big"
s=$(status -X POST -H 'Content-Type: application/json' -H "X-CSRF-Token: $csrf" -H "Origin: ${url%/}" --data-binary @"$tmp/big" "${url}api/v1/entries")
[[ $s == 413 ]] || fail "a 1 MiB body: $s, not 413"

# Headers over 8 KiB: 431; a malformed escape in the target: 400; both answered with the
# JSON error and the security headers, as every refusal of the HTTP layer is.
s=$(curl -s -D "$tmp/h" -o "$tmp/body" -w '%{http_code}' -H "X-Filler: $(head -c 9000 /dev/zero | tr '\0' 'a')" "${url}api/v1/profiles")
[[ $s == 431 ]] || fail "9 KB of headers: $s, not 431"
grep -q '"message"' "$tmp/body" && grep -qi '^X-Content-Type-Options: nosniff' "$tmp/h" || fail "the 431 lacks its JSON error or the security headers"
s=$(status --path-as-is "${url}foods?q=50%")
[[ $s == 400 ]] || fail "a malformed escape: $s, not 400"
# HEAD: the GET's headers and length, no body; the connection stays usable after it.
get_len=$(curl -s -o /dev/null -w '%{size_download}' "${url}api/v1/profiles")
curl -s -I -o "$tmp/head" "${url}api/v1/profiles"
grep -qi "^Content-Length: $get_len" "$tmp/head" || fail "HEAD: not the GET's Content-Length ($get_len): $(cat "$tmp/head")"

# Traversal: nothing is served from disk, encoded or not.
for p in /../../../../etc/passwd /static/../../../etc/passwd /%2e%2e/%2e%2e/etc/passwd \
         /static/%2e%2e/%2e%2e/etc/passwd /static/..%2f..%2fetc%2fpasswd /foods/..%2f..%2fetc%2fpasswd \
         /api/v1/profiles/..%2f..%2fetc%2fpasswd; do
  s=$(status --path-as-is "$url${p#/}")
  [[ $s == 404 || $s == 400 ]] || fail "$p got $s, not 404"
  ! grep -q 'root:' "$tmp/body" || fail "$p served /etc/passwd"
done
s=$(status --path-as-is "${url}static/..%2f..%2fetc%2fpasswd")
[[ $s == 404 ]] || fail "encoded traversal under /static got $s, not 404"

# Headers on a page, the API, a static file, an error and a refusal.
for p in "" api/v1/entries static/app.js no-such-page; do
  curl -s -D "$tmp/h" -o /dev/null "$url$p"
  for h in "Content-Security-Policy: default-src 'self'" "frame-ancestors 'none'" \
           "X-Content-Type-Options: nosniff" "Referrer-Policy: no-referrer" "Cache-Control: no-store"; do
    grep -qiF "$h" "$tmp/h" || fail "/$p lacks '$h'"
  done
  ! grep -qi "unsafe-inline" "$tmp/h" || fail "/$p allows inline script or style"
done
curl -s "$url" | grep -qi '<script>' && fail "the page has an inline script"

# Bad input is a 400 with the CLI's words, never a 500.
post() { status -X POST -H 'Content-Type: application/json' -H "X-CSRF-Token: $csrf" -H "Origin: ${url%/}" -d "$1" "${url}api/v1/entries"; }
s=$(post '{"kind": "supplement", "name": "magnesium citrate", "amount": "100 mg", "units": "two"}')
[[ $s == 400 ]] || fail "a field of the wrong type: $s, not 400"
s=$(post '{"food": "banana", "amount": "1 medium", "meal": "brunch"}')
[[ $s == 400 ]] && grep -q "unknown meal 'brunch'" "$tmp/body" || fail "an unknown meal: $s $(cat "$tmp/body")"
s=$(post 'not json')
[[ $s == 400 ]] || fail "a body that is not JSON: $s, not 400"

# Errors say what is wrong without the data directory's path.
status "${url}api/v1/entries?profile=nobody" > /dev/null
! grep -qF "$tmp" "$tmp/body" || fail "an error leaks a path: $(cat "$tmp/body")"
grep -q "no profile named 'nobody'" "$tmp/body" || fail "the error does not say what is wrong: $(cat "$tmp/body")"
status "${url}api/v1/entries?profile=../../etc" > /dev/null
! grep -qF "$tmp" "$tmp/body" || fail "a bad profile name leaks a path"

# Connections: 24 are served at once; one more gets 503 with Retry-After at once and is
# closed by the server, while the 24 are still served; once they close, all is as before.
held=()
for _ in $(seq 24); do exec {fd}<> "/dev/tcp/127.0.0.1/${host##*:}"; held+=("$fd"); done
sleep 0.5  # the server accepts them
exec {extra}<> "/dev/tcp/127.0.0.1/${host##*:}"
printf 'GET /api/v1/profiles HTTP/1.1\r\nHost: %s\r\n\r\n' "$host" >&"$extra"
# Without `Connection: close` from the client, only the server closing ends this read.
if timeout 3 cat <&"$extra" > "$tmp/busy"; then
  head -1 "$tmp/busy" | grep -q '^HTTP/1.1 503' || fail "connection 25: $(head -1 "$tmp/busy"), not 503"
  grep -qi '^Retry-After: 1' "$tmp/busy" || fail "the 503 has no Retry-After"
  grep -q '"message"' "$tmp/busy" || fail "the 503 has no JSON error body"
else
  fail "connection 25 was not answered and closed within 3 s: $(head -1 "$tmp/busy")"
fi
exec {extra}>&-
printf 'GET /api/v1/profiles HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n' "$host" >&"${held[0]}"
IFS= read -r -t 5 line <&"${held[0]}" || true
[[ $line == "HTTP/1.1 200"* ]] || fail "a connection within the limit was not served: $line"
for fd in "${held[@]}"; do exec {fd}>&-; done
for _ in $(seq 20); do s=$(status "${url}api/v1/profiles"); [[ $s == 200 ]] && break; sleep 0.1; done
[[ $s == 200 ]] || fail "after the connections closed: $s, not 200"

stop_web
# The log names requests, never what is in the journal.
! grep -qE 'secret-note-xyz|Pumpkin|Banana' "$web_log" || fail "the server log shows journal contents"

# Off loopback only with a token.
if "$mgcalc" web --listen 0.0.0.0 --port 0 > "$tmp/out" 2>&1; then
  fail "--listen 0.0.0.0 without a token started"
fi
grep -q "token" "$tmp/out" || fail "--listen without a token does not say why: $(cat "$tmp/out")"

# A profile file whose name cannot name its journal folder: an add is refused with the
# CLI's message (400), as every other route refuses it, not answered 500.
mkdir -p "$tmp/names" && cp "$profile" "$tmp/names/...yaml"
mgcalc_path=$(readlink -f "$mgcalc")
(cd "$tmp/names" && exec "$mgcalc_path" web --port 0 --profile ./...yaml > "$tmp/n.out" 2> /dev/null) &
npid=$!
for _ in $(seq 100); do grep -q '^Serving on' "$tmp/n.out" && break; sleep 0.1; done
nurl=$(sed -n 's/^Serving on \(http[^ ]*\)$/\1/p' "$tmp/n.out")
ncsrf=$(curl -s "${nurl}foods" | sed -n 's/.*<meta name="csrf-token" content="\([0-9a-f]*\)">.*/\1/p')
s=$(status -X POST -H 'Content-Type: application/json' -H "X-CSRF-Token: $ncsrf" -H "Origin: ${nurl%/}" -d "$entry" "${nurl}api/v1/entries")
[[ $s == 400 ]] || fail "an add with the profile ./...yaml: $s, not 400"
grep -qF "the journal folder is named after the profile file ./...yaml" "$tmp/body" ||
  fail "an add with the profile ./...yaml does not say why: $(cat "$tmp/body")"
kill -INT "$npid"; wait "$npid" || fail "the ./...yaml server did not stop cleanly"

# With --token-file every request needs the token: a header, or the cookie a first visit
# with ?token= sets.
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$tmp/token"
token=$(cat "$tmp/token")
"$mgcalc" web --port 0 --listen 127.0.0.1 --token-file "$tmp/token" > "$tmp/t.out" 2> /dev/null &
tpid=$!
for _ in $(seq 100); do grep -q '^Serving on' "$tmp/t.out" && break; sleep 0.1; done
turl=$(sed -n 's/^Serving on \(http[^ ]*\)$/\1/p' "$tmp/t.out")
s=$(status "$turl"); [[ $s == 401 ]] || fail "no token: $s, not 401"
s=$(status -H "Authorization: Bearer x$token" "$turl"); [[ $s == 401 ]] || fail "a wrong token: $s, not 401"
s=$(status -H "Authorization: Bearer $token" "$turl"); [[ $s == 200 ]] || fail "the token in a header: $s, not 200"
curl -s -D "$tmp/h" -o /dev/null "$turl?token=$token"
grep -qi "^Set-Cookie: mgcalc_token=.*HttpOnly; SameSite=Strict" "$tmp/h" || fail "?token= sets no cookie"
s=$(status -H "Cookie: mgcalc_token=$token" "$turl"); [[ $s == 200 ]] || fail "the token in a cookie: $s, not 200"
# Ctrl-C stops it even while a request is half sent: that read times out (5 s), and
# requests being answered finish first.
tport=${turl%/}; tport=${tport##*:}
exec {half}<> "/dev/tcp/127.0.0.1/$tport"
printf 'POST /api/v1/entries HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nContent-Length: 100\r\n\r\n' "$tport" >&"$half"
sleep 0.3
kill -INT "$tpid"
timeout 10 tail --pid="$tpid" -f /dev/null || fail "Ctrl-C with a request half sent: still running after 10 s"
exec {half}>&-
wait "$tpid" || fail "the token server did not stop cleanly"
grep -q '^Stopped' "$tmp/t.out" || fail "the token server did not say it stopped"

if ((fails)); then echo "$fails check(s) failed"; exit 1; fi
echo "ok: security checks passed"
