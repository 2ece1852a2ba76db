#include "journal/cronometer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

#include "core/text.hpp"

namespace mg {
namespace {

const char* const kServingsHint = "export 'Food & Recipe Entries' (servings.csv) from Cronometer";

std::string meal_of(std::string_view group) {
    const std::string g = to_lower(trim(group));
    if (g == "breakfast" || g == "lunch" || g == "dinner") return g;
    if (g == "snacks" || g == "snack") return "snack";
    if (g == "uncategorized" || g.empty()) return {};
    return g;  // a user-defined diary group, kept as written
}

// Grams when the amount says so: "50.00 g" or "1.00 cup (180 g)". Not "81.00 mg".
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

// The header checks shared by both Cronometer readers: a MyFitnessPal file, or missing
// columns, refuse the whole file.
bool header_ok(const std::string& path, const CsvTable& t, const std::vector<std::string>& need,
               const char* what, const std::string& hint, std::vector<Diagnostic>& errors) {
    if (auto mfp = refuse_myfitnesspal(path, t)) {
        errors.push_back(*mfp);
        return false;
    }
    const auto missing = missing_columns(t, need);
    if (missing.empty()) return true;
    errors.push_back(
        {.file = path,
         .line = 1,
         .column = 1,
         .message = fmt::format("not a Cronometer {}: no column {}", what, join(missing)),
         .hint = hint});
    return false;
}

// Import keys: one per row, identical rows kept distinct by occurrence. The current key
// hashes the parsed values, so a spreadsheet re-save (90.00 → 90, 2022-11-03 → 11/3/2022)
// is the same row; the legacy key (raw cells) is what earlier releases wrote.
struct Keys {
    std::map<std::uint64_t, int> seen, seen_legacy;
};

void set_keys(const CsvTable& t, const CsvRow& r, JournalEntry& e, Keys& k) {
    const std::string group = t.cell(r, "Group");
    const std::uint64_t h = import_hash(fmt::format(
        "v2\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", e.date.iso(), normal_time(t.cell(r, "Time")),
        group, e.name, t.cell(r, "Amount"), e.magnesium.ug()));
    e.import_key = fmt::format("cronometer:{:016x}:{}", h, ++k.seen[h]);
    const std::uint64_t old = import_hash(
        fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", e.date.iso(), t.cell(r, "Time"), group,
                    t.cell(r, "Food Name"), t.cell(r, "Amount"), t.cell(r, "Magnesium (mg)")));
    e.legacy_import_key = fmt::format("cronometer:{:016x}:{}", old, ++k.seen_legacy[old]);
}

// Which column files the row under a supplement group: "Group", "Category" or "".
std::string supplement_by(const CronometerOptions& o, const CsvTable& t, const CsvRow& r) {
    if (is_supplement_group(o, t.cell(r, "Group"))) return "Group";
    if (is_supplement_group(o, t.cell(r, "Category"))) return "Category";
    return {};
}

void read_serving(const std::string& path, const CsvTable& t, const CsvRow& r,
                  const CronometerOptions& options, Keys& keys, CronometerImport& out) {
    ++out.rows;
    auto err = [&](const char* column, std::string msg) {
        row_problem(out, path, t, r, column, std::move(msg));
    };
    if (!row_width_ok(out, path, t, r)) return;
    const std::string day = t.cell(r, "Day"), name = t.cell(r, "Food Name"),
                      amount = t.cell(r, "Amount"), mg = t.cell(r, "Magnesium (mg)"),
                      group = t.cell(r, "Group");
    const auto date = parse_export_date(day);
    if (!date) return err("Day", fmt::format("Day '{}' is not a date", day));
    if (name.empty()) return err("Food Name", "Food Name is empty");
    if (mg.empty()) return out.no_magnesium.push_back(r.line);
    const auto v = parse_export_number(mg);
    if (!v) return err("Magnesium (mg)", export_number_problem("Magnesium (mg)", mg));
    JournalEntry e;
    e.date = *date;
    const std::string by = supplement_by(options, t, r);
    const bool supplement = !by.empty();
    if (supplement) out.supplement_rows.push_back({.line = r.line, .name = name, .by = by});
    // A supplement group is where it was filed, not a meal.
    e.meal = is_supplement_group(options, group) ? std::string() : meal_of(group);
    e.kind = supplement ? EntryKind::supplement : EntryKind::food;
    if (!supplement) e.food_id = "cronometer";
    e.name = name;
    e.amount = amount.empty() ? "?" : amount;
    if (!supplement) e.food_mg = grams_in(amount);
    e.magnesium = Magnesium::from_mg_double(*v);
    set_keys(t, r, e, keys);
    out.entries.push_back(std::move(e));
}

}  // namespace

bool is_supplement_group(const CronometerOptions& o, std::string_view group) {
    const std::string g = to_lower(trim(group));
    return !g.empty() && std::any_of(o.supplement_groups.begin(), o.supplement_groups.end(),
                                     [&](const std::string& s) { return to_lower(trim(s)) == g; });
}

CronometerImport parse_cronometer(const std::string& path, std::string_view raw,
                                  const CronometerOptions& options) {
    CronometerImport out;
    const auto t = read_csv_table(path, raw, out.errors, kServingsHint);
    if (!t) return out;
    const bool daily = t->has("Date") && !t->has("Day");
    if (!header_ok(path, *t, {"Day", "Food Name", "Amount", "Magnesium (mg)"}, "servings.csv",
                   daily ? "this looks like dailysummary.csv: import it with 'mgcalc import "
                           "cronometer-daily'"
                         : kServingsHint,
                   out.errors))
        return out;
    Keys keys;
    for (const CsvRow& r : t->rows) read_serving(path, *t, r, options, keys, out);
    return out;
}

}  // namespace mg
