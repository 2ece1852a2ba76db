#pragma once
#include <nlohmann/json.hpp>

#include <string>

#include "dri/dri.hpp"
#include "journal/entry.hpp"
#include "profile/profile.hpp"

namespace mg::cli {

/// Current schema version stamped into every JSON document (docs/json.md).
constexpr int kJsonSchemaVersion = 1;

/// Display name of a standard: "IOM (US/Canada DRI)".
std::string standard_title(Standard s);

/// JSON of targets: standard, life_stage, rda_mg, is_ai, ear_mg, ul_supplemental_mg, ...
nlohmann::json targets_json(const Targets& t);
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

/// Milligrams as a JSON number with at most one decimal (exact in the journal's unit).
nlohmann::json mg_json(Magnesium m);

}  // namespace mg::cli
