#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/mass.hpp"

namespace mg {

/// A magnesium compound and the fraction of its mass that is magnesium
/// (docs/methods.md §5, from molar masses).
struct SupplementForm {
    std::string id;                     ///< "citrate", "sulfate-heptahydrate", ...
    std::string name;                   ///< "magnesium citrate (anhydrous)"
    int permille_x10;                   ///< % Mg × 10, e.g. 603 for 60.3 %
    std::vector<std::string> keywords;  ///< words that identify it in a product name
};

const std::vector<SupplementForm>& supplement_forms();
const SupplementForm* find_form(std::string_view id);
/// Recognises the form from a product name ("Milk of Magnesia", "mag glycinate 200").
const SupplementForm* recognise_form(std::string_view product_name);

/// Parses "200 mg", "0.5 g", "200mg" into milligrams (as Magnesium). Throws InputError.
Magnesium parse_supplement_mass(std::string_view text);

/// Elemental magnesium in `compound` of the given form.
Magnesium elemental(Magnesium compound, const SupplementForm& form);

}  // namespace mg
