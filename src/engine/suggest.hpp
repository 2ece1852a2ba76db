#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/eligibility.hpp"
#include "foods/food_db.hpp"
#include "foods/suggestion_pool.hpp"
#include "journal/entry.hpp"

namespace mg {

/// What a suggestion builds on (docs/methods.md#suggestions).
enum class SuggestionKind {
    more,  ///< a food the person already eats, in a reviewed serving
    swap,  ///< a richer food in place of one they often eat, in the amount they eat
    new_food,
};
/// "more", "swap", "new".
std::string_view to_string(SuggestionKind k);

/// One food to eat, in a household amount, and what it adds.
struct Suggestion {
    SuggestionKind kind = SuggestionKind::new_food;
    std::string food_id;
    std::string name;
    std::string group;
    std::string amount;          ///< household amount, loggable as is: "1/2 cup", "2 oz"
    std::int64_t food_mg = 0;    ///< weight of `amount`, in mg of food
    Magnesium magnesium;         ///< in `amount`
    std::optional<double> kcal;  ///< energy in `amount`, when the food's source gives it
    int scale = 1;               ///< times the reviewed serving (at most 2, said when 2)
    int days_eaten = 0;          ///< days with this food in the four weeks of history
    std::string replaces_id;     ///< swaps: the food it replaces
    std::string replaces_name;
    std::string replaces_amount;  ///< swaps: the amount usually eaten of the replaced food
    Magnesium gain;               ///< what it adds: its magnesium, or for swaps the difference
    std::string role;             ///< swaps: why the two play the same role
    std::string note;             ///< e.g. how to serve nut butter to a child under 4
    bool less_common = false;     ///< a food few people eat: ranked after everyday foods
};

/// Every kind of suggestion for one gap.
struct Suggestions {
    Magnesium gap;
    std::vector<Suggestion> more;
    std::vector<Suggestion> swaps;
    std::vector<Suggestion> alone;  ///< new foods that close the gap by themselves
    std::vector<Suggestion> plan;   ///< two or three items from different groups
    Magnesium plan_total;           ///< what the plan adds (swaps count their gain)
    bool plan_closes = false;       ///< the plan closes the gap (to within its tolerance)
    bool empty() const { return more.empty() && swaps.empty() && alone.empty() && plan.empty(); }
};

/// Suggestions to close `gap`, from the reviewed `pool` only, for the person `who` allows.
/// `history` holds the journal entries of the four weeks that inform "more" and "swaps"
/// (food entries only are read). Never suggests supplements. Pure.
Suggestions suggest_foods(const FoodDb& foods, const SuggestionPool& pool, const Eligibility& who,
                          Magnesium gap, const std::vector<JournalEntry>& history);

/// The serving check suggests of the pool food `f` (`s`, its pool entry) to `who`: the
/// reviewed serving, for children under 4 the toddler amount with its note. Nullopt when
/// the amount does not resolve (check_suggestion_pool reports that; never a guess). Pure.
std::optional<Suggestion> pool_serving(const Food& f, const PoolServing& s,
                                       const SuggestionPool& pool, const Eligibility& who);

/// `amount` multiplied by num/den, as a household amount ("1/2 cup" x 2 = "1 cup"); a
/// quantity that is no household fraction is rounded to the nearest one (3/8 -> 1/3).
std::string scale_amount(std::string_view amount, std::int64_t num, std::int64_t den);

}  // namespace mg
