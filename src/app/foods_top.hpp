#pragma once
#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/eligibility.hpp"
#include "foods/food.hpp"

namespace mg {
class FoodDb;
struct SuggestionPool;
}  // namespace mg

namespace mg::app {

// `foods top`: the richest magnesium sources, ranked once here for the CLI and the web app.

/// What to rank. `group` and `exclude` as typed (slugified here); `per` is serving, 100g
/// or 100kcal.
struct TopQuery {
    std::string group{};
    std::string per = "serving";
    std::vector<std::string> exclude{};
    bool all = false;  ///< the whole SR28 table too, not only curated and custom foods
    size_t limit = 15;
    /// Whose list it is. With a person, only the foods `check` may suggest to them are
    /// ranked: the reviewed pool (`pool`, required then), less what their rules
    /// (eligibility_for) keep out, in check's servings for them (toddler amounts and notes
    /// under 4). Empty: the food table, less alcohol, which is never ranked as a source.
    std::optional<Eligibility> person{};
    const SuggestionPool* pool = nullptr;
};

/// One ranked food, the amount it is ranked by and the magnesium in it.
struct TopRow {
    const Food* food;
    std::string amount;    ///< a household amount ("1/2 cup", "1 oz"), or "100 g"
    std::int64_t food_mg;  ///< the amount's weight, in mg of food
    Magnesium mg;
    std::string note{};  ///< how to serve it to this person (under 4), or ""
};

/// The ranked rows, the eligibility rules that left at least one food out of them, and the
/// note the list ends with.
struct TopList {
    std::vector<TopRow> rows;
    std::vector<EligibilityRule> left_out;
    std::string note;
    /// The rows come from USDA's whole table (--all, or a group only it has), whose foods
    /// carry no dietary tags: no rule could leave anything out.
    bool untagged = false;
};

/// The ranking. Throws UsageError, with the CLI's message and hint, for a `per` that is not
/// one of the three, an unknown exclusion tag or an unknown food group, and for a person's
/// list over USDA's whole table (its foods carry no tags, so their rules cannot be kept).
/// A person without a pool gets no rows and a note saying why.
TopList top_foods(const FoodDb& db, const TopQuery& q);

/// `foods top --format json`: {per, foods: [summary + portion, grams, magnesium_mg, kcal,
/// mg_per_100_kcal], left_out: [{rule, label, tags, source}], note}.
nlohmann::json top_json(const TopList& top, const std::string& per);

/// The row's amount with its weight, "1/2 cup (90 g)", or "100 g".
std::string row_amount(const TopRow& r);

/// "left out: alcohol [DGA]; gluten (coeliac disease) [CDF]", or "" when no rule left a
/// food out.
std::string left_out_line(const TopList& top);

/// The groups of the everyday foods (curated and custom), sorted: what a group select offers.
std::vector<std::string> everyday_groups(const FoodDb& db);

/// What every list of top sources ends with: a table of composition is not advice.
constexpr std::string_view kTopNote =
    "food composition, not advice: 'mgcalc check' suggests foods that suit your profile";
/// What a person's list ends with: what it holds, and where the advice is.
constexpr std::string_view kPersonTopNote =
    "only the foods 'mgcalc check' may suggest to this person, in its servings for them "
    "(docs/food-data.md); check says how much of the gap each closes";

}  // namespace mg::app
