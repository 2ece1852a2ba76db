// The food database in the source tree's foods/, for tests that rank or look up real foods.
#pragma once

#include "foods/food_db.hpp"
#include "foods/food_loader.hpp"

namespace mg::test {

/// The shipped foods, loaded once per test binary (no custom foods, no cache on disk).
inline const FoodDb& shipped_foods() {
    static const FoodDb db =
        load_food_db({.foods_path = MGCALC_SOURCE_FOODS, .custom_dir = {}, .cache_dir = {}});
    return db;
}

}  // namespace mg::test
