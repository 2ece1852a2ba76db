#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.hpp"
#include "foods/food.hpp"
#include "foods/food_table.hpp"

namespace mg {

/// How a food matched a search (docs/food-data.md#lookup-and-search), best last.
enum class MatchKind {
    partial = 1,  ///< some query word matched only by a prefix or a typo
    words = 2,    ///< every query word is a whole word of the name or an alias
    phrase = 3,   ///< the name or an alias is the query's words, "NFS"/"NS as to" aside
};

/// One search result.
struct SearchHit {
    const Food* food;
    int score;  ///< the order within the same match kind and tier
    MatchKind match = MatchKind::partial;
    /// A sauce, drink with alcohol, formula or powder the query did not ask for: ranked
    /// after the other foods of the same match and tier (docs/food-data.md#lookup-and-search).
    bool side = false;
    /// The food is of the kind the query names: its USDA head word or first word is the
    /// query's last word before any preposition ("coffee" in "coffee with cream").
    bool kind = false;
};

/// What `FoodDb::choose` picked for a reference, and how.
struct Choice {
    const Food* food = nullptr;
    bool guessed = false;           ///< not an exact id, name or alias: the best ranked match
    std::vector<SearchHit> others;  ///< when guessed: the next best matches
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
/// Foods come in three tiers (FoodTier). *Everyday* foods (curated and the user's own) are
/// always loaded. The *as-eaten* tier (USDA FNDDS, ids `fndds-NNNNNNNN`) and the *table* of
/// ingredients (the full SR28 table, ids `usda-NNNNN`) are each supplied as a loader and
/// materialised only when something needs them: one of their ids or names, a search, a
/// "did you mean", `all()`. Logging a curated food therefore never pays for 13,481 table
/// foods. References returned stay valid for the lifetime of the FoodDb.
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
    /// Supplies the table as an encoded FoodTable whose foods are in id order (what the
    /// loader keeps in the cache): foods are then decoded one by one as lookups need them.
    void set_encoded_table(FoodTable table);
    /// The same for the as-eaten tier (FNDDS).
    void set_as_eaten(std::vector<Food> foods);
    void set_as_eaten_loader(std::function<std::vector<Food>()> loader);
    void set_encoded_as_eaten(FoodTable table);
    /// Checks that names and aliases are unique, computes recipes from their ingredients and
    /// builds the indexes. Call once after the last `add`.
    void finish(std::vector<Diagnostic>& errors);

    /// Curated and custom foods (never loads the table).
    const std::vector<Food>& everyday() const { return core_; }
    /// Every food, in tier order: everyday, as eaten, ingredients (loads both tables).
    std::vector<const Food*> all() const;

    /// Exact lookup, in order: id; `usda:NNNNN`, `fndds:NNNNNNNN`; name or alias of an
    /// everyday food; an FNDDS, then an SR28 description (all case-insensitive). nullptr when
    /// nothing matches exactly.
    const Food* find(std::string_view ref) const;
    /// Like `find`, but throws InputError with "did you mean ..." candidates (the best of
    /// `search`) when there is no exact match, or when the match is a recipe whose
    /// ingredient is gone. A food is never guessed.
    const Food& resolve(std::string_view ref) const;
    /// What `log add` and `foods show` use: `find`; else, unless `exact`, the best ranked
    /// everyday or as-eaten food whose name or aliases hold every word of `ref` as a whole
    /// word (MatchKind::words or better), preferring among the equally ranked the first for
    /// which `fits` is true (e.g. the amount fits its portions). `guessed` says it was not
    /// exact, and `others` holds the next best matches. Throws InputError as `resolve` does
    /// when nothing qualifies.
    Choice choose(std::string_view ref, bool exact,
                  const std::function<bool(const Food&)>& fits = {}) const;

    /// Ranked, typo-tolerant, word-order-insensitive search (docs/food-data.md#lookup-and-
    /// search): by match kind (phrase, whole words, partial), then tier (everyday, as eaten,
    /// ingredients), then score. Foods USDA uses only as recipe ingredients (FNDDS category
    /// 9999) are left out.
    std::vector<SearchHit> search(std::string_view query, size_t limit) const;
    /// `search` without the tables' word postings, scoring every food: the reference the
    /// tests hold `search` to (the postings only narrow the foods scored, never the order).
    std::vector<SearchHit> search_every_food(std::string_view query, size_t limit) const;

  private:
    /// A tier supplied as a table or as a loader called at most once, under its lock (threads
    /// may share a FoodDb: the web server does); in id order.
    struct LazyTier {
        mutable FoodTable table;
        mutable std::function<FoodTable()> loader;
        std::unique_ptr<std::mutex> mutex = std::make_unique<std::mutex>();
        const FoodTable& get() const;
        const Food* by_id(const std::string& id) const { return get().by_id(id); }
        const Food* by_name(const std::string& lower) const { return get().by_name(lower); }
    };
    /// The everyday foods as a FoodTable, for search's word postings. Made at the first
    /// search rather than in `finish`, which every command runs and few search with.
    struct CoreIndex {
        std::once_flag once;
        FoodTable table;
    };
    const FoodTable& core_table() const;
    [[noreturn]] void unknown(std::string_view ref) const;
    std::vector<SearchHit> search(std::string_view query, size_t limit, bool postings) const;

    std::vector<Food> core_;
    std::unique_ptr<CoreIndex> core_index_ = std::make_unique<CoreIndex>();  // of core_
    LazyTier as_eaten_;
    LazyTier table_;
    std::unordered_map<std::string, size_t> by_id_;    // everyday foods
    std::unordered_map<std::string, size_t> by_name_;  // lower-cased names and aliases
};

}  // namespace mg
