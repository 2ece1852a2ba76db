#include "app/queries.hpp"

#include <algorithm>
#include <map>

#include "app/views.hpp"
#include "core/diagnostic.hpp"
#include "foods/food_db.hpp"
#include "journal/day.hpp"
#include "report/json_common.hpp"

namespace mg::app {

CheckResult check_days(Workspace& ws, Date to, int days) {
    if (days < 1 || days > 366) throw UsageError("--days must be between 1 and 366");
    const Date from = to.plus_days(1 - days);
    const Profile& p = ws.profile();
    const Targets t = ws.targets();
    // Four weeks before the window tell which foods the user already eats.
    const auto entries = ws.journal().read_range(from.plus_days(-28), to);
    return run_check(
        p, t, entries, ws.foods(), [&ws] { return ws.suggestion_pool(); }, from, to, ws.today());
}

nlohmann::json check_json(const CheckResult& r, const Profile& p, Date to) {
    nlohmann::json j{{"profile", p.name}, {"date", to.iso()}};
    put_check(j, r);
    return j;
}

WeeklyReport week_report(Workspace& ws, Date start, std::string label) {
    const Profile& p = ws.profile();
    const Targets t = ws.targets();
    // Only the days covered (plus four weeks of history for familiar-food suggestions) are read.
    const auto entries = ws.journal().read_range(start.plus_days(-28), start.plus_days(6));
    return build_weekly_report(
        p, t, entries, ws.foods(), [&ws] { return ws.suggestion_pool(); }, start, ws.today(),
        std::move(label));
}

std::vector<std::string> orphan_ids(Workspace& ws, const std::vector<JournalEntry>& entries) {
    // Entries keep their recorded magnesium even when their food has left the database;
    // say which, so that a recompute (log edit) is not attempted blindly.
    std::vector<std::string> orphans;
    bool needs_foods = false;
    for (const auto& e : entries) needs_foods |= e.kind == EntryKind::food && e.import_key.empty();
    if (needs_foods)
        for (const auto& e : entries)
            if (e.kind == EntryKind::food && e.import_key.empty() && !ws.foods().find(e.food_id))
                orphans.push_back(e.id);
    return orphans;
}

nlohmann::json entries_json(Workspace& ws, Date from, Date to) {
    if (to < from) throw UsageError("--to is before --from");
    if (from.days_until(to) > 3660)
        throw UsageError("the range is longer than 10 years", "use 'mgcalc export csv'");
    const auto entries = ws.journal().read_range(from, to);
    const std::vector<std::string> orphans = orphan_ids(ws, entries);
    const std::map<Date, bool> marks = day_marks(entries);
    std::vector<Date> days;
    for (const auto& e : entries)
        if (days.empty() || days.back() != e.date) days.push_back(e.date);
    nlohmann::json j{{"from", from.iso()}, {"to", to.iso()}};
    j["entries"] = nlohmann::json::array();
    for (const auto& e : entries) {
        nlohmann::json ej = entry_json(e);
        if (std::find(orphans.begin(), orphans.end(), e.id) != orphans.end())
            ej["food_missing"] = true;
        j["entries"].push_back(ej);
    }
    j["days"] = nlohmann::json::array();
    for (Date d : days) {
        nlohmann::json dj = day_json(day_intake(entries, d));
        // A day with only a mark is listed too, with its mark.
        if (marks.count(d)) dj["complete"] = marks.at(d);
        j["days"].push_back(dj);
    }
    return j;
}

DayFraming day_framing(const Profile& p, Date today) {
    return {.kidneys = has_kidney_condition(p),
            .infant = life_stage_query(p, today).age_years == 0};
}

nlohmann::json logged_json(const std::vector<JournalEntry>& written, const DayTallies& days,
                           const Targets& t, const std::vector<LogWarning>& warnings) {
    nlohmann::json j;
    if (written.size() == 1) {
        j["entry"] = entry_json(written.front());
    } else {
        j["entries"] = nlohmann::json::array();
        for (const auto& e : written) j["entries"].push_back(entry_json(e));
    }
    j["day"] = day_json(intake_on(days, written.front().date));
    j["reference"] = reference_json(t);
    j["warnings"] = log_warnings_json(warnings);
    return j;
}

}  // namespace mg::app
