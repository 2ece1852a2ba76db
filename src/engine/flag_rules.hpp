#pragma once
// Internal to the flag engine: the parts of the rule table (docs/flags.md).
#include <string>
#include <vector>

#include "engine/flags.hpp"
#include "engine/medicines.hpp"

namespace mg {

/// A dose-separation rule (reference sheet §4b): fires when the profile has a medicine of
/// `drug_class` (one of `generics`, when given) and the window has a supplement entry.
struct SeparationRule {
    FlagRule rule;
    DrugClass drug_class;
    std::vector<std::string> generics;  ///< empty: every substance of the class
};

/// In rule order.
const std::vector<SeparationRule>& separation_rules();

}  // namespace mg
