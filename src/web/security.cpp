#include "web/security.hpp"

#include <arpa/inet.h>
#include <fmt/format.h>
#include <sys/random.h>

#include <array>
#include <stdexcept>

#include "core/diagnostic.hpp"
#include "core/names.hpp"

namespace mg::web {

bool is_loopback(std::string_view addr) {
    if (addr == "localhost" || addr == "::1" || addr == "[::1]") return true;
    // A host name such as 127.evil.example resolves wherever its owner likes.
    in_addr v4{};
    return inet_pton(AF_INET, std::string(addr).c_str(), &v4) == 1 &&
           (ntohl(v4.s_addr) >> 24) == 127;
}

std::vector<std::string> allowed_hosts(const std::string& listen, int port) {
    std::vector<std::string> names{listen.find(':') != std::string::npos ? "[" + listen + "]"
                                                                         : listen};
    if (is_loopback(listen)) names = {"127.0.0.1", "localhost", "[::1]", names.front()};
    std::vector<std::string> hosts;
    for (const auto& n : names) hosts.push_back(fmt::format("{}:{}", n, port));
    return hosts;
}

bool host_allowed(std::string_view host, const std::vector<std::string>& allowed) {
    for (const auto& a : allowed)
        if (host == a) return true;
    return false;
}

bool same_origin(std::string_view origin, std::string_view host) {
    return !host.empty() && origin.size() == host.size() + 7 && origin.starts_with("http://") &&
           origin.substr(7) == host;
}

bool constant_time_equal(std::string_view a, std::string_view b) {
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const std::string_view& longer = a.size() >= b.size() ? a : b;
    for (size_t i = 0; i < longer.size(); ++i) {
        const unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
        const unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
        diff |= static_cast<unsigned char>(x ^ y);
    }
    return diff == 0;
}

std::string random_token() {
    std::array<unsigned char, 32> bytes{};
    if (getrandom(bytes.data(), bytes.size(), 0) != static_cast<ssize_t>(bytes.size()))
        throw std::runtime_error("cannot read random bytes for the session token");
    std::string hex;
    for (unsigned char b : bytes) hex += fmt::format("{:02x}", b);
    return hex;
}

std::string cookie_value(std::string_view header, std::string_view name) {
    size_t pos = 0;
    while (pos < header.size()) {
        size_t end = header.find(';', pos);
        if (end == std::string_view::npos) end = header.size();
        std::string_view part = header.substr(pos, end - pos);
        while (part.starts_with(' ')) part.remove_prefix(1);
        if (part.size() > name.size() && part.starts_with(name) && part[name.size()] == '=')
            return std::string(part.substr(name.size() + 1));
        pos = end + 1;
    }
    return {};
}

std::vector<std::pair<std::string, std::string>> security_headers() {
    return {{"Content-Security-Policy",
             "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
             "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
            {"X-Content-Type-Options", "nosniff"},
            {"Referrer-Policy", "no-referrer"},
            {"X-Frame-Options", "DENY"},
            {"Cross-Origin-Opener-Policy", "same-origin"},
            {"Cross-Origin-Resource-Policy", "same-origin"},
            {"Cache-Control", "no-store"}};
}

bool changes_state(std::string_view method) {
    return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

bool method_served(std::string_view method) {
    for (std::string_view m : {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"})
        if (method == m) return true;
    return false;
}

Verdict check_request(const RequestFacts& r, const Gate& g) {
    // RFC 9112, 3.2: a request with more than one Host header is answered 400; which one
    // a proxy in front would have believed is anyone's guess.
    if (r.host_headers != 1)
        return {.status = 400,
                .message = r.host_headers ? "more than one Host header" : "no Host header"};
    if (!host_allowed(r.host, g.hosts)) return {.status = 400, .message = "unknown Host"};
    // RFC 9110, 15.6.2: a method the server does not implement is 501, not a 403 or a 404.
    if (!method_served(r.method)) return {.status = 501, .message = "method not served"};
    Verdict pass;
    if (!g.access_token.empty()) {
        std::string given = r.authorization.starts_with("Bearer ")
                                ? r.authorization.substr(7)
                                : cookie_value(r.cookie, "mgcalc_token");
        // A browser's first visit brings the token in the URL once; a cookie keeps it.
        if (!changes_state(r.method) && !r.token_param.empty() &&
            constant_time_equal(r.token_param, g.access_token)) {
            given = r.token_param;
            pass.set_cookie =
                "mgcalc_token=" + r.token_param + "; HttpOnly; SameSite=Strict; Path=/";
        }
        if (!constant_time_equal(given, g.access_token))
            return {.status = 401, .message = "this server needs its access token"};
    }
    if (changes_state(r.method)) {
        if (!same_origin(r.origin, r.host))
            return {.status = 403, .message = "cross-origin request refused"};
        if (!constant_time_equal(r.csrf_header, g.csrf))
            return {.status = 403, .message = "missing or wrong CSRF token"};
    }
    return pass;
}

std::string profile_param(const std::string& asked) {
    if (asked.empty()) return asked;
    if (auto problem = name_problem(asked))
        throw UsageError("profile name " + *problem, std::string(kNameRule));
    if (asked.ends_with(".yaml"))
        throw UsageError(fmt::format("profile name '{}' ends in .yaml", asked),
                         "give the name without .yaml, e.g. ?profile=maria");
    return asked;
}

}  // namespace mg::web
