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
}

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
    /// Whose list it is: the foods a person's rules (eligibility_for) keep out of their
    /// suggestions are left out of the ranking too. Empty: the rules for anyone, so that
    /// alcohol is never ranked as a source.
    std::optional<Eligibility> person{};
};

/// One ranked food: its serving portion (nullptr per 100 g or 100 kcal) and the magnesium in it.
struct TopRow {
    const Food* food;
    const Portion* portion;
    Magnesium mg;
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
TopList top_foods(const FoodDb& db, const TopQuery& q);

/// `foods top --format json`: {per, foods: [summary + portion, grams, magnesium_mg, kcal,
/// mg_per_100_kcal], left_out: [{rule, label, tags, source}], note}.
nlohmann::json top_json(const TopList& top, const std::string& per);

/// "left out: alcohol [DGA]; gluten (coeliac disease) [CDF]", or "" when no rule left a
/// food out.
std::string left_out_line(const TopList& top);

/// The groups of the everyday foods (curated and custom), sorted: what a group select offers.
std::vector<std::string> everyday_groups(const FoodDb& db);

/// What every list of top sources ends with: a table of composition is not advice.
constexpr std::string_view kTopNote =
    "food composition, not advice: 'mgcalc check' suggests foods that suit your profile";

}  // namespace mg::app
