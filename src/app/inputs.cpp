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
    if (units < 1 || units > 100) throw UsageError("--units must be between 1 and 100");
    return units;
}

}  // namespace mg::app
