#include "journal/cronometer.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <map>

#include "core/csv.hpp"
#include "core/text.hpp"
#include "core/yaml_doc.hpp"

namespace mg {
namespace {

// Dates as Cronometer writes them: 2024-03-04, or 2012-9-10 in old exports.
std::optional<Date> parse_day(std::string_view s) {
    const auto parts = split_words(s, "-");
    if (parts.size() != 3) return std::nullopt;
    int v[3];
    for (int i = 0; i < 3; ++i) {
        auto [p, ec] = std::from_chars(parts[i].data(), parts[i].data() + parts[i].size(), v[i]);
        if (ec != std::errc() || p != parts[i].data() + parts[i].size()) return std::nullopt;
    }
    return Date::parse(fmt::format("{:04}-{:02}-{:02}", v[0], v[1], v[2]));
}

std::string meal_of(std::string_view group) {
    const std::string g = to_lower(trim(group));
    if (g == "breakfast" || g == "lunch" || g == "dinner") return g;
    if (g == "snacks" || g == "snack") return "snack";
    if (g == "uncategorized" || g.empty()) return {};
    return g;  // a user-defined diary group, kept as written
}

// Grams when the amount says so: "50.00 g" or "1.00 cup (180 g)".
std::int64_t grams_in(std::string_view amount) {
    std::string a(trim(amount));
    double g = -1;
    auto number = [](std::string_view s, double& out) {
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
        return ec == std::errc() && p == s.data() + s.size() && std::isfinite(out);
    };
    if (a.size() > 2 && a.ends_with(" g")) number(std::string_view(a).substr(0, a.size() - 2), g);
    const auto open = a.rfind('('), close = a.rfind(" g)");
    if (g < 0 && open != std::string::npos && close != std::string::npos && close > open)
        number(std::string_view(a).substr(open + 1, close - open - 1), g);
    return g > 0 && g < 100000 ? std::llround(g * 1000) : 0;
}

std::uint64_t fnv1a(std::string_view s) {
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
    return h;
}

}  // namespace

CronometerImport parse_cronometer(const std::string& path, std::string_view raw) {
    CronometerImport out;
    const std::string text =
        clean_text(path, raw, InputLimits{64u << 20, 1u << 20, 32, 0}, out.errors);
    if (!out.errors.empty()) return out;
    std::vector<CsvRow> rows;
    int bad_line = 0;
    if (!parse_csv(text, rows, bad_line)) {
        out.errors.push_back({.file = path,
                              .line = bad_line,
                              .column = 0,
                              .message = "a quoted field is never closed",
                              .hint = "is this a CSV export?"});
        return out;
    }
    if (rows.empty()) {
        out.errors.push_back(
            {.file = path,
             .line = 1,
             .column = 1,
             .message = "the file is empty",
             .hint = "export 'Food & Recipe Entries' (servings.csv) from Cronometer"});
        return out;
    }
    std::map<std::string, size_t> col;
    for (size_t i = 0; i < rows[0].fields.size(); ++i)
        col[std::string(trim(rows[0].fields[i]))] = i;
    std::vector<std::string> missing;
    for (const char* need : {"Day", "Food Name", "Amount", "Magnesium (mg)"})
        if (!col.count(need)) missing.push_back(need);
    if (!missing.empty()) {
        out.errors.push_back(
            {.file = path,
             .line = 1,
             .column = 1,
             .message = fmt::format("not a Cronometer servings.csv: no column {}", join(missing)),
             .hint =
                 col.count("Date")
                     ? "this looks like dailysummary.csv; export 'Food & Recipe Entries' instead"
                     : "export 'Food & Recipe Entries' (servings.csv) from Cronometer"});
        return out;
    }
    auto cell = [&](const CsvRow& r, const char* name) -> std::string {
        auto it = col.find(name);
        return it != col.end() && it->second < r.fields.size()
                   ? std::string(trim(r.fields[it->second]))
                   : std::string();
    };
    std::map<std::uint64_t, int> seen;
    for (size_t i = 1; i < rows.size(); ++i) {
        const CsvRow& r = rows[i];
        auto err = [&](std::string msg) {
            out.errors.push_back(
                {.file = path, .line = r.line, .column = 0, .message = std::move(msg)});
        };
        if (r.fields.size() != rows[0].fields.size()) {
            err(fmt::format("row has {} fields, the header has {}", r.fields.size(),
                            rows[0].fields.size()));
            continue;
        }
        const std::string day = cell(r, "Day"), name = cell(r, "Food Name"),
                          amount = cell(r, "Amount"), mg = cell(r, "Magnesium (mg)");
        const auto date = parse_day(day);
        if (!date) {
            err(fmt::format("Day '{}' is not a date", day));
            continue;
        }
        if (name.empty()) {
            err("Food Name is empty");
            continue;
        }
        if (mg.empty()) {
            out.no_magnesium.push_back(r.line);
            continue;
        }
        double v = -1;
        auto [p, ec] = std::from_chars(mg.data(), mg.data() + mg.size(), v);
        if (ec != std::errc() || p != mg.data() + mg.size() || !(v >= 0 && v < 100000)) {
            err(fmt::format("Magnesium (mg) '{}' is not a non-negative number", mg));
            continue;
        }
        JournalEntry e;
        e.date = *date;
        e.meal = meal_of(cell(r, "Group"));
        e.kind = EntryKind::food;
        e.food_id = "cronometer";
        e.name = name;
        e.amount = amount.empty() ? "?" : amount;
        e.food_mg = grams_in(amount);
        e.magnesium = Magnesium::from_mg_double(v);
        // Identical rows (the same food twice at the same time) stay distinct by occurrence.
        const std::uint64_t h =
            fnv1a(fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", e.date.iso(), cell(r, "Time"),
                              cell(r, "Group"), name, amount, mg));
        e.import_key = fmt::format("cronometer:{:016x}:{}", h, ++seen[h]);
        out.entries.push_back(std::move(e));
    }
    return out;
}

}  // namespace mg
