#pragma once
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "profile/profile.hpp"
#include "report/weekly.hpp"
#include "web/scope.hpp"

namespace mg::web {

// Pieces of the server-rendered pages (pages.cpp): links, and the forms and lists through
// which the pages write (posted by /static/app.js to the JSON API).

/// A link within the app (escaped for an attribute) that keeps the profile chosen with
/// ?profile=; `query` without the leading '?'.
std::string href(const Scope& s, std::string_view path, std::string query = {});
/// The hidden field that keeps the profile in GET forms ("" when none was chosen).
std::string profile_field(const Scope& s);

/// Day: the saved meals (`meal list`, with food names as `meal show`), each with a scale
/// field and a button that logs it on `d` (`log meal NAME --scale N`).
std::string saved_meals(Scope& s, Date d);
/// Foods: a group and basis select, and when ?group= or ?per= is given the ranking of
/// `foods top` with its footer. Throws UsageError for an unknown group or basis.
std::string top_sources(Scope& s, const Params& p);
/// Foods: `foods add` from a label, as a form.
std::string add_custom_food_form();
/// Profiles: `profile init NAME --force` as a form, filled in with `p`.
std::string edit_profile_form(const std::string& name, const Profile& p);
/// Check: a "Log AMOUNT" button after each suggestion, logging its own food and amount on `d`.
SuggestionExtra log_suggestion_button(Date d);

}  // namespace mg::web
