#pragma once
#include <string>

#include "foods/food.hpp"
#include "journal/entry.hpp"
#include "journal/supplement.hpp"

namespace mg {

// The one place a journal entry's magnesium is computed from what was eaten or taken
// (`log add`, `log supplement`, `log edit`). The caller sets date, meal, note and `added`.

/// A food entry for `amount` (as written, e.g. "1/2 cup") of `food`; a bare number ("2")
/// is recorded as that many default servings ("2 default servings"). Throws InputError when the
/// amount does not parse or does not fit the food (resolve_amount).
JournalEntry food_entry(const Food& food, std::string amount);

/// Recomputes a food entry from `food` and the entry's own `amount`: food id, name, weight
/// and magnesium. Throws InputError as food_entry; `e` is then unchanged.
void refresh_food_entry(JournalEntry& e, const Food& food);

/// What `log supplement` was told: a product, a mass per unit, how many units, and the form.
struct SupplementDose {
    std::string name;    ///< the product as written
    std::string amount;  ///< per unit, e.g. "200 mg"
    int units = 1;
    /// The form: given with --form, else read from `name` (match_form). A form is recorded
    /// only when there is exactly one.
    FormMatch form = {};
    bool compound = false;  ///< `amount` is the compound's mass, not elemental magnesium
};

/// A supplement entry for `dose`: elemental magnesium per unit (converted through the form
/// when `compound`) times the units. Throws InputError when the amount is not a mass, then
/// UsageError asking for --form when `compound` and the form is not exactly one: a wrong
/// guess (oxide for hydroxide, anhydrous for a hydrate) is off by more than 2x.
JournalEntry supplement_entry(const SupplementDose& dose);

/// Recomputes a supplement entry's magnesium from its amount, units, compound flag and form.
/// Throws InputError when the amount is not a mass or a compound entry's form is unknown.
void refresh_supplement_entry(JournalEntry& e);

}  // namespace mg
