#pragma once
#include <cstdint>
#include <nlohmann/json.hpp>

#include "foods/food.hpp"

namespace mg::app {

// The JSON of foods (docs/json.md), shared by `foods search/show/top` and the web API.

/// Energy of `food_mg` milligrams of the food, rounded to a kcal; null without energy data.
nlohmann::json kcal_json(const Food& f, std::int64_t food_mg);

/// One food in a list: id, name, group, tier, mg_per_100g, kcal_per_100g, source.
nlohmann::json food_summary_json(const Food& f);

/// `foods show`: the summary plus portions, source, basis, serving, aliases and tags.
/// `guessed` says the food was the best match rather than an exact reference.
nlohmann::json food_detail_json(const Food& f, bool guessed);

}  // namespace mg::app
