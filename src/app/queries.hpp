#pragma once
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <vector>

#include "app/log_warnings.hpp"
#include "app/workspace.hpp"
#include "engine/check.hpp"
#include "journal/entry.hpp"
#include "report/weekly.hpp"

namespace mg::app {

// The questions the CLI and the web app ask of a workspace, answered once, here.

/// `check` over the `days` days ending `to` (1 to 366; UsageError otherwise), with four
/// weeks before the window telling which foods are already eaten.
CheckResult check_days(Workspace& ws, Date to, int days);

/// The JSON of a check (docs/json.md "check"): profile, date and the check's fields.
nlohmann::json check_json(const CheckResult& r, const Profile& p, Date to);

/// The weekly report of the seven days from `start`, labelled `label`.
WeeklyReport week_report(Workspace& ws, Date start, std::string label);

/// Entries dated [from, to] (at most ten years; UsageError otherwise), as `log show --format
/// json` prints them: from, to, entries (food_missing when the food has left the database)
/// and days.
nlohmann::json entries_json(Workspace& ws, Date from, Date to);

/// How a day's total is framed, by the CLI's echo and the web's Day page alike
/// (docs/methods.md §2): with kidney disease the RDA is no target; an infant's AI is met by
/// food (and formula) alone, and supplements are not advised (reference §1, §3, §8).
struct DayFraming {
    bool kidneys = false;
    bool infant = false;
};
DayFraming day_framing(const Profile& p, Date today);

/// What `log add` / `log supplement` answer after writing (docs/json.md): one entry as
/// {entry, day, reference, warnings}, several as {entries, day, reference, warnings};
/// `days` holds at least the first entry's day after the write; `warnings` are
/// log_warnings' for the write.
nlohmann::json logged_json(const std::vector<JournalEntry>& written, const DayTallies& days,
                           const Targets& t, const std::vector<LogWarning>& warnings);

/// Ids of the food entries among `entries` whose food is no longer in `ws`'s database.
std::vector<std::string> orphan_ids(Workspace& ws, const std::vector<JournalEntry>& entries);

}  // namespace mg::app
