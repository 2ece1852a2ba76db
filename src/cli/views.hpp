#pragma once
// The views moved to the application layer (src/app) so that the web app shares them; the
// commands keep calling them by their short names.
#include "app/views.hpp"

namespace mg::cli {
using app::complete_json;
using app::entry_json;
using app::kind_name;
using app::mark_label;
using app::profile_json;
using app::standard_title;
using app::targets_text;
}  // namespace mg::cli
