#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace mg {

/// One CSV record with the 1-based line it starts on.
struct CsvRow {
    int line = 0;
    std::vector<std::string> fields;
};

/// Parses RFC 4180 CSV (quoted fields, doubled quotes, embedded newlines; LF or CRLF).
/// Returns false and sets `error_line` when a quoted field is never closed.
bool parse_csv(std::string_view text, std::vector<CsvRow>& rows, int& error_line);

/// Quotes a field when it contains a comma, quote or newline.
std::string csv_field(std::string_view s);
/// Appends csv_field(s) to `out` (the same bytes, without a string per field).
void append_csv_field(std::string& out, std::string_view s);
/// The most bytes csv_field(s) can take: every character a quote, doubled, and the two
/// around it.
constexpr size_t csv_field_bound(std::string_view s) {
    return 2 * s.size() + 2;
}
/// Writes csv_field(s) at `p`, which has room for csv_field_bound(s) bytes, and returns the
/// end of what it wrote: for writing many fields into one buffer sized once (export csv).
char* write_csv_field(char* p, std::string_view s);

}  // namespace mg
