#include "foods/food_source.hpp"

#include <fmt/format.h>

namespace mg {

std::string_view tier_label(FoodTier t) {
    switch (t) {
        case FoodTier::everyday:
            return "everyday";
        case FoodTier::as_eaten:
            return "as eaten";
        case FoodTier::ingredient:
            return "ingredient";
    }
    return "everyday";
}

namespace {

std::string basis_note(const Food& f, bool fndds) {
    if (f.mg_basis == "assumed-zero") return "magnesium assumed zero by USDA, not measured";
    if (fndds && f.ug_per_100g == 0)
        return "magnesium calculated by USDA from ingredient recipes; a zero may come from an "
               "ingredient's assumed or missing value";
    if (fndds) return "magnesium calculated by USDA from ingredient recipes, not analysed";
    if (f.mg_basis == "calculated") return "magnesium calculated or imputed, not analysed";
    return {};
}

}  // namespace

SourceInfo source_info(const Food& f) {
    const size_t colon = f.source.find(':');
    const std::string kind = f.source.substr(0, colon);
    const std::string code = colon == std::string::npos ? "" : f.source.substr(colon + 1);
    if (kind == "usda-sr28")
        return {
            .database = "USDA SR28 (September 2015)", .code = code, .note = basis_note(f, false)};
    if (kind.rfind("usda-fndds-", 0) == 0)
        return {
            .database = "USDA FNDDS " + kind.substr(11), .code = code, .note = basis_note(f, true)};
    if (kind == "recipe")
        return {
            .database = "your own recipe, computed from its ingredients", .code = {}, .note = {}};
    if (kind == "custom") return {.database = "your own food", .code = {}, .note = {}};
    return {.database = f.source, .code = {}, .note = basis_note(f, false)};
}

double mg_per_100_kcal(const Food& f) {
    if (!f.has_energy() || f.kcal_per_100g <= 0) return -1;
    return static_cast<double>(f.ug_per_100g) / 1000.0 * 100.0 / f.kcal_per_100g;
}

}  // namespace mg
