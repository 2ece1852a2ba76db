// The weekly report as JSON (the full model) and as CSV (one row per day).
#include <fmt/format.h>

#include <cmath>

#include "report/json_common.hpp"
#include "report/weekly.hpp"

namespace mg {

std::string render_json(const WeeklyReport& r) {
    const Targets& t = r.check.targets;
    const CheckResult& c = r.check;
    nlohmann::json j{{"profile", r.profile_name},
                     {"week", r.week},
                     {"start", r.start.iso()},
                     {"end", r.end.iso()},
                     {"generated", r.generated.iso()}};
    put_check(j, c);
    // The week shows all seven days, logged or not, and whether each met the RDA.
    j["days"] = nlohmann::json::array();
    for (const auto& d : r.days) {
        nlohmann::json dj = day_json(d);
        dj["meets_rda"] = d.logged ? nlohmann::json(d.total() >= t.rda) : nlohmann::json(nullptr);
        j["days"].push_back(dj);
    }
    j["days_meeting_rda"] = r.days_meeting_rda;
    j["supplement_max_mg"] = mg_json(r.supplement_max);
    j["days_over_ul"] = nlohmann::json::array();
    for (const auto& d : r.days_over_ul) j["days_over_ul"].push_back(d.iso());
    j["top_foods"] = nlohmann::json::array();
    for (const auto& f : r.top_foods)
        j["top_foods"].push_back(
            {{"food_id", f.id.empty() ? nlohmann::json(nullptr) : nlohmann::json(f.id)},
             {"name", f.label},
             {"magnesium_mg", mg_json(f.magnesium)},
             {"share", std::round(f.share * 1000) / 1000}});
    j["day_totals_not_broken_down"] = r.day_totals_left_out;
    j["by_meal"] = nlohmann::json::array();
    for (const auto& m : r.by_meal)
        j["by_meal"].push_back({{"meal", m.label},
                                {"magnesium_mg", mg_json(m.magnesium)},
                                {"share", std::round(m.share * 1000) / 1000}});
    j["sources"] = r.sources;
    j["note"] = "Informational only, not medical advice.";
    return json_document(j);
}

std::string render_csv(const WeeklyReport& r) {
    const Targets& t = r.check.targets;
    std::string o = "date,logged,food_mg,supplement_mg,total_mg,percent_rda,meets_rda\n";
    for (const auto& d : r.days) {
        if (!d.logged) {
            o += fmt::format("{},false,,,,,\n", d.date.iso());
            continue;
        }
        o += fmt::format("{},true,{},{},{},{:.1f},{}\n", d.date.iso(), format_mg_1(d.food),
                         format_mg_1(d.supplement), format_mg_1(d.total()),
                         100.0 * d.total().mg() / t.rda.mg(), d.total() >= t.rda);
    }
    return o;
}

}  // namespace mg
