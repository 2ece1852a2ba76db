#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/diagnostic.hpp"
#include "foods/amount.hpp"
#include "journal/entry.hpp"
#include "journal/saved_meal.hpp"
#include "store/meal_store.hpp"

namespace mg {
class FoodDb;
}

namespace mg::app {

// Saved meals, shared by `meal list`, `log meal` and the web app's Day page and API.

/// JSON of a saved meal (docs/json.md "meal"): name, meal, foods; with `entries` (the meal's
/// foods resolved, in order) each food also has grams and magnesium_mg.
nlohmann::json meal_json(const SavedMeal& m, const std::vector<JournalEntry>* entries);

/// The readable saved meals of `store`, and the problems of the files that are not.
struct MealList {
    std::vector<SavedMeal> meals;
    std::vector<Diagnostic> errors;
};
MealList read_meals(const store::MealStore& store);

/// `meal list --format json`: {meals: [...]} without magnesium.
nlohmann::json meals_json(const std::vector<SavedMeal>& meals);

/// How `log meal` logs a saved meal: every amount times `scale`, on `date`, as `meal` when
/// given (else the saved meal's own), with `note`, stamped `added`. Not yet written.
struct MealLog {
    Date date;
    std::optional<std::string> meal{};  ///< already validated (parse_meal)
    std::optional<std::string> note{};
    std::string added{};
};
/// The entries of saved meal `m` (MealStore::get). Throws InputError, at the line of the meal
/// file, for a food no longer in `foods` or an amount that does not resolve.
std::vector<JournalEntry> saved_meal_entries(const FoodDb& foods, const SavedMeal& m,
                                             const Amount& scale, const MealLog& how);

}  // namespace mg::app
