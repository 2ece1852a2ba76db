#include "web/security.hpp"

#include <fmt/format.h>
#include <sys/random.h>

#include <array>
#include <stdexcept>

namespace mg::web {

bool is_loopback(std::string_view addr) {
    return addr == "localhost" || addr == "::1" || addr == "[::1]" || addr.starts_with("127.");
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

}  // namespace mg::web
