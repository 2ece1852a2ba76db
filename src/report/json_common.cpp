#include "report/json_common.hpp"

#include <cmath>

namespace mg {

nlohmann::json mg_json(Magnesium m) {
    // One decimal, computed from integer micrograms so that 78.25 does not print as 78.2499.
    const std::int64_t tenths = (m.ug() >= 0 ? m.ug() + 50 : m.ug() - 50) / 100;
    if (tenths % 10 == 0) return tenths / 10;
    return static_cast<double>(tenths) / 10.0;
}

void put_reference(nlohmann::json& j, const Targets& t) {
    j["standard"] = to_string(t.standard);
    j["life_stage"] = t.life_stage;
    j["rda_mg"] = mg_json(t.rda);
    j["is_ai"] = t.is_ai;
    j["ear_mg"] = t.ear ? mg_json(*t.ear) : nlohmann::json(nullptr);
    j["ul_supplemental_mg"] =
        t.ul_supplemental ? mg_json(*t.ul_supplemental) : nlohmann::json(nullptr);
}

nlohmann::json targets_json(const Targets& t) {
    nlohmann::json j;
    put_reference(j, t);
    j["secondary_source"] = t.secondary;
    j["source"] = t.source;
    j["notes"] = t.notes;
    return j;
}

nlohmann::json adequacy_json(const Adequacy& a) {
    auto num = [](std::optional<double> v, int digits) {
        if (!v) return nlohmann::json(nullptr);
        const double f = std::pow(10.0, digits);
        return nlohmann::json(std::round(*v * f) / f);
    };
    return {{"z", num(a.z, 2)},
            {"probability", num(a.probability, 3)},
            {"verdict", a.verdict},
            {"days_used", a.days_used},
            {"method", a.method},
            {"sd_within_mg", a.assessed ? nlohmann::json(std::round(a.sd_within_mg * 10) / 10)
                                        : nlohmann::json(nullptr)},
            {"sd_within_assumed", a.sd_within_scaled},
            {"note", a.note.empty() ? nlohmann::json(nullptr) : nlohmann::json(a.note)}};
}

nlohmann::json finding_json(const Finding& f) {
    return {{"id", f.rule->id},
            {"severity", to_string(f.rule->severity)},
            {"title", f.rule->title},
            {"explanation", f.rule->explanation},
            {"action", f.rule->action},
            {"evidence", f.rule->evidence},
            {"source", f.rule->source},
            {"triggered_by", {{"profile", f.profile_facts}, {"entries", f.entry_ids}}},
            {"detail", f.detail.empty() ? nlohmann::json(nullptr) : nlohmann::json(f.detail)}};
}

nlohmann::json suggestion_json(const Suggestion& s) {
    return {{"food_id", s.food_id},
            {"name", s.name},
            {"amount", s.amount},
            {"grams", static_cast<double>(s.food_mg) / 1000.0},
            {"magnesium_mg", mg_json(s.magnesium)},
            {"kind", s.combination ? "combination" : "single"}};
}

}  // namespace mg
