#pragma once
#include <map>
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

/// One day's entries taken one at a time, in file order: what logged_days and the day-total
/// warning say of the day, without keeping the entries (the web app keeps one per day of the
/// month it writes, store::MonthMemo). The one place that says how entries make a day.
class DayTally {
  public:
    explicit DayTally(Date date) { intake_.date = date; }
    /// Counts `e`, which is dated this day. A day mark (kind day) replaces the one before.
    void add(const JournalEntry& e);
    /// The day as logged_days has it: its mark counts only once it has food or supplements.
    DayIntake intake() const;
    /// The day's last mark (`log day`), whether or not anything else is logged.
    std::optional<bool> mark() const { return mark_; }
    /// The first day total (kind total, imported from a daily summary) among its entries.
    struct Total {
        std::string id;
        Magnesium magnesium;
    };
    const std::optional<Total>& first_total() const { return first_total_; }

  private:
    DayIntake intake_;
    std::optional<bool> mark_;
    std::optional<Total> first_total_;
};

/// Days by date: what an append answers with (store::JournalStore::append).
using DayTallies = std::map<Date, DayTally>;

/// Adds `e` to its day in `days` (made when absent); returns that day.
DayTally& tally(DayTallies& days, const JournalEntry& e);

/// The days of `entries`, each taken in the order given.
DayTallies tally_days(std::span<const JournalEntry> entries);

/// `date`'s intake in `days`; not logged when `days` does not have it.
DayIntake intake_on(const DayTallies& days, Date date);

/// The days in [from, to] that have food or supplement entries, in date order, with their
/// completeness marks. Day marks alone do not make a day logged.
std::vector<DayIntake> logged_days(std::span<const JournalEntry> entries, Date from, Date to);

/// The totals of `date` (logged is false when it has no food or supplement entry).
DayIntake day_intake(std::span<const JournalEntry> entries, Date date);

/// More food in one entry than anyone eats at once (over 2 kg): app::log_warnings warns.
constexpr std::int64_t kImplausibleFoodMg = 2'000'000;

}  // namespace mg
