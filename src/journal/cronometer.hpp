#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "journal/entry.hpp"

namespace mg {

/// The result of reading a Cronometer servings.csv export (docs/import.md).
struct CronometerImport {
    std::vector<JournalEntry> entries;  ///< without ids; `import_key` set for idempotence
    std::vector<Diagnostic> errors;     ///< malformed rows, by line
    std::vector<int> no_magnesium;      ///< lines whose Magnesium cell is empty (unknown, not 0)
};

/// Parses the CSV by header name (columns vary between export versions): Day, Food Name,
/// Amount and Magnesium (mg) are required; Group and Time are used when present. Pure.
CronometerImport parse_cronometer(const std::string& path, std::string_view text);

}  // namespace mg
