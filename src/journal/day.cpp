#include "journal/day.hpp"

#include <fmt/format.h>

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

std::string day_total_warning(std::span<const JournalEntry> entries, Date date) {
    for (const auto& e : entries)
        if (e.date == date && e.kind == EntryKind::total)
            return fmt::format(
                "{} has a day total of {} mg ({}), which is still counted: if this day's food is "
                "now logged item by item, remove the total with 'mgcalc log rm {}'",
                date.iso(), format_mg(e.magnesium), e.id, e.id);
    return {};
}

std::string entry_warning(const JournalEntry& e, Date today) {
    if (e.kind == EntryKind::food && e.food_mg > kImplausibleFoodMg)
        return fmt::format(
            "{} g of {} in one entry: if that is not what was eaten, remove it "
            "with 'mgcalc log rm {}'",
            format_grams(e.food_mg), e.name, e.id);
    if (e.date > today)
        return fmt::format(
            "{} is after today ({}): if the date is a typo, remove the entry with "
            "'mgcalc log rm {}'",
            e.date.iso(), today.iso(), e.id);
    return {};
}

}  // namespace mg
