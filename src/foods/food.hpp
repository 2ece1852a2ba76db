#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/mass.hpp"

namespace mg {

/// A household measure of a food: `amount` × `unit` weighs `food_mg` milligrams.
struct Portion {
    std::string name;  ///< as written in the file, e.g. "1 cup, chopped"
    double amount = 1;
    std::string unit;  ///< e.g. "cup, chopped"
    std::int64_t food_mg = 0;
};

/// One ingredient line of a recipe, as written ("spinach-boiled 1 cup").
struct Ingredient {
    std::string food;
    std::string amount;
    int line = 0;
};

/// Where a food sits in search and resolution (docs/food-data.md#three-tiers): everyday foods
/// (curated and the user's own) first, then USDA FNDDS foods as eaten, then SR28 ingredients.
enum class FoodTier { everyday, as_eaten, ingredient };

/// A food with its magnesium content per 100 g of edible portion.
struct Food {
    std::string id;     ///< stable slug, e.g. "spinach-boiled" or "usda-11458"
    std::string name;   ///< display name
    std::string group;  ///< group slug, e.g. "leafy-greens"
    std::int64_t ug_per_100g = 0;
    double kcal_per_100g = -1;  ///< energy in kcal per 100 g; negative when the source has none
    std::string mg_basis;       ///< what the source marks the value as: "calculated",
                                ///< "assumed-zero", or empty (analytical or not marked)
    std::string source;  ///< e.g. "usda-sr28:11458", "usda-fndds-2021-2023:58106210", "custom"
    std::vector<Portion> portions;
    std::string serving;  ///< name of the typical-serving portion; empty = 100 g
    std::vector<std::string> aliases;
    std::vector<std::string> tags;        ///< dietary exclusion tags
    bool curated = false;                 ///< from the curated list (ranked first in search)
    bool custom = false;                  ///< the user's own food or recipe
    int serves = 0;                       ///< recipes only
    std::vector<Ingredient> ingredients;  ///< recipes only
    std::string broken;  ///< recipes whose ingredients no longer resolve: why (unusable)
    std::string file;
    int line = 0;

    Magnesium per_100g() const { return Magnesium::from_ug(ug_per_100g); }
    Magnesium in(std::int64_t food_mg) const { return magnesium_in(ug_per_100g, food_mg); }
    bool has_energy() const { return kcal_per_100g >= 0; }
    /// kcal in `food_mg` milligrams of food (has_energy() must hold).
    double kcal_in(std::int64_t food_mg) const {
        return kcal_per_100g * static_cast<double>(food_mg) / 100000.0;
    }
    /// The tier, from the id: `fndds-` as eaten, `usda-` ingredient, anything else everyday.
    FoodTier tier() const {
        if (id.rfind("fndds-", 0) == 0) return FoodTier::as_eaten;
        if (id.rfind("usda-", 0) == 0) return FoodTier::ingredient;
        return FoodTier::everyday;
    }
    /// The typical serving (docs/food-data.md#servings), or nullptr when the food has none.
    const Portion* serving_portion() const;
};

}  // namespace mg
