#include "engine/medicines.hpp"

#include "core/text.hpp"

namespace mg {

std::string_view to_string(DrugClass c) {
    switch (c) {
        case DrugClass::ppi:
            return "ppi";
        case DrugClass::loop_diuretic:
            return "loop-diuretic";
        case DrugClass::thiazide_diuretic:
            return "thiazide-diuretic";
        case DrugClass::potassium_sparing_diuretic:
            return "potassium-sparing-diuretic";
        case DrugClass::bisphosphonate:
            return "bisphosphonate";
        case DrugClass::tetracycline:
            return "tetracycline";
        case DrugClass::quinolone:
            return "quinolone";
        case DrugClass::metformin:
            return "metformin";
        case DrugClass::calcineurin_inhibitor:
            return "calcineurin-inhibitor";
        case DrugClass::other_hypomagnesemia:
            return "other-hypomagnesemia";
    }
    return "";
}

std::string_view class_title(DrugClass c) {
    switch (c) {
        case DrugClass::ppi:
            return "proton pump inhibitor";
        case DrugClass::loop_diuretic:
            return "loop diuretic";
        case DrugClass::thiazide_diuretic:
            return "thiazide diuretic";
        case DrugClass::potassium_sparing_diuretic:
            return "potassium-sparing diuretic";
        case DrugClass::bisphosphonate:
            return "bisphosphonate";
        case DrugClass::tetracycline:
            return "tetracycline antibiotic";
        case DrugClass::quinolone:
            return "fluoroquinolone antibiotic";
        case DrugClass::metformin:
            return "metformin";
        case DrugClass::calcineurin_inhibitor:
            return "calcineurin inhibitor";
        case DrugClass::other_hypomagnesemia:
            return "medicine reported to lower magnesium";
    }
    return "";
}

const std::vector<CatalogueEntry>& medicine_catalogue() {
    // From the reference table (docs/methods.md §4); brands as listed there.
    static const std::vector<CatalogueEntry> kCatalogue = {
        {"omeprazole", {"prilosec"}, DrugClass::ppi},
        {"esomeprazole", {"nexium"}, DrugClass::ppi},
        {"lansoprazole", {"prevacid"}, DrugClass::ppi},
        {"pantoprazole", {"protonix"}, DrugClass::ppi},
        {"rabeprazole", {"aciphex"}, DrugClass::ppi},
        {"dexlansoprazole", {"dexilant"}, DrugClass::ppi},
        {"furosemide", {"lasix"}, DrugClass::loop_diuretic},
        {"bumetanide", {"bumex"}, DrugClass::loop_diuretic},
        {"torsemide", {}, DrugClass::loop_diuretic},
        {"ethacrynic acid", {}, DrugClass::loop_diuretic},
        {"hydrochlorothiazide", {"hctz"}, DrugClass::thiazide_diuretic},
        {"chlorthalidone", {}, DrugClass::thiazide_diuretic},
        {"indapamide", {}, DrugClass::thiazide_diuretic},
        {"metolazone", {}, DrugClass::thiazide_diuretic},
        {"amiloride", {}, DrugClass::potassium_sparing_diuretic},
        {"spironolactone", {}, DrugClass::potassium_sparing_diuretic},
        {"eplerenone", {}, DrugClass::potassium_sparing_diuretic},
        {"triamterene", {}, DrugClass::potassium_sparing_diuretic},
        {"alendronate", {"fosamax"}, DrugClass::bisphosphonate},
        {"risedronate", {}, DrugClass::bisphosphonate},
        {"ibandronate", {}, DrugClass::bisphosphonate},
        {"etidronate", {}, DrugClass::bisphosphonate},
        {"doxycycline", {}, DrugClass::tetracycline},
        {"minocycline", {}, DrugClass::tetracycline},
        {"tetracycline", {}, DrugClass::tetracycline},
        {"demeclocycline", {}, DrugClass::tetracycline},
        {"ciprofloxacin", {}, DrugClass::quinolone},
        {"levofloxacin", {}, DrugClass::quinolone},
        {"moxifloxacin", {}, DrugClass::quinolone},
        {"metformin", {"glucophage"}, DrugClass::metformin},
        {"tacrolimus", {}, DrugClass::calcineurin_inhibitor},
        {"cyclosporine", {"ciclosporin"}, DrugClass::calcineurin_inhibitor},
        {"cisplatin", {}, DrugClass::other_hypomagnesemia},
        {"carboplatin", {}, DrugClass::other_hypomagnesemia},
        {"amphotericin b", {}, DrugClass::other_hypomagnesemia},
        {"gentamicin", {}, DrugClass::other_hypomagnesemia},
        {"tobramycin", {}, DrugClass::other_hypomagnesemia},
        {"amikacin", {}, DrugClass::other_hypomagnesemia},
        {"cetuximab", {}, DrugClass::other_hypomagnesemia},
        {"panitumumab", {}, DrugClass::other_hypomagnesemia},
        {"foscarnet", {}, DrugClass::other_hypomagnesemia},
        {"pentamidine", {}, DrugClass::other_hypomagnesemia},
        {"digoxin", {}, DrugClass::other_hypomagnesemia},
    };
    return kCatalogue;
}

MedicineMatch match_medicine(std::string_view written) {
    MedicineMatch m;
    m.written = std::string(trim(written));
    const std::string lower = to_lower(m.written);
    // Exact names first (also inside longer text such as "omeprazole 20 mg daily").
    const auto words = split_words(lower, " \t,;()/-");
    auto hit = [&](const CatalogueEntry& c, bool fuzzy) {
        m.drug_class = c.drug_class;
        m.generic = c.generic;
        m.fuzzy = fuzzy;
        return m;
    };
    for (const auto& c : medicine_catalogue()) {
        if (lower == c.generic || (lower.find(c.generic) != std::string::npos &&
                                   c.generic.find(' ') != std::string::npos))
            return hit(c, false);
        for (const auto& w : words) {
            if (w == c.generic) return hit(c, false);
            for (const auto& b : c.brands)
                if (w == b) return hit(c, false);
        }
    }
    // Then typos: one edit for names of 5+ letters, two for 9+.
    for (const auto& w : words) {
        if (w.size() < 5) continue;
        const int limit = w.size() >= 9 ? 2 : 1;
        for (const auto& c : medicine_catalogue()) {
            if (edit_distance(w, c.generic, limit) <= limit) return hit(c, true);
            for (const auto& b : c.brands)
                if (b.size() >= 5 && edit_distance(w, b, limit) <= limit) return hit(c, true);
        }
    }
    return m;
}

}  // namespace mg
