#pragma once
#include <cctype>
#include <string>
#include <string_view>

#include "report/weekly.hpp"

namespace mg::web {

/// `s` with & < > " ' escaped, for HTML text and attribute values (the report's escaping).
inline std::string esc(std::string_view s) {
    return html_escape(s);
}

/// `s` percent-encoded for a URL query value.
inline std::string url_encode(std::string_view s) {
    static const char* hex = "0123456789ABCDEF";
    std::string o;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            o += static_cast<char>(c);
        } else {
            o += '%';
            o += hex[c >> 4];
            o += hex[c & 15];
        }
    }
    return o;
}

}  // namespace mg::web
