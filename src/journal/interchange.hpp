#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "journal/entry.hpp"
#include "journal/import_csv.hpp"

namespace mg {

/// The `format` of an `export json` document.
constexpr std::string_view kExportFormat = "mgcalc-journal-export";

/// Every entry as CSV (RFC 4180, header first): all journal fields, magnesium and grams at
/// the journal's stored precision (thousandths), so that `parse_mgcalc_export` reads back
/// exactly the same entries (docs/file-formats.md#exports).
std::string export_csv(const std::vector<JournalEntry>& entries);
/// export_csv's parts, for writing it a month at a time: its header line, and the lines of
/// `entries` appended to `out` (safe to call from several threads on different outputs).
std::string export_csv_header();
void append_csv_lines(const std::vector<JournalEntry>& entries, std::string& out);

/// Every entry as a JSON object with all journal fields (null when absent), numbers at
/// stored precision: {"format": kExportFormat, "version": 1, "entries": [...]}.
nlohmann::json export_json(const std::vector<JournalEntry>& entries);

/// Reads back what `export_csv` or `export_json` wrote (told apart by the first character),
/// validating each entry exactly as a journal line. Entries keep their ids, `added` times
/// and import keys; an empty id is left for the journal to assign. Pure.
ImportRows parse_mgcalc_export(const std::string& path, std::string_view text);

}  // namespace mg
