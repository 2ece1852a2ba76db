#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace mg::web {

// The checks every request passes (docs/web.md#security). Pure functions: the server calls
// them, the tests can too.

/// True for 127.0.0.0/8, ::1 and "localhost".
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

}  // namespace mg::web
