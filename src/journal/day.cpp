#include "journal/day.hpp"

#include <map>

namespace mg {

std::vector<DayIntake> logged_days(std::span<const JournalEntry> entries, Date from, Date to) {
    std::map<Date, DayIntake> by_day;
    for (const auto& e : entries) {
        if (e.date < from || e.date > to) continue;
        if (e.kind == EntryKind::day) continue;
        DayIntake& d = by_day[e.date];
        d.date = e.date;
        d.logged = true;
        // A day total (a daily summary's number) is all the day's food as one entry.
        if (e.kind == EntryKind::food || e.kind == EntryKind::total) {
            d.food += e.magnesium;
            d.has_food = true;
            d.has_day_total |= e.kind == EntryKind::total;
        } else {
            d.supplement += e.magnesium;
        }
    }
    // Marks on days without entries change nothing: a day with nothing logged stays missing.
    for (const auto& [date, complete] : day_marks(entries))
        if (auto it = by_day.find(date); it != by_day.end()) it->second.complete = complete;
    std::vector<DayIntake> out;
    for (auto& [date, d] : by_day) out.push_back(d);
    return out;
}

DayIntake day_intake(std::span<const JournalEntry> entries, Date date) {
    auto days = logged_days(entries, date, date);
    if (!days.empty()) return days.front();
    DayIntake none;
    none.date = date;
    return none;
}

}  // namespace mg
