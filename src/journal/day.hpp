#pragma once
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/mass.hpp"
#include "journal/entry.hpp"

namespace mg {

/// What one day of the journal holds: the one day-total type of check, the weekly report,
/// `log show` and `log add` (docs/methods.md#what-counts-as-a-day).
struct DayIntake {
    Date date;
    bool logged = false;  ///< has food or supplement entries (a day without is missing)
    Magnesium food;
    Magnesium supplement;
    bool has_food = false;         ///< at least one food entry
    bool has_day_total = false;    ///< a day total (kind total) is among its food
    std::optional<bool> complete;  ///< the user's mark (`log day`), if any
    Magnesium total() const { return food + supplement; }
    /// Counts for food adequacy: it has food and is not marked incomplete.
    bool food_day() const { return has_food && complete.value_or(true); }
};

/// The days in [from, to] that have food or supplement entries, in date order, with their
/// completeness marks. Day marks alone do not make a day logged.
std::vector<DayIntake> logged_days(std::span<const JournalEntry> entries, Date from, Date to);

/// The totals of `date` (logged is false when it has no food or supplement entry).
DayIntake day_intake(std::span<const JournalEntry> entries, Date date);

/// More food in one entry than anyone eats at once (over 2 kg): app::log_warnings warns.
constexpr std::int64_t kImplausibleFoodMg = 2'000'000;

}  // namespace mg
