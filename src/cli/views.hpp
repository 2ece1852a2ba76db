#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "dri/dri.hpp"
#include "journal/entry.hpp"
#include "profile/profile.hpp"
#include "report/json_common.hpp"

namespace mg::cli {

/// Display name of a standard: "IOM (US/Canada DRI)".
std::string standard_title(Standard s);

/// Aligned text lines describing targets.
std::string targets_text(const Targets& t);

/// JSON of a profile (as stored, plus derived age).
nlohmann::json profile_json(const Profile& p, Date today);

/// JSON of one journal entry (docs/json.md).
nlohmann::json entry_json(const JournalEntry& e);

/// Food and supplement magnesium of one day.
struct DayTotal {
    Magnesium food;
    Magnesium supplement;
    Magnesium total() const { return food + supplement; }
};
/// Totals of the entries dated `d`.
DayTotal day_total(const std::vector<JournalEntry>& entries, Date d);

}  // namespace mg::cli
