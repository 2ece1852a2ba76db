#include "journal/supplement.hpp"

#include <fmt/format.h>

#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "foods/amount.hpp"

namespace mg {

const std::vector<SupplementForm>& supplement_forms() {
    // Order matters for recognition: hydrates before their anhydrous forms.
    static const std::vector<SupplementForm> kForms = {
        {"oxide", "magnesium oxide", 603, {"oxide"}},
        {"hydroxide",
         "magnesium hydroxide (milk of magnesia)",
         417,
         {"hydroxide", "milk of magnesia"}},
        {"carbonate", "magnesium carbonate", 288, {"carbonate"}},
        {"chloride-hexahydrate", "magnesium chloride hexahydrate", 120, {"chloride hexahydrate"}},
        {"chloride", "magnesium chloride (anhydrous)", 255, {"chloride"}},
        {"sulfate-heptahydrate",
         "magnesium sulfate heptahydrate (Epsom salt)",
         99,
         {"epsom", "sulfate heptahydrate", "sulphate heptahydrate"}},
        {"sulfate", "magnesium sulfate (anhydrous)", 202, {"sulfate", "sulphate"}},
        {"citrate-nonahydrate", "magnesium citrate nonahydrate", 119, {"citrate nonahydrate"}},
        {"citrate", "magnesium citrate (anhydrous)", 162, {"citrate"}},
        {"glycinate", "magnesium glycinate (bisglycinate)", 141, {"glycinate", "bisglycinate"}},
        {"malate-trihydrate", "magnesium malate trihydrate", 116, {"malate trihydrate"}},
        {"malate", "magnesium malate (anhydrous)", 155, {"malate"}},
        {"lactate-dihydrate", "magnesium lactate dihydrate", 102, {"lactate dihydrate"}},
        {"lactate", "magnesium lactate (anhydrous)", 120, {"lactate"}},
        {"taurate", "magnesium taurate", 89, {"taurate"}},
        {"threonate", "magnesium L-threonate", 83, {"threonate"}},
        {"aspartate-dihydrate", "magnesium aspartate dihydrate", 75, {"aspartate dihydrate"}},
        {"aspartate", "magnesium aspartate (anhydrous)", 84, {"aspartate"}},
        {"orotate", "magnesium orotate dihydrate", 66, {"orotate"}},
        {"gluconate-dihydrate", "magnesium gluconate dihydrate", 54, {"gluconate dihydrate"}},
        {"gluconate", "magnesium gluconate (anhydrous)", 59, {"gluconate"}},
    };
    return kForms;
}

const SupplementForm* find_form(std::string_view id) {
    const std::string l = to_lower(id);
    for (const auto& f : supplement_forms())
        if (f.id == l) return &f;
    return nullptr;
}

const SupplementForm* recognise_form(std::string_view product_name) {
    const std::string l = to_lower(product_name);
    for (const auto& f : supplement_forms())
        for (const auto& k : f.keywords)
            if (l.find(k) != std::string::npos) return &f;
    return nullptr;
}

Magnesium parse_supplement_mass(std::string_view text) {
    const Amount a = parse_amount(text);
    double factor = 0;
    if (a.unit == "mg" || a.unit == "milligram" || a.unit == "milligrams")
        factor = 1;
    else if (a.unit == "g" || a.unit == "gram" || a.unit == "grams")
        factor = 1000;
    else
        throw InputError::plain(fmt::format("supplement amount '{}' must be in mg or g", a.written),
                                "e.g. '200 mg' (elemental magnesium, as US labels state it)");
    const Magnesium m = Magnesium::from_mg_double(a.quantity() * factor);
    if (m > Magnesium::from_mg(100000))
        throw InputError::plain(fmt::format("supplement amount '{}' is over 100 g", a.written),
                                "check the number and the unit");
    return m;
}

Magnesium elemental(Magnesium compound, const SupplementForm& form) {
    // µg × (‰×10) / 1000, rounded to the nearest µg.
    const std::int64_t num = compound.ug() * form.permille_x10;
    return Magnesium::from_ug((num + 500) / 1000);
}

}  // namespace mg
