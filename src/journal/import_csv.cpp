#include "journal/import_csv.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>

#include "core/text.hpp"
#include "core/yaml_doc.hpp"

namespace mg {

std::string CsvTable::cell(const CsvRow& row, std::string_view name) const {
    auto it = columns.find(name);
    return it != columns.end() && it->second < row.fields.size()
               ? std::string(trim(row.fields[it->second]))
               : std::string();
}

std::optional<CsvTable> read_csv_table(const std::string& path, std::string_view raw,
                                       std::vector<Diagnostic>& errors, const std::string& hint) {
    const std::string text = clean_text(path, raw, InputLimits{64u << 20, 1u << 20, 32, 0}, errors);
    if (!errors.empty()) return std::nullopt;
    std::vector<CsvRow> rows;
    int bad_line = 0;
    if (!parse_csv(text, rows, bad_line)) {
        errors.push_back({.file = path,
                          .line = bad_line,
                          .column = 0,
                          .message = "a quoted field is never closed",
                          .hint = "is this a CSV export?"});
        return std::nullopt;
    }
    if (rows.empty()) {
        errors.push_back(
            {.file = path, .line = 1, .column = 1, .message = "the file is empty", .hint = hint});
        return std::nullopt;
    }
    CsvTable t;
    t.width = rows[0].fields.size();
    for (size_t i = 0; i < rows[0].fields.size(); ++i)
        t.columns.emplace(std::string(trim(rows[0].fields[i])), i);
    t.rows.assign(rows.begin() + 1, rows.end());
    return t;
}

std::vector<std::string> missing_columns(const CsvTable& table,
                                         const std::vector<std::string>& need) {
    std::vector<std::string> out;
    for (const auto& n : need)
        if (!table.has(n)) out.push_back(n);
    return out;
}

std::optional<Diagnostic> refuse_myfitnesspal(const std::string& path, const CsvTable& table) {
    if (!table.has("Date") || !table.has("Meal") || !table.has("Calories") ||
        table.has("Magnesium (mg)"))
        return std::nullopt;
    return Diagnostic{
        .file = path,
        .line = 1,
        .column = 1,
        .message =
            "this is a MyFitnessPal nutrition summary: it has no magnesium column "
            "('Magnesium (mg)'), so there is nothing to import",
        .hint =
            "MyFitnessPal does not export magnesium; log the foods with 'mgcalc log add', "
            "or export from Cronometer"};
}

namespace {

bool whole(std::string_view s, int& v) {
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return !s.empty() && ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

std::optional<Date> parse_export_date(std::string_view s) {
    const bool us = s.find('/') != std::string_view::npos;
    const auto parts = split_words(s, us ? "/" : "-");
    int v[3];
    if (parts.size() != 3) return std::nullopt;
    for (int i = 0; i < 3; ++i)
        if (!whole(parts[i], v[i]) || parts[i].size() > 4) return std::nullopt;
    const int y = us ? v[2] : v[0], m = us ? v[0] : v[1], d = us ? v[1] : v[2];
    if (y < 1000) return std::nullopt;
    return Date::parse(fmt::format("{:04}-{:02}-{:02}", y, m, d));
}

std::optional<double> parse_export_number(std::string_view s) {
    double v = -1;
    if (s.empty() || s.find_first_of("eEnN") != std::string_view::npos) return std::nullopt;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || !(v >= 0 && v < 1e6)) return std::nullopt;
    return v;
}

std::string export_number_problem(std::string_view column, std::string_view cell) {
    double v = 0;
    auto [p, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), v);
    const bool number = p == cell.data() + cell.size() && !cell.empty() &&
                        (ec == std::errc::result_out_of_range || (ec == std::errc() && v >= 0));
    if (number && (ec != std::errc() || v >= 1e6))
        return fmt::format("{} '{}' is too large (at most 999999)", column, cell);
    return fmt::format("{} '{}' is not a non-negative number", column, cell);
}

std::string normal_time(std::string_view s) {
    std::string t = to_lower(trim(s));
    int add = 0;
    if (t.ends_with("am") || t.ends_with("pm")) {
        add = t.ends_with("pm") ? 12 : 0;
        t = std::string(trim(std::string_view(t).substr(0, t.size() - 2)));
    }
    const auto parts = split_words(t, ":");
    int h = 0, m = 0, sec = 0;
    if ((parts.size() != 2 && parts.size() != 3) || !whole(parts[0], h) || !whole(parts[1], m) ||
        (parts.size() == 3 && !whole(parts[2], sec)))
        return std::string(trim(s));
    if (h == 12 && (s.find_first_of("aApP") != std::string_view::npos)) h = 0;
    return fmt::format("{:02}:{:02}", h + add, m);
}

int column_of(const CsvTable& table, std::string_view name) {
    auto it = table.columns.find(name);
    return it == table.columns.end() ? 0 : static_cast<int>(it->second) + 1;
}

void row_problem(ImportRows& out, const std::string& path, const CsvTable& table, const CsvRow& r,
                 const char* column, std::string message) {
    out.errors.push_back({.file = path,
                          .line = r.line,
                          .column = column ? column_of(table, column) : 0,
                          .message = std::move(message)});
    out.malformed.push_back(r.line);
}

bool row_width_ok(ImportRows& out, const std::string& path, const CsvTable& table,
                  const CsvRow& r) {
    if (r.fields.size() == table.width) return true;
    row_problem(out, path, table, r, nullptr,
                fmt::format("row has {} fields, the header has {}", r.fields.size(), table.width));
    return false;
}

std::uint64_t import_hash(std::string_view s) {
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
    return h;
}

}  // namespace mg
