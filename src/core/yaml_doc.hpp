#pragma once
#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace mg {

/// Limits that keep hostile or accidental input from exhausting memory or stack.
struct InputLimits {
    size_t max_file_bytes = 64u << 20;
    size_t max_line_bytes = 64u << 10;
    int max_depth = 32;
    size_t max_nodes = 2'000'000;
};

/// Normalises raw file bytes: strips a UTF-8 BOM, turns CRLF into LF, and rejects NUL bytes,
/// invalid UTF-8, oversize files and overlong lines with located diagnostics.
/// Appends problems to `errors`; returns the cleaned text.
std::string clean_text(const std::string& path, std::string_view bytes, const InputLimits& limits,
                       std::vector<Diagnostic>& errors);
/// The same cleaning without a copy when none is needed: the result views `bytes` (after a
/// BOM) when the text is already clean, else `storage`, which holds the cleaned text. Valid
/// while both live and are unchanged. The readers of the large files (journal months, food
/// tables) use it; a 2-8 MB copy is otherwise the largest allocation they make.
std::string_view clean_text(const std::string& path, std::string_view bytes,
                            const InputLimits& limits, std::vector<Diagnostic>& errors,
                            std::string& storage);

/// A YAML document parsed with yaml-cpp (the parser of record for hand-edited files),
/// with its source lines kept for error display.
struct YamlDoc {
    std::string path;
    std::vector<std::string> lines;
    YAML::Node root;

    /// A diagnostic located at `node` (1-based line/column), showing its source line.
    Diagnostic at(const YAML::Node& node, std::string message, std::string hint = {}) const;
    Diagnostic at_line(int line, int column, std::string message, std::string hint = {}) const;
};

/// Parses `text` as one YAML document: the reading of record of every mgcalc file. Throws
/// InputError (located) on syntax errors, on anchors/aliases (refused: they can explode or
/// loop), on nesting deeper than the limit, and on duplicate keys in any mapping (every one
/// reported, at the second occurrence; yaml-cpp itself accepts them silently).
YamlDoc parse_yaml(const std::string& path, std::string_view text, const InputLimits& limits = {});

/// Splits text into lines (without the newline).
std::vector<std::string> split_lines(std::string_view text);

}  // namespace mg
