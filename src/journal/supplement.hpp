#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/mass.hpp"

namespace mg {

/// A magnesium compound and the fraction of its mass that is magnesium
/// (docs/methods.md §5, from molar masses).
struct SupplementForm {
    std::string id;    ///< "citrate", "sulfate-heptahydrate", ... (stored in journals: stable)
    std::string name;  ///< "magnesium citrate (anhydrous)"
    int permille_x10;  ///< % Mg × 10, e.g. 603 for 60.3 %
    std::string salt;  ///< the form whatever its water: "chloride" for both chloride ids
    std::string water = "anhydrous";  ///< or "hexahydrate", ... as written on labels
    bool usual = true;  ///< the one of its salt used when a name does not write the water
};

/// Every form, in the order `--form` lists them. Each salt has exactly one `usual` form.
const std::vector<SupplementForm>& supplement_forms();
/// The form with this id (case-insensitive), or nullptr.
const SupplementForm* find_form(std::string_view id);
/// The ids of all forms, in table order (for hints and completion).
std::vector<std::string> form_ids();

/// What a product name says about its form.
struct FormMatch {
    enum class Kind {
        none,       ///< no form named ("Nature Made Magnesium")
        one,        ///< exactly one form: `form` is set
        ambiguous,  ///< two forms, two waters, or a water the table lacks: `problem` says which
    };
    Kind kind = Kind::none;
    const SupplementForm* form = nullptr;
    /// When ambiguous: why, e.g. "names more than one form (oxide, citrate)".
    std::string problem = {};
    /// When ambiguous: the form ids the name points at, for the hint.
    std::vector<std::string> candidates = {};
    /// When one: caveats for converting a compound mass (a label that differs from the
    /// formula, a hydrate chosen because none was written).
    std::vector<std::string> notes = {};
};

/// Recognises the form from a product name as people type it ("Phillips Milk of Magnesia",
/// "Slow-Mag magnesium chloride with calcium"): lower-cased whole words, multi-word names
/// matched longest first, so "hydroxide" is never oxide and "aspartate hydrochloride" never
/// chloride. Chloride and sulfate default to their usual hydrates unless "anhydrous" is
/// written; other salts to the form marked `usual`.
FormMatch match_form(std::string_view product_name);

/// Parses "200 mg", "0.5 g", "200mg" into milligrams (as Magnesium). Throws InputError.
Magnesium parse_supplement_mass(std::string_view text);

/// Elemental magnesium in `compound` of the given form.
Magnesium elemental(Magnesium compound, const SupplementForm& form);

}  // namespace mg
