#include "app/inputs.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "journal/entry.hpp"

namespace mg::app {

Date parse_date_option(const std::string& value, const std::string& what) {
    if (auto d = Date::parse(value)) return *d;
    throw InputError::plain(fmt::format("{} '{}' is not a date", what, value),
                            "write dates as YYYY-MM-DD, e.g. 2026-03-14");
}

Date parse_date_option(const std::string& value, const std::string& what, Date today) {
    if (auto d = parse_date_word(value, today)) return *d;
    throw InputError::plain(fmt::format("{} '{}' is not a date", what, value),
                            std::string(kDateWordRule));
}

std::string parse_meal(const std::string& value) {
    const std::string m = to_lower(value);
    const auto& meals = known_meals();
    if (std::find(meals.begin(), meals.end(), m) != meals.end()) return m;
    const std::string hint = did_you_mean(closest(m, meals, 3));
    throw UsageError(fmt::format("unknown meal '{}'", m),
                     hint.empty() ? "one of: " + join(meals) : hint);
}

const SupplementForm& parse_form(const std::string& id) {
    if (const SupplementForm* f = find_form(id)) return *f;
    throw UsageError(
        fmt::format("unknown form '{}'", id),
        hint_with(did_you_mean(closest(id, form_ids(), 3)), "forms: " + join(form_ids())));
}

int check_units(int units) {
    if (units < 1 || units > 100)
        throw UsageError("--units must be between 1 and 100")
            .in_form_words("the units must be between 1 and 100", "");
    return units;
}

Amount parse_scale(const std::string& value) {
    Amount a;
    try {
        a = parse_amount(value);
    } catch (const InputError&) {
        throw UsageError(fmt::format("--scale '{}' is not a number", value), "e.g. --scale 0.5")
            .in_form_words(fmt::format("the scale '{}' is not a number", value), "e.g. 0.5");
    }
    if (!a.unit.empty() || a.quantity() > 20)
        throw UsageError(fmt::format("--scale '{}' must be a number up to 20", value),
                         "e.g. --scale 0.5 or --scale 2")
            .in_form_words(fmt::format("the scale '{}' must be a number up to 20", value),
                           "e.g. 0.5 or 2");
    return a;
}

}  // namespace mg::app
