#pragma once
#include <string>

#include "core/date.hpp"
#include "foods/amount.hpp"
#include "journal/supplement.hpp"

namespace mg::app {

// What a person types, checked the same way whichever front end received it. Each throws
// InputError or UsageError with the message and hint the CLI prints; `what` names the
// field ("--date" on the command line, "date" on the web).

/// A strict YYYY-MM-DD date.
Date parse_date_option(const std::string& value, const std::string& what);
/// YYYY-MM-DD, today, yesterday or a weekday name relative to `today` (parse_date_word).
Date parse_date_option(const std::string& value, const std::string& what, Date today);

/// A meal name, lower-cased: breakfast, lunch, dinner or snack.
std::string parse_meal(const std::string& value);

/// A supplement form by id (oxide, citrate, ...).
const SupplementForm& parse_form(const std::string& id);

/// A number of units taken: 1 to 100.
int check_units(int units);

/// `log meal --scale`: a plain number up to 20 ("0.5", "1/2", "2") that every amount of a
/// saved meal is multiplied by.
Amount parse_scale(const std::string& value);

}  // namespace mg::app
