#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace mg {

class FoodDb;

/// An FDA "reference amount customarily consumed" category (21 CFR 101.12(b)).
struct RaccCategory {
    std::string id;                   ///< "nuts-seeds"
    std::string racc;                 ///< as the regulation states it: "30 g", "240 mL"
    double adult_g = 0;               ///< grams (or mL) per eating occasion, ages 4 and over
    std::optional<double> toddler_g;  ///< CFR Table 1 amount for children under 4, if any
    bool liquid = false;              ///< a drink: its servings are capped at 500 mL, not 350 g
    std::string status;               ///< "primary" or "secondary" (how it was read)
};

/// A food that may be suggested, with its reviewed serving.
struct PoolServing {
    std::string food_id;
    std::string serving;       ///< a household amount the food's portions resolve: "1/2 cup"
    std::string category;      ///< a RaccCategory id
    std::string toddler;       ///< reviewed amount for under-4s; empty = computed
    std::string under_4_note;  ///< shown with the suggestion for under-4s
    bool swap_only = false;    ///< offered only as the better half of a swap
    bool less_common = false;  ///< few people eat it: plans prefer everyday foods
    int line = 0;
};

/// A common low-magnesium food and a richer one that plays the same role in a meal.
struct Swap {
    std::string from;
    std::string to;
    std::string role;  ///< why they play the same role
    int line = 0;
};

/// The reviewed suggestion pool (foods/source/suggestions.yaml): the only foods mgcalc
/// suggests, each with a hand-chosen serving, and the swap table.
struct SuggestionPool {
    std::string path;
    std::vector<RaccCategory> categories;
    std::vector<PoolServing> servings;
    std::vector<Swap> swaps;

    const PoolServing* serving_for(std::string_view food_id) const;
    const RaccCategory* category(std::string_view id) const;
};

/// Parses the pool file. Throws InputError with every problem found, located.
SuggestionPool parse_suggestion_pool(const std::string& path, std::string_view text);

/// Largest suggested serving: 350 g of food, or 500 mL of a drink.
constexpr double kMaxServingGrams = 350;
constexpr double kMaxDrinkMl = 500;

/// Checks the pool against the food database: every food exists and is not the user's
/// own, every serving resolves through the food's portions within the size limits,
/// categories exist, swaps name pool foods. Returns the problems, located.
std::vector<Diagnostic> check_suggestion_pool(const SuggestionPool& pool, const FoodDb& foods);

}  // namespace mg
