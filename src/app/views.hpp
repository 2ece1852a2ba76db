#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "dri/dri.hpp"
#include "journal/entry.hpp"
#include "profile/profile.hpp"
#include "report/json_common.hpp"

namespace mg::app {

/// Display name of a standard: "IOM (US/Canada DRI)".
std::string standard_title(Standard s);

/// Aligned text lines describing targets. `caveat`: the person has a kidney condition, so the
/// RDA line says the reference is set for healthy people (reference_caveat()).
std::string targets_text(const Targets& t, bool caveat);

/// JSON of a profile (as stored, plus derived age).
nlohmann::json profile_json(const Profile& p, Date today);

/// "food", "supplement" or "day", as the journal and JSON write it.
std::string_view kind_name(EntryKind k);

/// A day's mark as JSON: true, false, or null when unmarked or cleared.
nlohmann::json complete_json(std::optional<bool> complete);

/// "day marked complete", "day marked incomplete" or "day mark cleared".
std::string mark_label(std::optional<bool> complete);

/// JSON of one journal entry (docs/json.md). Day marks: null name and amount, 0 mg, `complete`.
nlohmann::json entry_json(const JournalEntry& e);

}  // namespace mg::app
