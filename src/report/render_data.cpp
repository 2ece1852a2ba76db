// The weekly report as JSON (the full model) and as CSV (one row per day).
#include <fmt/format.h>

#include <cmath>

#include "report/json_common.hpp"
#include "report/weekly.hpp"

namespace mg {

std::string render_json(const WeeklyReport& r) {
    const Targets& t = r.check.targets;
    const CheckResult& c = r.check;
    const bool any = r.days_logged > 0;
    nlohmann::json j{
        {"schema_version", kJsonSchemaVersion},
        {"profile", r.profile_name},
        {"week", r.week},
        {"start", r.start.iso()},
        {"end", r.end.iso()},
        {"generated", r.generated.iso()},
        {"days_logged", r.days_logged},
        {"days_meeting_rda", r.days_meeting_rda},
        {"mean_mg", any ? mg_json(c.total_mean) : nlohmann::json(nullptr)},
        {"mean_food_mg", any ? mg_json(c.food_mean) : nlohmann::json(nullptr)},
        {"mean_supplement_mg", any ? mg_json(c.supplement_mean) : nlohmann::json(nullptr)},
        {"percent_rda",
         any ? nlohmann::json(std::round(c.percent_rda * 10) / 10) : nlohmann::json(nullptr)},
        {"shortfall_mg", any ? mg_json(c.shortfall) : nlohmann::json(nullptr)},
        {"supplement_max_mg", mg_json(r.supplement_max)},
        {"adequacy", adequacy_json(c.adequacy)}};
    put_reference(j, t);
    j["days"] = nlohmann::json::array();
    for (const auto& d : r.days)
        j["days"].push_back(
            {{"date", d.date.iso()},
             {"logged", d.logged},
             {"food_mg", d.logged ? mg_json(d.food) : nlohmann::json(nullptr)},
             {"supplement_mg", d.logged ? mg_json(d.supplement) : nlohmann::json(nullptr)},
             {"total_mg", d.logged ? mg_json(d.total()) : nlohmann::json(nullptr)},
             {"meets_rda",
              d.logged ? nlohmann::json(d.total() >= t.rda) : nlohmann::json(nullptr)}});
    j["days_over_ul"] = nlohmann::json::array();
    for (const auto& d : r.days_over_ul) j["days_over_ul"].push_back(d.iso());
    j["top_foods"] = nlohmann::json::array();
    for (const auto& f : r.top_foods)
        j["top_foods"].push_back(
            {{"food_id", f.id.empty() ? nlohmann::json(nullptr) : nlohmann::json(f.id)},
             {"name", f.label},
             {"magnesium_mg", mg_json(f.magnesium)},
             {"share", std::round(f.share * 1000) / 1000}});
    j["by_meal"] = nlohmann::json::array();
    for (const auto& m : r.by_meal)
        j["by_meal"].push_back({{"meal", m.label},
                                {"magnesium_mg", mg_json(m.magnesium)},
                                {"share", std::round(m.share * 1000) / 1000}});
    j["flags"] = nlohmann::json::array();
    for (const auto& f : c.flags) j["flags"].push_back(finding_json(f));
    j["suggestions"] = suggestions_json(c);
    j["sources"] = r.sources;
    j["note"] = "Informational only, not medical advice.";
    return j.dump(2) + "\n";
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
