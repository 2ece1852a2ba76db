#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "foods/amount.hpp"
#include "journal/entry.hpp"

namespace mg {

// Saved meals ("customary meals"): foods and amounts logged together again and again, kept
// as DATA/meals/NAME.yaml (docs/file-formats.md#saved-meals).

/// One food of a saved meal, as written: a food id and an amount `log add` takes.
struct MealItem {
    std::string food{};
    std::string amount{};
    int line = 0;  ///< where it was read from (0: not read from a file)
};

struct SavedMeal {
    std::string name{};  ///< the file's stem; a valid name (core/names.hpp)
    std::string meal{};  ///< breakfast, lunch, dinner, snack, or empty
    std::vector<MealItem> items{};
    std::string file{};  ///< where it was read from
};

/// First line of every saved meal file.
constexpr std::string_view kMealHeader = "format: mgcalc-meal";

/// Parses a saved meal file. Every problem is reported at once, located (file:line:column):
/// not YAML, duplicate keys, unknown keys, a missing or other format/version, a name that
/// differs from `expected_name` (the file's stem), an unknown meal, no foods, an item without
/// a food or with an amount that does not parse. Throws InputError listing them.
SavedMeal parse_saved_meal(const std::string& path, std::string_view text,
                           const std::string& expected_name);

/// The file text of `m`, which parse_saved_meal reads back to the same meal.
std::string render_saved_meal(const SavedMeal& m);

/// The food entries among `entries` as meal items (food id and amount as logged); imported
/// entries and supplements are left out (`skipped` counts them).
std::vector<MealItem> meal_items(const std::vector<JournalEntry>& entries, int& skipped);

/// `amount` times `factor` ("1/2 cup" x 0.5 = "1/4 cup"; "2" x 1.5 = "3"). Throws InputError
/// when the amount does not parse.
std::string scale_amount(const std::string& amount, const Amount& factor);

}  // namespace mg
