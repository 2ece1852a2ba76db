#include "app/food_views.hpp"

#include <cmath>

#include "foods/amount.hpp"
#include "foods/food_source.hpp"
#include "report/json_common.hpp"

namespace mg::app {

nlohmann::json kcal_json(const Food& f, std::int64_t food_mg) {
    return f.has_energy() ? nlohmann::json(std::round(f.kcal_in(food_mg))) : nlohmann::json();
}

nlohmann::json food_summary_json(const Food& f) {
    // Set key by key: an initializer list builds each pair as a two-element array first,
    // which was about 13 % of the web app's CPU on a food search (docs/performance.md).
    nlohmann::json j = nlohmann::json::object();
    j["id"] = f.id;
    j["name"] = f.name;
    j["group"] = f.group;
    j["tier"] = tier_label(f.tier());
    j["mg_per_100g"] = mg_json(f.per_100g());
    j["kcal_per_100g"] = kcal_json(f, 100000);
    j["source"] = f.source;
    return j;
}

nlohmann::json food_detail_json(const Food& f, bool guessed) {
    nlohmann::json j = food_summary_json(f);
    j["portions"] = nlohmann::json::array();
    for (const auto& p : f.portions)
        j["portions"].push_back({{"name", p.name},
                                 {"grams", static_cast<double>(p.food_mg) / 1000.0},
                                 {"magnesium_mg", mg_json(f.in(p.food_mg))},
                                 {"kcal", kcal_json(f, p.food_mg)}});
    const SourceInfo src = source_info(f);
    j["source_name"] = src.database;
    j["source_note"] = src.note.empty() ? nlohmann::json() : nlohmann::json(src.note);
    j["mg_basis"] = f.mg_basis.empty() ? nlohmann::json() : nlohmann::json(f.mg_basis);
    const double per_kcal = mg_per_100_kcal(f);
    j["mg_per_100_kcal"] =
        per_kcal < 0 ? nlohmann::json() : nlohmann::json(std::round(per_kcal * 10) / 10);
    j["guessed"] = guessed;
    j["serving"] = f.serving.empty() ? nlohmann::json(nullptr) : nlohmann::json(f.serving);
    const DefaultServing ds = default_serving(f);
    j["default_serving"] = {{"portion", ds.text},
                            {"grams", static_cast<double>(ds.food_mg) / 1000.0}};
    j["aliases"] = f.aliases;
    j["tags"] = f.tags;
    return j;
}

}  // namespace mg::app
