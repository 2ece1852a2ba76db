#include "journal/day.hpp"

#include <map>

namespace mg {

void DayTally::add(const JournalEntry& e) {
    if (e.kind == EntryKind::day) {
        mark_ = e.complete;  // a cleared mark (nullopt) takes the day's mark away
        return;
    }
    intake_.logged = true;
    // A day total (a daily summary's number) is all the day's food as one entry.
    if (e.kind == EntryKind::food || e.kind == EntryKind::total) {
        intake_.food += e.magnesium;
        intake_.has_food = true;
        if (e.kind == EntryKind::total) {
            intake_.has_day_total = true;
            if (!first_total_) first_total_ = Total{.id = e.id, .magnesium = e.magnesium};
        }
    } else {
        intake_.supplement += e.magnesium;
    }
}

DayIntake DayTally::intake() const {
    DayIntake out = intake_;
    // Marks on days without entries change nothing: a day with nothing logged stays missing.
    if (out.logged) out.complete = mark_;
    return out;
}

DayTally& tally(DayTallies& days, const JournalEntry& e) {
    DayTally& day = days.try_emplace(e.date, e.date).first->second;
    day.add(e);
    return day;
}

DayTallies tally_days(std::span<const JournalEntry> entries) {
    DayTallies days;
    for (const auto& e : entries) tally(days, e);
    return days;
}

DayIntake intake_on(const DayTallies& days, Date date) {
    const auto it = days.find(date);
    return it == days.end() ? DayTally(date).intake() : it->second.intake();
}

std::vector<DayIntake> logged_days(std::span<const JournalEntry> entries, Date from, Date to) {
    DayTallies days;
    for (const auto& e : entries)
        if (e.date >= from && e.date <= to) tally(days, e);
    std::vector<DayIntake> out;
    for (const auto& [date, tally] : days)
        if (DayIntake d = tally.intake(); d.logged) out.push_back(d);
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
