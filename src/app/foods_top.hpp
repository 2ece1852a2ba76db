#pragma once
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

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
};

/// One ranked food: its serving portion (nullptr per 100 g or 100 kcal) and the magnesium in it.
struct TopRow {
    const Food* food;
    const Portion* portion;
    Magnesium mg;
};

/// The ranking. Throws UsageError, with the CLI's message and hint, for a `per` that is not
/// one of the three, an unknown exclusion tag or an unknown food group.
std::vector<TopRow> top_foods(const FoodDb& db, const TopQuery& q);

/// `foods top --format json`: {per, foods: [summary + portion, grams, magnesium_mg, kcal,
/// mg_per_100_kcal]}.
nlohmann::json top_json(const std::vector<TopRow>& rows, const std::string& per);

/// The groups of the everyday foods (curated and custom), sorted: what a group select offers.
std::vector<std::string> everyday_groups(const FoodDb& db);

/// What every list of top sources ends with: a table of composition is not advice.
constexpr std::string_view kTopFooter =
    "(food composition for everyone, not advice for you: 'mgcalc check' suggests foods that "
    "suit your profile)";

}  // namespace mg::app
