#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mg::web {

/// One HTTP request as the server read it, its target already split and percent-decoded.
struct HttpRequest {
    std::string method{};                                        ///< "GET", "HEAD", "POST", ...
    std::string path{};                                          ///< decoded, without the query
    std::map<std::string, std::string> params{};                 ///< the query's, decoded
    std::vector<std::pair<std::string, std::string>> headers{};  ///< as sent, in order
    std::string body{};

    /// The first header named `name` (compared without case), or "" when none is.
    std::string header(std::string_view name) const;
    /// How many headers are named `name` (compared without case).
    size_t header_count(std::string_view name) const;
    /// The query parameter `name`, or "" when absent.
    std::string param(std::string_view name) const;
};

/// The answer to a request. The server adds Content-Length and Connection.
struct HttpResponse {
    int status = 200;
    std::string content_type{};
    std::string body{};
    std::vector<std::pair<std::string, std::string>> headers{};
    bool close = false;  ///< close the connection once this is sent
};

/// `%XX` decoded (and, with `plus_is_space`, `+` as a space, as in a query). nullopt when a
/// `%` is not followed by two hex digits.
std::optional<std::string> percent_decode(std::string_view s, bool plus_is_space);

/// The decoded path and query parameters of an origin-form request target
/// ("/path?a=1&b=2"). nullopt when the target does not start with '/' or an escape is
/// malformed. A name given twice keeps its first value; a name without '=' has value "".
struct Target {
    std::string path;
    std::map<std::string, std::string> params;
};
std::optional<Target> parse_target(std::string_view target);

}  // namespace mg::web
