#pragma once
#include <string>
#include <string_view>

#include "foods/food.hpp"

namespace mg {

/// "everyday", "as eaten", "ingredient": the tier as `foods search` shows it.
std::string_view tier_label(FoodTier t);

/// Where a food's values come from, in words (docs/food-data.md#source-release-and-licence).
struct SourceInfo {
    std::string database;  ///< "USDA FNDDS 2021-2023", "USDA SR28 (2015)", "your own food"
    std::string code;      ///< the food's code in it ("58106210", "11458"), or empty
    std::string note;      ///< what the source marks about the magnesium value, or empty
};

/// Reads `f.source` ("usda-sr28:11458", "usda-fndds-2021-2023:58106210", "custom",
/// "recipe") and `f.mg_basis`. An FNDDS zero is noted as possibly not a true zero, as the
/// extract's README warns. Pure.
SourceInfo source_info(const Food& f);

/// Magnesium per 100 kcal, in mg; negative when the food has no energy value or none.
double mg_per_100_kcal(const Food& f);

}  // namespace mg
