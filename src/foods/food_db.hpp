#pragma once
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

/// All foods, indexed for lookup and search. Built from parsed files; holds no file handles.
class FoodDb {
public:
    /// Adds parsed foods. Duplicate ids, and duplicate aliases among curated and custom
    /// foods, are reported into `errors` with both locations.
    void add(std::vector<Food> foods, std::vector<Diagnostic>& errors);
    /// Computes recipes from their ingredients (reporting missing ingredients) and builds
    /// the indexes. Call once after the last `add`.
    void finish(std::vector<Diagnostic>& errors);

    const std::vector<Food>& all() const { return foods_; }
    size_t size() const { return foods_.size(); }

    /// Exact lookup, in order: id; `usda:NNNNN`; alias or name (case-insensitive).
    /// Returns nullptr when nothing matches exactly.
    const Food* find(std::string_view ref) const;
    /// Like `find`, but throws InputError with "did you mean ..." candidates when there is
    /// no exact match. A food is never guessed.
    const Food& resolve(std::string_view ref) const;

    /// Ranked, typo-tolerant, word-order-insensitive search; curated foods first on ties.
    std::vector<SearchHit> search(std::string_view query, size_t limit) const;

private:
    std::vector<Food> foods_;
    std::unordered_map<std::string, size_t> by_id_;
    std::unordered_map<std::string, size_t> by_ndb_;   // SR28 table entries (usda-NNNNN)
    std::unordered_map<std::string, size_t> by_name_;  // lower-cased names and aliases
    // Per food: lower-case search words, built on the first search only (lookups by id or
    // name, the hot path of `log add`, never pay for it).
    mutable std::vector<std::vector<std::string>> tokens_;
};

}  // namespace mg
