#pragma once
#include <string>
#include <vector>

#include "foods/food_db.hpp"
#include "journal/entry.hpp"
#include "profile/profile.hpp"

namespace mg {

/// One food to eat, in a household amount.
struct Suggestion {
    std::string food_id;
    std::string name;
    std::string amount;  ///< a portion of the food, e.g. "1 oz"
    std::int64_t food_mg = 0;
    Magnesium magnesium;
    bool combination = false;  ///< part of the "combine these" set rather than a single option
};

/// Foods that would close `shortfall` (docs/methods.md#suggestions): up to three single
/// servings that each close it (the smallest sufficient first, foods already in `history`
/// preferred), then a small combination from different groups that closes it together.
/// Respects the profile's exclusions; never suggests supplements.
std::vector<Suggestion> suggest_foods(const FoodDb& foods, Magnesium shortfall, const Profile& p,
                                      const std::vector<JournalEntry>& history);

}  // namespace mg
