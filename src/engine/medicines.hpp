#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mg {

/// Medicine classes that bear on magnesium (docs/methods.md §4).
enum class DrugClass {
    ppi,
    loop_diuretic,
    thiazide_diuretic,
    potassium_sparing_diuretic,
    bisphosphonate,
    tetracycline,
    quinolone,
    metformin,
    calcineurin_inhibitor,
    other_hypomagnesemia,
};

std::string_view to_string(DrugClass c);
/// Human name of the class ("proton pump inhibitor").
std::string_view class_title(DrugClass c);

/// A medicine name as written in a profile, matched to the catalogue.
struct MedicineMatch {
    std::string written;
    std::optional<DrugClass> drug_class;  ///< empty when not recognised
    std::string generic;                  ///< the catalogue's generic name, when recognised
    bool fuzzy = false;                   ///< matched through a typo correction
};

/// Matches a free-text medicine name (generic or brand, any case, small typos tolerated).
MedicineMatch match_medicine(std::string_view written);

/// Every catalogue entry: generic name, brand names, class (for docs and completions).
struct CatalogueEntry {
    std::string generic;
    std::vector<std::string> brands;
    DrugClass drug_class;
};
const std::vector<CatalogueEntry>& medicine_catalogue();

}  // namespace mg
