#pragma once
#include <string>
#include <vector>

#include "core/date.hpp"
#include "foods/food.hpp"
#include "profile/profile.hpp"

namespace mg {

/// One rule that keeps foods out of this person's suggestions (docs/methods.md, "Who may be
/// offered what"). Every rule names its source; none is applied silently.
struct EligibilityRule {
    std::string id;     ///< stable: "alcohol", "caffeine-under-18", "gluten-coeliac", ...
    std::string label;  ///< what the one-line summary says: "gluten (coeliac disease)"
    std::vector<std::string> tags;  ///< food tags it removes
    std::string source;             ///< citation keys (docs/methods.md)
};

/// The rules that apply to one person on one day, in a fixed order. Pure.
struct Eligibility {
    std::vector<EligibilityRule> rules;
    bool no_suggestions = false;  ///< infants, chronic kidney disease: none at all
    std::string no_suggestions_why;
    bool under_4 = false;  ///< servings for young children (docs/methods.md#servings)

    /// The first rule that removes `f`, or nullptr when `f` may be offered.
    const EligibilityRule* excluded_by(const Food& f) const;
};

/// The rules for anyone, whoever they are: alcohol, never a way to a nutrient (DGA). What a
/// list of foods applies when it does not know whose list it is (`foods top`).
Eligibility eligibility_for_anyone();

/// The eligibility rules for `p` on `today`: alcohol never; caffeine under 18 and in
/// pregnancy; added sugar under 2; choking risks under 4; high-mercury fish in pregnancy,
/// lactation and under 12; gluten with coeliac disease; the profile's own exclusions.
Eligibility eligibility_for(const Profile& p, Date today);

}  // namespace mg
