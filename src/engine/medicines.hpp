#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace mg {

/// What mgcalc knows about a medicine: one value per group of flag rules (docs/methods.md §4,
/// docs/flags.md). A medicine may carry several (erlotinib lowers magnesium and needs its
/// doses kept apart from magnesium products).
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
    other_hypomagnesemia,  ///< listed as lowering magnesium by a §4c source
    digoxin,
    levothyroxine,
    integrase_inhibitor,
    gabapentin,
    eltrombopag,
    erlotinib,
    mycophenolate,
    separate_3_to_4_hours,  ///< SmPC-Mg 4.5: magnesium 3 to 4 hours before or after
    separate_1_hour,        ///< SmPC-Mg 4.5: no magnesium supplement within 1 hour
};

/// Stable id of the class ("ppi", "loop-diuretic").
std::string_view to_string(DrugClass c);
/// Human name of the class ("proton pump inhibitor"); for a class of one medicine, its name.
std::string_view class_title(DrugClass c);

/// One active substance of the catalogue (reference sheet §4, §4b, §4c).
struct Generic {
    std::string name;                         ///< lower case, e.g. "hydrochlorothiazide"
    std::vector<DrugClass> classes;           ///< never empty
    std::vector<std::string> spellings = {};  ///< other names of the same substance ("hctz")
    /// §4c sources listing it as lowering magnesium, with their qualifier, e.g.
    /// "AD05 (significant: routine monitoring)"; empty when none does.
    std::vector<std::string> listed_by = {};
};

/// How a brand name was confirmed (reference sheet §4d).
enum class BrandStatus {
    primary,       ///< read in a primary source (FDA11, FDA-LT4)
    secondary,     ///< read in a secondary source
    widely_known,  ///< a widely known brand name, not read from a label
};
std::string_view to_string(BrandStatus s);

/// A brand name and the catalogue substances it contains.
struct Brand {
    std::string name;  ///< as printed, e.g. "Prilosec OTC"
    std::vector<std::string>
        generics;                    ///< catalogue generics it contains; several for combinations
    std::string also_contains = {};  ///< ingredients outside the catalogue ("naproxen"), for docs
    BrandStatus status;
};

/// Every catalogue substance, in docs order; every generic has at least one class.
const std::vector<Generic>& medicine_generics();
/// Every brand name of the reference sheet §4d; each names only catalogue generics.
const std::vector<Brand>& medicine_brands();
/// Real, common medicines outside the catalogue. A typo correction never turns one of these
/// into a catalogue medicine ("rituximab" is not "cetuximab"): they stay unrecognised.
const std::vector<std::string>& known_other_medicines();
/// The catalogue substance named exactly `name` (lower case, no spelling variants), or null.
const Generic* find_generic(std::string_view name);

/// A medicine name as written in a profile, matched to the catalogue.
struct MedicineMatch {
    std::string written;
    /// Every catalogue substance named in the text, in catalogue order (a combination brand
    /// names several). Empty when not recognised. Points into medicine_generics().
    std::vector<const Generic*> generics;
    bool fuzzy = false;              ///< matched through a typo correction
    std::string read_as;             ///< fuzzy only: the catalogue name the typo was read as
    std::vector<std::string> close;  ///< not recognised: equally close names, none chosen

    bool recognised() const { return !generics.empty(); }
    /// Whether any of the substances has class `c`.
    bool has(DrugClass c) const;
    /// The substances' names, in order.
    std::vector<std::string> generic_names() const;
};

/// Matches a free-text medicine name. Exact catalogue names and brands first (whole words,
/// any case, inside longer text such as "omeprazole 20 mg daily"; every name found counts).
/// Only when none is found, a word (or run of words) with a typo is read as the catalogue name
/// uniquely closest to it, and never when the word is itself a known medicine.
MedicineMatch match_medicine(std::string_view written);

}  // namespace mg
