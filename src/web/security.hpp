#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace mg::web {

// The checks every request passes (docs/web.md#security). Pure functions: the server calls
// them, the tests can too.

/// True for 127.0.0.0/8 (a dotted IPv4 address), ::1 and "localhost".
bool is_loopback(std::string_view addr);

/// The Host header values the server answers to: the bound address (and, on loopback,
/// localhost, 127.0.0.1 and [::1]) with the port. Anything else is a DNS rebinding attempt.
std::vector<std::string> allowed_hosts(const std::string& listen, int port);

/// True when `host` (the Host header, as sent) is one of `allowed`.
bool host_allowed(std::string_view host, const std::vector<std::string>& allowed);

/// True when `origin` is exactly "http://" + `host`: the page that sent a state-changing
/// request was served by this server.
bool same_origin(std::string_view origin, std::string_view host);

/// Compares two secrets in time that depends on their lengths only.
bool constant_time_equal(std::string_view a, std::string_view b);

/// 32 random bytes from the kernel, hex-encoded (64 characters). Throws std::runtime_error
/// when the kernel gives none.
std::string random_token();

/// The value of cookie `name` in a Cookie header, or "" when absent.
std::string cookie_value(std::string_view header, std::string_view name);

/// The headers every response carries (CSP, nosniff, no-referrer, no-store, framing).
std::vector<std::pair<std::string, std::string>> security_headers();

/// True for a method that may change state (anything but GET, HEAD and OPTIONS).
bool changes_state(std::string_view method);

/// True for the methods the app answers: GET, HEAD, POST, PUT, PATCH and DELETE.
bool method_served(std::string_view method);

/// What the server checks on every request: the Host values it answers to, the access token
/// (empty on loopback without --token-file) and the per-start CSRF token.
struct Gate {
    std::vector<std::string> hosts{};
    std::string access_token{};
    std::string csrf{};
};

/// The fields of a request the checks read, as sent (headers and the `token` query parameter).
struct RequestFacts {
    std::string method{};
    std::string host{};           ///< the first Host header, "" when none
    size_t host_headers = 0;      ///< how many Host headers were sent: 1, or it is refused
    std::string authorization{};  ///< the Authorization header
    std::string cookie{};         ///< the Cookie header
    std::string token_param{};    ///< ?token=, a browser's first visit off loopback
    std::string origin{};
    std::string csrf_header{};  ///< X-CSRF-Token
};

/// What the checks decided. `status` 0 lets the request through; otherwise it is answered
/// with `status` and `message`. `set_cookie`, when not empty, is a Set-Cookie value keeping
/// the access token that came in the URL.
struct Verdict {
    int status = 0;
    std::string message{};
    std::string set_cookie{};
};

/// The checks every request passes before routing, in order: exactly one Host header, one
/// the server answers to (400); a method it serves (501); the access token when `g` has one (401;
/// from `Authorization: Bearer`, the `mgcalc_token` cookie, or ?token= on a request that changes
/// nothing), and for a request that changes state a same-origin Origin and the CSRF token (403).
/// Secrets are compared in constant time.
Verdict check_request(const RequestFacts& r, const Gate& g);

/// `asked` (the ?profile= parameter) when it is "" or a profile name (core/names.hpp), not
/// ending in ".yaml". Throws UsageError otherwise: the workspace would take a file path.
std::string profile_param(const std::string& asked);

}  // namespace mg::web
