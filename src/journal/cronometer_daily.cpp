// Cronometer's dailysummary.csv: one row per day (or per diary group and day), day totals.
#include <fmt/format.h>

#include <map>

#include "core/text.hpp"
#include "journal/cronometer.hpp"

namespace mg {
namespace {

const char* const kDailyHint = "export 'Daily Nutrition' (dailysummary.csv) from Cronometer";

// One day as the file gives it: its Total row, or its group rows summed.
struct DayRows {
    int line = 0;             // the first row of the day
    bool from_total = false;  // a Total row was seen: it alone counts
    bool any_mg = false;      // some row had a magnesium value
    double mg = 0;
    bool zero_energy = true;  // nothing logged: energy empty or 0 on every row used
    bool completed = false;
};

void add_row(DayRows& d, bool total_row, std::optional<double> mg, std::optional<double> kcal,
             bool completed) {
    if (d.from_total && !total_row) return;
    if (total_row && !d.from_total) d = DayRows{.line = d.line, .from_total = true};
    if (mg) d.any_mg = true, d.mg += *mg;
    if (kcal && *kcal > 0) d.zero_energy = false;
    d.completed |= completed;
}

}  // namespace

CronometerImport parse_cronometer_daily(const std::string& path, std::string_view raw) {
    CronometerImport out;
    const auto t = read_csv_table(path, raw, out.errors, kDailyHint);
    if (!t) return out;
    if (auto mfp = refuse_myfitnesspal(path, *t)) {
        out.errors.push_back(*mfp);
        return out;
    }
    if (const auto missing = missing_columns(*t, {"Date", "Magnesium (mg)"}); !missing.empty()) {
        out.errors.push_back(
            {.file = path,
             .line = 1,
             .column = 1,
             .message =
                 fmt::format("not a Cronometer dailysummary.csv: no column {}", join(missing)),
             .hint = t->has("Day") && t->has("Food Name")
                         ? "this looks like servings.csv: import it with 'mgcalc import "
                           "cronometer'"
                         : kDailyHint});
        return out;
    }
    const bool grouped = t->has("Group");
    std::map<Date, DayRows> days;
    for (const CsvRow& r : t->rows) {
        ++out.rows;
        auto err = [&](std::string msg) {
            out.errors.push_back(
                {.file = path, .line = r.line, .column = 0, .message = std::move(msg)});
        };
        if (r.fields.size() != t->width) {
            err(fmt::format("row has {} fields, the header has {}", r.fields.size(), t->width));
            continue;
        }
        const std::string day = t->cell(r, "Date"), mg = t->cell(r, "Magnesium (mg)");
        const auto date = parse_export_date(day);
        if (!date) {
            err(fmt::format("Date '{}' is not a date", day));
            continue;
        }
        const auto v = parse_export_number(mg);
        if (!mg.empty() && !v) {
            err(fmt::format("Magnesium (mg) '{}' is not a non-negative number", mg));
            continue;
        }
        const std::string completed = to_lower(t->cell(r, "Completed"));
        if (!completed.empty() && completed != "true" && completed != "false") {
            err(fmt::format("Completed '{}' must be true or false", t->cell(r, "Completed")));
            continue;
        }
        auto [it, fresh] = days.try_emplace(*date, DayRows{.line = r.line});
        if (!fresh && !grouped) {
            err(fmt::format("Date {} is given twice (first on line {})", date->iso(),
                            it->second.line));
            continue;
        }
        add_row(it->second, grouped && to_lower(t->cell(r, "Group")) == "total", v,
                parse_export_number(t->cell(r, "Energy (kcal)")), completed == "true");
    }
    for (const auto& [date, d] : days) {
        if (!d.any_mg) {
            out.no_magnesium.push_back(d.line);
            continue;
        }
        if (d.mg == 0 && d.zero_energy) {
            out.empty_days.push_back(d.line);
            continue;
        }
        JournalEntry e;
        e.date = date;
        e.kind = EntryKind::total;
        e.name = "Cronometer daily total";
        e.magnesium = Magnesium::from_mg_double(d.mg);
        // One total per day: a later export of the same day is the same day, not a new one.
        e.import_key = "cronometer-daily:" + date.iso();
        out.entries.push_back(e);
        if (!d.completed) continue;
        JournalEntry mark;
        mark.date = date;
        mark.kind = EntryKind::day;
        mark.complete = true;
        mark.import_key = "cronometer-daily:" + date.iso() + ":completed";
        out.entries.push_back(mark);
    }
    return out;
}

}  // namespace mg
