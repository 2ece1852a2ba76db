#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.hpp"
#include "foods/food.hpp"

namespace mg {

/// One search result.
struct SearchHit {
    const Food* food;
    int score;
};

/// The one recipe computation (`recipe add` and FoodDb::finish): the weight and magnesium
/// of one batch, summed over its ingredients in order.
struct RecipeBatch {
    std::int64_t food_mg = 0;
    Magnesium magnesium;
    /// Adds `amount` of `food` (a plain food, not a recipe). Throws InputError when the amount
    /// does not fit the food (from resolve_amount); the batch is then unchanged.
    void add(const Food& food, std::string_view amount);
    /// One serving of `serves` (> 0): its weight in mg of food and its magnesium.
    std::int64_t serving_food_mg(int serves) const { return food_mg / serves; }
    Magnesium serving_magnesium(int serves) const {
        return Magnesium::from_ug(magnesium.ug() / serves);
    }
};

/// All foods, indexed for lookup and search. Built from parsed files; holds no file handles.
///
/// Foods come in two tiers. *Everyday* foods (curated and the user's own) are always loaded.
/// The *table* (the full SR28 table, ids `usda-NNNNN`) is supplied as a loader and
/// materialised only when something needs it: an SR28 id or name, a search, a "did you
/// mean", `all()`. Logging a curated food therefore never pays for 8,050 table foods.
/// References returned stay valid for the lifetime of the FoodDb.
class FoodDb {
  public:
    FoodDb();
    ~FoodDb();
    FoodDb(const FoodDb&) = delete;
    FoodDb& operator=(const FoodDb&) = delete;
    FoodDb(FoodDb&&) = default;
    FoodDb& operator=(FoodDb&&) = default;

    /// Adds everyday foods. Duplicate ids are reported into `errors` with both locations;
    /// ids starting with `usda-` are reserved for the table.
    void add(std::vector<Food> foods, std::vector<Diagnostic>& errors);
    /// Supplies the table, either already parsed or through a loader called at most once.
    /// The foods may come in any order: the table is kept sorted by id, which `find` relies on.
    void set_table(std::vector<Food> foods);
    void set_table_loader(std::function<std::vector<Food>()> loader);
    /// Checks that names and aliases are unique, computes recipes from their ingredients and
    /// builds the indexes. Call once after the last `add`.
    void finish(std::vector<Diagnostic>& errors);

    /// Curated and custom foods (never loads the table).
    const std::vector<Food>& everyday() const { return core_; }
    /// Every food, table included (loads it).
    std::vector<const Food*> all() const;

    /// Exact lookup, in order: id; `usda:NNNNN`; name or alias of an everyday food; an SR28
    /// description (all case-insensitive). nullptr when nothing matches exactly.
    const Food* find(std::string_view ref) const;
    /// Like `find`, but throws InputError with "did you mean ..." candidates when there is
    /// no exact match, or when the match is a recipe whose ingredient is gone. A food is
    /// never guessed.
    const Food& resolve(std::string_view ref) const;

    /// Ranked, typo-tolerant, word-order-insensitive search; everyday foods first on ties.
    std::vector<SearchHit> search(std::string_view query, size_t limit) const;

  private:
    const std::vector<Food>& table() const;

    std::vector<Food> core_;
    mutable std::vector<Food> table_;
    mutable std::function<std::vector<Food>()> table_loader_;
    mutable bool table_loaded_ = true;
    std::unordered_map<std::string, size_t> by_id_;    // everyday foods
    std::unordered_map<std::string, size_t> by_name_;  // lower-cased names and aliases
};

}  // namespace mg
