#include "journal/make_entry.hpp"

#include <fmt/format.h>

#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "foods/amount.hpp"

namespace mg {
namespace {

// Elemental magnesium of `units` units of `per_unit` each; `compound_form` converts a
// compound's mass (nullptr: the mass is already elemental).
Magnesium dose_magnesium(Magnesium per_unit, int units, const SupplementForm* compound_form) {
    const Magnesium one = compound_form ? elemental(per_unit, *compound_form) : per_unit;
    return Magnesium::from_ug(one.ug() * units);
}

// The one form a compound mass is converted with; asks for --form otherwise.
const SupplementForm& compound_form(const std::string& name, const FormMatch& m) {
    const std::string forms = "forms: " + join(form_ids());
    if (m.kind == FormMatch::Kind::one) return *m.form;
    if (m.kind == FormMatch::Kind::none)
        throw UsageError(
            fmt::format("--compound needs the form to convert the compound mass to magnesium, "
                        "and '{}' names none",
                        name),
            "add --form FORM; " + forms)
            .in_form_words(fmt::format("the compound's mass needs the form to convert it to "
                                       "magnesium, and '{}' names none",
                                       name),
                           "choose the form");
    std::vector<std::string> options;
    for (const auto& id : m.candidates) options.push_back("--form " + id);
    throw UsageError(fmt::format("'{}' {}: --compound needs one form to convert the compound mass",
                                 name, m.problem),
                     fmt::format("add {}; {}", join(options, " or "), forms))
        .in_form_words(fmt::format("'{}' {}: the compound's mass needs one form to convert it",
                                   name, m.problem),
                       fmt::format("choose the form: {}", join(m.candidates, " or ")));
}

}  // namespace

JournalEntry food_entry(const Food& food, std::string amount) {
    JournalEntry e;
    e.kind = EntryKind::food;
    // A bare number is that many default servings; the journal says so in words, so that
    // the line reads the same to a person and to `log edit`.
    const Amount a = parse_amount(amount);
    e.amount = a.unit.empty()
                   ? quantity_text(a) + (a.num > a.den ? " default servings" : " default serving")
                   : std::move(amount);
    refresh_food_entry(e, food);
    return e;
}

void refresh_food_entry(JournalEntry& e, const Food& food) {
    const Resolved r = resolve_amount(parse_amount(e.amount), food);
    e.food_id = food.id;
    e.name = food.name;
    e.food_mg = r.food_mg;
    e.magnesium = food.in(r.food_mg);
}

JournalEntry supplement_entry(const SupplementDose& dose) {
    JournalEntry e;
    e.kind = EntryKind::supplement;
    e.name = dose.name;
    e.amount = dose.amount;
    e.units = dose.units;
    e.compound = dose.compound;
    // An elemental amount needs no form: it is recorded only when the name is clear.
    if (dose.form.kind == FormMatch::Kind::one) e.form = dose.form.form->id;
    const Magnesium per_unit = parse_supplement_mass(e.amount);
    const SupplementForm* form = e.compound ? &compound_form(e.name, dose.form) : nullptr;
    e.magnesium = dose_magnesium(per_unit, e.units, form);
    return e;
}

void refresh_supplement_entry(JournalEntry& e) {
    const Magnesium per_unit = parse_supplement_mass(e.amount);
    const SupplementForm* form = nullptr;
    if (e.compound) {
        form = find_form(e.form);
        if (!form)
            throw InputError::plain(fmt::format("entry {} has unknown form '{}'", e.id, e.form));
    }
    e.magnesium = dose_magnesium(per_unit, e.units, form);
}

}  // namespace mg
