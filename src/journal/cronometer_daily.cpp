// Cronometer's dailysummary.csv: one row per day (or per diary group and day), day totals.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "core/text.hpp"
#include "journal/cronometer.hpp"

namespace mg {
namespace {

const char* const kDailyHint = "export 'Daily Nutrition' (dailysummary.csv) from Cronometer";

// One day as the file gives it: its Total row, its group rows and its supplement groups.
struct DayRows {
    int line = 0;                        // the first row of the day
    std::optional<double> total_row;     // the Total row's magnesium
    double groups = 0;                   // the other (food) group rows, summed
    std::map<std::string, double> supp;  // supplement group (as written) → magnesium
    bool any_mg = false;                 // some row had a magnesium value
    bool zero_energy = true;             // no food row with energy above 0 kcal
    bool completed = false;

    double food() const {
        double s = 0;
        for (const auto& [g, mg] : supp) s += mg;
        // The Total row includes the supplements, which become entries of their own.
        return total_row ? std::max(0.0, *total_row - s) : groups;
    }
};

struct Row {
    std::string group;  // "" when the file has no Group column
    std::optional<double> mg, kcal;
    bool completed = false;
};

void add_row(DayRows& d, const Row& r, const CronometerOptions& o) {
    if (r.mg) d.any_mg = true;
    d.completed |= r.completed;
    const double mg = r.mg.value_or(0);
    if (!r.group.empty() && is_supplement_group(o, r.group)) {
        d.supp[r.group] += mg;
        return;
    }
    if (r.kcal && *r.kcal > 0) d.zero_energy = false;
    if (to_lower(r.group) == "total")
        d.total_row = mg;
    else
        d.groups += mg;
}

void day_entries(Date date, const DayRows& d, const CsvTable& t, CronometerImport& out) {
    const bool has_energy = t.has("Energy (kcal)");
    const double food = d.food();
    if (food == 0 && d.zero_energy && d.supp.empty()) return out.empty_days.push_back(d.line);
    if (food > 0 || !d.zero_energy || d.supp.empty()) {
        if (food > 0 && d.zero_energy && has_energy) out.no_energy.push_back(date);
        JournalEntry e;
        e.date = date;
        e.kind = EntryKind::total;
        e.name = "Cronometer daily total";
        e.magnesium = Magnesium::from_mg_double(food);
        // One total per day: a later export of the same day is the same day, not a new one.
        e.import_key = "cronometer-daily:" + date.iso();
        out.entries.push_back(e);
    }
    for (const auto& [group, mg] : d.supp) {
        JournalEntry s;
        s.date = date;
        s.kind = EntryKind::supplement;
        s.name = fmt::format("Cronometer {} group", group);
        s.amount = "daily total";
        s.magnesium = Magnesium::from_mg_double(mg);
        s.import_key =
            fmt::format("cronometer-daily:{}:supplements:{}", date.iso(), to_lower(group));
        out.supplement_rows.push_back({.line = d.line, .name = s.name, .by = "Group"});
        out.entries.push_back(s);
    }
    if (!d.completed) {
        if (t.has("Completed")) out.not_completed.push_back(date);
        return;
    }
    JournalEntry mark;
    mark.date = date;
    mark.kind = EntryKind::day;
    mark.complete = true;
    mark.import_key = "cronometer-daily:" + date.iso() + ":completed";
    out.entries.push_back(mark);
}

bool header_ok(const std::string& path, const CsvTable& t, CronometerImport& out) {
    if (auto mfp = refuse_myfitnesspal(path, t)) {
        out.errors.push_back(*mfp);
        return false;
    }
    const auto missing = missing_columns(t, {"Date", "Magnesium (mg)"});
    if (missing.empty()) return true;
    out.errors.push_back(
        {.file = path,
         .line = 1,
         .column = 1,
         .message = fmt::format("not a Cronometer dailysummary.csv: no column {}", join(missing)),
         .hint = t.has("Day") && t.has("Food Name")
                     ? "this looks like servings.csv: import it with 'mgcalc import cronometer'"
                     : kDailyHint});
    return false;
}

// Reads one row into `days`, or reports why it is malformed.
void read_row(const std::string& path, const CsvTable& t, const CsvRow& r,
              const CronometerOptions& o, std::map<Date, DayRows>& days, CronometerImport& out) {
    ++out.rows;
    auto err = [&](const char* column, std::string msg) {
        row_problem(out, path, t, r, column, std::move(msg));
    };
    if (!row_width_ok(out, path, t, r)) return;
    const std::string day = t.cell(r, "Date"), mg = t.cell(r, "Magnesium (mg)");
    const auto date = parse_export_date(day);
    if (!date) return err("Date", fmt::format("Date '{}' is not a date", day));
    const auto v = parse_export_number(mg);
    if (!mg.empty() && !v)
        return err("Magnesium (mg)", export_number_problem("Magnesium (mg)", mg));
    const std::string completed = to_lower(t.cell(r, "Completed"));
    if (!completed.empty() && completed != "true" && completed != "false")
        return err("Completed",
                   fmt::format("Completed '{}' must be true or false", t.cell(r, "Completed")));
    const bool grouped = t.has("Group");
    auto [it, fresh] = days.try_emplace(*date, DayRows{.line = r.line});
    if (!fresh && !grouped)
        return err("Date", fmt::format("Date {} is given twice (first on line {})", date->iso(),
                                       it->second.line));
    add_row(it->second,
            {.group = t.cell(r, "Group"),
             .mg = v,
             .kcal = parse_export_number(t.cell(r, "Energy (kcal)")),
             .completed = completed == "true"},
            o);
}

}  // namespace

CronometerImport parse_cronometer_daily(const std::string& path, std::string_view raw,
                                        const CronometerOptions& options) {
    CronometerImport out;
    const auto t = read_csv_table(path, raw, out.errors, kDailyHint);
    if (!t || !header_ok(path, *t, out)) return out;
    out.unsplit_totals = !t->has("Group");
    std::map<Date, DayRows> days;
    for (const CsvRow& r : t->rows) read_row(path, *t, r, options, days, out);
    for (const auto& [date, d] : days) {
        if (!d.any_mg)
            out.no_magnesium.push_back(d.line);
        else
            day_entries(date, d, *t, out);
    }
    return out;
}

}  // namespace mg
