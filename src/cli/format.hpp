#pragma once
#include <array>
#include <optional>
#include <string_view>

namespace mg::cli {

/// Output format chosen with --format.
enum class Format { text, json, markdown, html, csv };

/// One spelling of a format on the command line.
struct FormatName {
    Format format;
    std::string_view name;
};

/// The one table of format names: the first row of each format is its name; later rows
/// are accepted aliases ("md").
inline constexpr std::array<FormatName, 6> kFormatNames = {{
    {.format = Format::text, .name = "text"},
    {.format = Format::json, .name = "json"},
    {.format = Format::markdown, .name = "markdown"},
    {.format = Format::html, .name = "html"},
    {.format = Format::csv, .name = "csv"},
    {.format = Format::markdown, .name = "md"},
}};

/// The name of `f` ("json").
constexpr std::string_view format_name(Format f) {
    for (const auto& row : kFormatNames)
        if (row.format == f) return row.name;
    return {};
}

/// The format named (or aliased) `name`, or nullopt.
constexpr std::optional<Format> parse_format(std::string_view name) {
    for (const auto& row : kFormatNames)
        if (row.name == name) return row.format;
    return std::nullopt;
}

}  // namespace mg::cli
