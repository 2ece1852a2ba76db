#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "journal/day.hpp"
#include "journal/entry.hpp"
#include "profile/profile.hpp"

namespace mg::app {

// What logging says besides the entry and the day: the same warnings from `log add`, `log
// supplement`, `log eat`, `log copy`, `meal log` and the web app's adds (docs/json.md).

/// One warning given as entries are logged.
struct LogWarning {
    /// Stable, for JSON: "implausible-amount", "future-date", "day-total", or the id of the
    /// flag rule (docs/flags.md) a supplement raises: "infant-supplement", "ckd-supplement",
    /// "kidney-transplant".
    std::string id;
    /// The words, ending where the remedy is to remove or correct an entry: each front end
    /// says how ("with 'mgcalc log rm ID'", a button).
    std::string message;
    std::string remove_id{};  ///< the entry the message suggests removing; empty for none
    /// After an edit the remedy is another edit, not a removal (which would lose the entry
    /// as it was): the entry, and the option that corrects it ("--amount", "--date").
    std::string edit_id{};
    std::string edit_option{};
};

/// The warnings for `written`, just logged on one day, in this order: each entry's typo
/// guards (over 2 kg of one food; a date after `today`); the day's imported day total,
/// still counted; and for each supplement, the flags `check` raises on whom a supplement is
/// for (an infant, kidney disease, a kidney transplant; engine/flags.hpp
/// supplement_findings). `days` holds at least the written day after the write; `p` is a
/// valid profile.
std::vector<LogWarning> log_warnings(const std::vector<JournalEntry>& written,
                                     const DayTallies& days, const Profile& p, Date today);

/// The warnings for `after`, an entry just edited: the typo guards of log_warnings when its
/// amount (`new_amount`) or its date (`new_date`) was changed, and the day-total warning when
/// it was moved onto a day that holds an imported day total. `day` holds `after`'s day after
/// the edit.
std::vector<LogWarning> edit_warnings(const JournalEntry& after, bool new_amount, bool new_date,
                                      std::span<const JournalEntry> day, Date today);

/// When `date` holds a day total (imported from a daily summary), the warning for logging
/// more on it: the total still counts, so the day may be counted twice; nullopt otherwise.
std::optional<LogWarning> day_total_warning(std::span<const JournalEntry> entries, Date date);
/// The same of a day taken entry by entry.
std::optional<LogWarning> day_total_warning(const DayTally& day);

/// [{"id", "message"}, ...], as the answers of the adds carry them (docs/json.md).
nlohmann::json log_warnings_json(const std::vector<LogWarning>& warnings);

}  // namespace mg::app
