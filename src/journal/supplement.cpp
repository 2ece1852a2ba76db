#include "journal/supplement.hpp"

#include <fmt/format.h>

#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "foods/amount.hpp"

namespace mg {

const std::vector<SupplementForm>& supplement_forms() {
    // Values: docs/methods.md §5. Ids are stored in journals, so they never change meaning.
    static const std::vector<SupplementForm> kForms = {
        {.id = "oxide", .name = "magnesium oxide", .permille_x10 = 603, .salt = "oxide"},
        {.id = "hydroxide",
         .name = "magnesium hydroxide (milk of magnesia)",
         .permille_x10 = 417,
         .salt = "hydroxide"},
        {.id = "peroxide", .name = "magnesium peroxide", .permille_x10 = 432, .salt = "peroxide"},
        {.id = "carbonate",
         .name = "magnesium carbonate",
         .permille_x10 = 288,
         .salt = "carbonate"},
        // Oral chloride and sulfate products are mostly the hydrates (§5).
        {.id = "chloride-hexahydrate",
         .name = "magnesium chloride hexahydrate",
         .permille_x10 = 120,
         .salt = "chloride",
         .water = "hexahydrate"},
        {.id = "chloride",
         .name = "magnesium chloride (anhydrous)",
         .permille_x10 = 255,
         .salt = "chloride",
         .usual = false},
        {.id = "sulfate-heptahydrate",
         .name = "magnesium sulfate heptahydrate (Epsom salt)",
         .permille_x10 = 99,
         .salt = "sulfate",
         .water = "heptahydrate"},
        {.id = "sulfate",
         .name = "magnesium sulfate (anhydrous)",
         .permille_x10 = 202,
         .salt = "sulfate",
         .usual = false},
        {.id = "citrate-nonahydrate",
         .name = "magnesium citrate nonahydrate",
         .permille_x10 = 119,
         .salt = "citrate",
         .water = "nonahydrate",
         .usual = false},
        {.id = "citrate",
         .name = "magnesium citrate (anhydrous)",
         .permille_x10 = 162,
         .salt = "citrate"},
        {.id = "citrate-dibasic",
         .name = "magnesium hydrogen citrate (citrate dibasic)",
         .permille_x10 = 113,
         .salt = "citrate-dibasic"},
        {.id = "glycinate",
         .name = "magnesium glycinate (bisglycinate)",
         .permille_x10 = 141,
         .salt = "glycinate"},
        {.id = "malate-trihydrate",
         .name = "magnesium malate trihydrate",
         .permille_x10 = 116,
         .salt = "malate",
         .water = "trihydrate",
         .usual = false},
        {.id = "malate",
         .name = "magnesium malate (anhydrous)",
         .permille_x10 = 155,
         .salt = "malate"},
        {.id = "lactate-dihydrate",
         .name = "magnesium lactate dihydrate",
         .permille_x10 = 102,
         .salt = "lactate",
         .water = "dihydrate",
         .usual = false},
        {.id = "lactate",
         .name = "magnesium lactate (anhydrous)",
         .permille_x10 = 120,
         .salt = "lactate"},
        {.id = "taurate", .name = "magnesium taurate", .permille_x10 = 89, .salt = "taurate"},
        {.id = "threonate",
         .name = "magnesium L-threonate",
         .permille_x10 = 83,
         .salt = "threonate"},
        {.id = "aspartate-dihydrate",
         .name = "magnesium aspartate dihydrate",
         .permille_x10 = 75,
         .salt = "aspartate",
         .water = "dihydrate",
         .usual = false},
        {.id = "aspartate",
         .name = "magnesium aspartate (anhydrous)",
         .permille_x10 = 84,
         .salt = "aspartate"},
        {.id = "aspartate-hydrochloride",
         .name = "magnesium aspartate hydrochloride trihydrate",
         .permille_x10 = 99,
         .salt = "aspartate-hydrochloride",
         .water = "trihydrate"},
        {.id = "orotate",
         .name = "magnesium orotate dihydrate",
         .permille_x10 = 66,
         .salt = "orotate",
         .water = "dihydrate"},
        {.id = "gluconate-dihydrate",
         .name = "magnesium gluconate dihydrate",
         .permille_x10 = 54,
         .salt = "gluconate",
         .water = "dihydrate",
         .usual = false},
        {.id = "gluconate",
         .name = "magnesium gluconate (anhydrous)",
         .permille_x10 = 59,
         .salt = "gluconate"},
        {.id = "glycerophosphate",
         .name = "magnesium glycerophosphate",
         .permille_x10 = 125,
         .salt = "glycerophosphate"},
        {.id = "pidolate", .name = "magnesium pidolate", .permille_x10 = 87, .salt = "pidolate"},
    };
    return kForms;
}

const SupplementForm* find_form(std::string_view id) {
    const std::string l = to_lower(id);
    for (const auto& f : supplement_forms())
        if (f.id == l) return &f;
    return nullptr;
}

std::vector<std::string> form_ids() {
    std::vector<std::string> ids;
    for (const auto& f : supplement_forms()) ids.push_back(f.id);
    return ids;
}

namespace {

// A measure taken by volume: the units amount.hpp converts, and the spoonfuls and capfuls
// a liquid laxative is taken in.
bool volume_unit(const std::string& unit) {
    for (std::string_view v : {"spoon", "spoons", "spoonful", "spoonfuls", "capful", "capfuls"})
        if (unit == v) return true;
    return is_volume_unit(unit);
}

}  // namespace

Magnesium parse_supplement_mass(std::string_view text) {
    const Amount a = parse_amount(text);
    double factor = 0;
    if (a.unit == "mg" || a.unit == "milligram" || a.unit == "milligrams")
        factor = 1;
    else if (a.unit == "g" || a.unit == "gram" || a.unit == "grams")
        factor = 1000;
    else if (volume_unit(a.unit))
        // Milk of magnesia is taken by the spoonful; its label gives mg per measure.
        throw InputError::plain(
            fmt::format("supplement amount '{}' must be in mg or g", a.written),
            "a spoonful or a volume cannot be turned into magnesium here: give the mg the label "
            "states per measure (of the compound, such as magnesium hydroxide, marked as a "
            "compound; or of magnesium itself), and the number of measures taken as units");
    else
        throw InputError::plain(fmt::format("supplement amount '{}' must be in mg or g", a.written),
                                "e.g. '200 mg' (elemental magnesium, as US labels state it; for a "
                                "compound, the compound's mass)");
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
