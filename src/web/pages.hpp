#pragma once
#include <string>

#include "web/errors.hpp"
#include "web/scope.hpp"

namespace mg::web {

// The server-rendered pages (docs/web.md#pages). Each reads the workspace of the request
// and writes a whole document around the same numbers the CLI prints; writes go through
// the JSON API from /static/app.js.

/// `/`: one day's entries by meal with their magnesium, the totals against the RDA, the add
/// food and supplement forms, delete and undo, previous/next day and a date picker.
std::string day_page(Scope& s, const Params& p);
/// `/check`: what `mgcalc check` says, for ?date= and ?days=.
std::string check_page(Scope& s, const Params& p);
/// `/week`: the weekly report (the HTML report's content and chart), for ?ending=.
std::string week_page(Scope& s, const Params& p);
/// `/foods`: search with tier labels, for ?q=.
std::string foods_page(Scope& s, const Params& p);
/// `/foods/ID`: one food, its portions with their magnesium and energy.
std::string food_page(Scope& s, const std::string& id);
/// `/profiles`: the selected profile, and every profile with its last 7 days.
std::string profiles_page(Scope& s);
/// A page saying what went wrong (message and hint only).
std::string error_page(const ErrorReply& e);

}  // namespace mg::web
