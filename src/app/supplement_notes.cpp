#include "app/supplement_notes.hpp"

#include <fmt/format.h>

#include "journal/supplement.hpp"
#include "profile/profile.hpp"
#include "report/json_common.hpp"

namespace mg::app {

std::optional<CompoundNote> compound_note(const SupplementDose& dose, const JournalEntry& e) {
    const SupplementForm* named = dose.form.kind == FormMatch::Kind::one ? dose.form.form : nullptr;
    if (e.compound || !named || (named->salt != "hydroxide" && named->salt != "sulfate"))
        return std::nullopt;
    return CompoundNote{
        .amount = e.amount,
        .form_id = named->id,
        .form_name = named->name,
        .if_compound = elemental(Magnesium::from_ug(e.magnesium.ug() / e.units), *named),
        .units = e.units};
}

std::string compound_note_text(const CompoundNote& n) {
    return fmt::format(
        "if {} is the mass of {} rather than of magnesium, it holds {} mg of "
        "magnesium{}",
        n.amount, n.form_name, format_mg(n.if_compound),
        n.units > 1
            ? fmt::format(", {} mg in {} units",
                          format_mg(Magnesium::from_ug(n.if_compound.ug() * n.units)), n.units)
            : "");
}

nlohmann::json compound_note_json(const CompoundNote& n) {
    return {{"amount", n.amount},
            {"form", n.form_id},
            {"form_name", n.form_name},
            {"if_compound_mg", mg_json(n.if_compound)},
            {"units", n.units},
            {"if_compound_total_mg", mg_json(Magnesium::from_ug(n.if_compound.ug() * n.units))},
            {"message", compound_note_text(n)}};
}

std::string upper_limit_text(const Targets& t, bool kidneys) {
    if (!t.ul_supplemental) return std::string(no_upper_limit_words(t));
    // One parenthesis: with a kidney condition, the caveat goes after what food counts.
    // The SCF's level covers magnesium added to foods too (reference §6), which mgcalc cannot
    // tell apart in a food and counts as food.
    const std::string what =
        !t.ul_covers_added ? " mg/day from supplements and medicines (our secondary source does "
                             "not say whether it also covers magnesium added to foods; "
                             "magnesium naturally in food does not count"
        : *t.ul_covers_added
            ? " mg/day from supplements, medicines and magnesium added to foods (magnesium "
              "naturally in food does not count; mgcalc counts fortified foods as food"
            : " mg/day from supplements and medicines only (food does not count";
    return format_mg(*t.ul_supplemental) + what +
           (kidneys ? "; " + std::string(upper_limit_caveat()) : "") + ")";
}

}  // namespace mg::app
