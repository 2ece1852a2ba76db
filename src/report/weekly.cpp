#include "report/weekly.hpp"

#include <algorithm>
#include <map>

namespace mg {

WeeklyReport build_weekly_report(const Profile& profile, const Targets& targets,
                                 const std::vector<JournalEntry>& entries, const FoodDb& foods,
                                 const PoolSource& pool, Date start, Date today,
                                 std::string week_label) {
    WeeklyReport r;
    r.week = std::move(week_label);
    r.start = start;
    r.end = start.plus_days(6);
    r.generated = today;
    r.profile_name = profile.name;
    r.check = run_check(profile, targets, entries, foods, pool, r.start, r.end, today);
    for (int i = 0; i < 7; ++i) {
        ReportDay d;
        d.date = start.plus_days(i);
        for (const auto& c : r.check.days)
            if (c.date == d.date) d = c;
        r.days.push_back(d);
        if (d.logged) {
            ++r.days_logged;
            if (d.total() >= targets.rda) ++r.days_meeting_rda;
            r.supplement_max = std::max(r.supplement_max, d.supplement);
            if (targets.ul_supplemental && d.supplement > *targets.ul_supplemental)
                r.days_over_ul.push_back(d.date);
        }
    }
    std::map<std::string, Share> foods_by_id;
    std::map<std::string, Magnesium> meals;
    Magnesium food_total, total;
    for (const auto& e : entries) {
        // Day marks record no intake: neither a food nor a supplement.
        if (e.date < r.start || e.date > r.end || e.kind == EntryKind::day) continue;
        total += e.magnesium;
        if (e.kind == EntryKind::supplement) {
            meals["supplements"] += e.magnesium;
            continue;
        }
        food_total += e.magnesium;
        meals[e.meal.empty() ? "unassigned" : e.meal] += e.magnesium;
        // A day total is a day's food in one number, not a food: it cannot be a source.
        if (e.kind == EntryKind::total) {
            ++r.day_totals_left_out;
            continue;
        }
        // Imported rows have no food id of ours: group them by name.
        const std::string key = e.import_key.empty() ? e.food_id : "name:" + e.name;
        Share& f = foods_by_id[key];
        f.id = e.import_key.empty() ? e.food_id : "";
        f.label = e.name;
        f.magnesium += e.magnesium;
    }
    for (auto& [id, f] : foods_by_id) {
        f.share = food_total.ug() > 0 ? static_cast<double>(f.magnesium.ug()) / food_total.ug() : 0;
        r.top_foods.push_back(f);
    }
    std::stable_sort(r.top_foods.begin(), r.top_foods.end(),
                     [](const Share& a, const Share& b) { return a.magnesium > b.magnesium; });
    if (r.top_foods.size() > 5) r.top_foods.resize(5);
    static const char* kOrder[] = {"breakfast", "lunch", "dinner", "snack"};
    for (const char* m : kOrder)
        if (meals.count(m)) r.by_meal.push_back({m, m, meals[m], 0});
    for (const auto& entry : meals) {
        const std::string& m = entry.first;
        const bool standard =
            std::find(std::begin(kOrder), std::end(kOrder), m) != std::end(kOrder);
        if (!standard && m != "unassigned" && m != "supplements")
            r.by_meal.push_back({m, m, entry.second, 0});
    }
    for (const char* m : {"unassigned", "supplements"})
        if (meals.count(m)) r.by_meal.push_back({m, m, meals[m], 0});
    for (auto& m : r.by_meal)
        m.share = total.ug() > 0 ? static_cast<double>(m.magnesium.ug()) / total.ug() : 0;
    r.sources = {
        "Magnesium values: USDA National Nutrient Database for Standard Reference, Release 28 "
        "(USDA ARS, 2015), public domain",
        "Reference intakes: " + targets.source + " (docs/methods.md)",
        "Adequacy: IOM (2000), Dietary Reference Intakes: Applications in Dietary Assessment"};
    return r;
}

}  // namespace mg
