#pragma once
#include <string>
#include <vector>

#include "foods/food_db.hpp"
#include "foods/phrase.hpp"
#include "journal/entry.hpp"
#include "journal/saved_meal.hpp"

namespace mg {

// Several entries made at once (`log add` with several foods, `log eat`, `log meal`),
// all or none: every problem of every item is collected before anything is returned.

/// The most foods one command takes (`log add` pairs, `log eat` phrases, a saved meal): a
/// day's eating is far fewer; the cap bounds the work and the list of problems that a
/// pasted file can cause.
inline constexpr size_t kMaxBatchItems = 200;

/// Throws InputError when there are more than kMaxBatchItems `texts` (`what`: "foods",
/// "phrases"), or listing every text that holds a control character (typed_text_problem).
void check_typed(const std::vector<std::string>& texts, std::string_view what);

/// check_typed for FOOD AMOUNT items, each as "FOOD AMOUNT".
void check_items(const std::vector<FoodItem>& items);

/// Food entries for `items`, in order (date, meal, note and `added` left for the caller).
/// Throws InputError with the problems of every item that fails, each message starting
/// with the item as written ("banana 1: ..."), hints kept; one item's problem is thrown
/// as it is.
std::vector<JournalEntry> food_entries(const FoodDb& db, const std::vector<FoodItem>& items);

/// Every phrase understood (understand_phrase; `exact`: no food is guessed), or InputError
/// with the problems of every phrase that is not, each message starting with the phrase.
std::vector<Understood> understand_all(const FoodDb& db, const std::vector<std::string>& phrases,
                                       bool exact = true);

/// Food entries for saved meal `m`, every amount times `scale` (a plain number). A food no
/// longer in the database, or an amount that no longer fits its food, is reported at the
/// meal file's line for it; every problem at once (InputError), nothing returned.
std::vector<JournalEntry> meal_entries(const FoodDb& db, const SavedMeal& m, const Amount& scale);

/// The problems of `e`, each message prefixed with `what: `, appended to `out`.
void add_prefixed(std::vector<Diagnostic>& out, const InputError& e, const std::string& what);

}  // namespace mg
