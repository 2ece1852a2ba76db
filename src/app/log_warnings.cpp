#include "app/log_warnings.hpp"

#include <fmt/format.h>

#include "engine/flags.hpp"
#include "journal/day.hpp"

namespace mg::app {

namespace {

// Likely typos, each that applies: more food than anyone eats at once, a day not yet come.
// Just logged, the remedy is to remove the entry; just edited, to correct it.
void add_typo_warnings(const JournalEntry& e, Date today, bool edited,
                       std::vector<LogWarning>& out) {
    auto remedy = [&](LogWarning w, const char* option) {
        if (edited)
            w.edit_id = e.id, w.edit_option = option;
        else
            w.remove_id = e.id;
        out.push_back(std::move(w));
    };
    if (e.kind == EntryKind::food && e.food_mg > kImplausibleFoodMg)
        remedy({.id = "implausible-amount",
                .message = fmt::format("{} g of {} in one entry: if that is not what was eaten, "
                                       "{}",
                                       format_grams(e.food_mg), e.name,
                                       edited ? "correct the amount" : "remove it")},
               "--amount");
    if (e.date > today)
        remedy({.id = "future-date",
                .message =
                    fmt::format("{} is after today ({}): if the date is a typo, {}", e.date.iso(),
                                today.iso(), edited ? "correct it" : "remove the entry")},
               "--date");
}

}  // namespace

std::optional<LogWarning> day_total_warning(const DayTally& day) {
    const auto& total = day.first_total();
    if (!total) return std::nullopt;
    return LogWarning{
        .id = "day-total",
        .message = fmt::format(
            "{} has a day total of {} mg ({}), which is still counted: if this day's food is "
            "now logged item by item, remove the total",
            day.intake().date.iso(), format_mg(total->magnesium), total->id),
        .remove_id = total->id};
}

std::optional<LogWarning> day_total_warning(std::span<const JournalEntry> entries, Date date) {
    DayTally day(date);
    for (const auto& e : entries)
        if (e.date == date) day.add(e);
    return day_total_warning(day);
}

std::vector<LogWarning> log_warnings(const std::vector<JournalEntry>& written,
                                     const DayTallies& days, const Profile& p, Date today) {
    std::vector<LogWarning> out;
    if (written.empty()) return out;
    for (const auto& e : written) add_typo_warnings(e, today, false, out);
    if (const auto day = days.find(written.front().date); day != days.end())
        if (auto w = day_total_warning(day->second)) out.push_back(std::move(*w));
    // A supplement for an infant or with kidney disease is for their clinicians to decide
    // (reference §3): check's own warning, why and what to do, as it is logged rather than
    // at the next check.
    const bool infant = life_stage_query(p, today).age_years == 0;
    for (const auto& e : written) {
        if (e.kind != EntryKind::supplement) continue;
        for (const Finding& f : supplement_findings(p, e, infant))
            out.push_back({.id = f.rule->id,
                           .message = f.rule->title + ": " + finding_explanation(f) + " " +
                                      finding_action(f)});
    }
    return out;
}

std::vector<LogWarning> edit_warnings(const JournalEntry& after, bool new_amount, bool new_date,
                                      std::span<const JournalEntry> day, Date today) {
    std::vector<LogWarning> out;
    if (new_amount || new_date) add_typo_warnings(after, today, true, out);
    if (new_date && after.kind != EntryKind::total)
        if (auto w = day_total_warning(day, after.date)) out.push_back(std::move(*w));
    return out;
}

nlohmann::json log_warnings_json(const std::vector<LogWarning>& warnings) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& w : warnings) out.push_back({{"id", w.id}, {"message", w.message}});
    return out;
}

}  // namespace mg::app
