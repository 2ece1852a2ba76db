#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "foods/food_db.hpp"

namespace mg {

/// One thing eaten, as `log add` takes it: a food reference and an amount, both as written.
struct FoodItem {
    std::string food;    ///< id, usda:NNNNN, name or alias
    std::string amount;  ///< "1 cup", "2" (default servings), "half a cup"
};

/// Reads `log add` words as FOOD AMOUNT pairs. Four or more words that alternate a food
/// and an amount (each amount one word, i.e. quoted: `oats "1 cup" banana 1`) are pairs;
/// anything else is one food followed by its amount spread over the remaining words
/// (`spinach 1 cup`). An amount "looks like" one when it starts with a number, a fraction
/// or a number word (a, an, half, one ... twelve). Fewer than two words give no items.
std::vector<FoodItem> pair_food_words(const std::vector<std::string>& words);

/// Splits typed text into phrases, on ';' and on line ends; blank pieces are dropped.
std::vector<std::string> split_phrases(std::string_view text);

/// A phrase as understood: the food found and the amount in `log add` form.
struct Understood {
    std::string phrase{};  ///< as typed, trimmed
    const Food* food = nullptr;
    std::string amount{};  ///< "1 cup", "1/2 cup", "2" (a bare number: default servings)
    bool guessed = false;  ///< the food is the best ranked match, not an exact name
    std::vector<std::string> others{};  ///< when guessed: ids of the next best matches
};

/// Reads one amount-first phrase: "1 cup oatmeal", "half a cup of rice", "two bananas",
/// "2 tbsp peanut butter", "1 medium banana", "30g almonds". The quantity comes first
/// (digits, fractions, or words as parse_amount takes them); then a mass or volume unit,
/// or a portion word of the food, or nothing (default servings); an optional "of"; then
/// the food, found as `log add` finds it: an exact id, name or alias (also in the singular,
/// "bananas"); else, unless `exact`, the best ranked match (FoodDb::choose) whose portions
/// fit the amount, marked `guessed`, so that the caller says which food was chosen. The
/// amount is never guessed: a phrase without a quantity, a food not found (with "did you
/// mean", as FoodDb::resolve) or an amount that does not fit the food throws InputError.
Understood understand_phrase(std::string_view phrase, const FoodDb& db, bool exact = true);

}  // namespace mg
