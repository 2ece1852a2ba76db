#pragma once
#include <string>
#include <vector>

#include "core/date.hpp"
#include "journal/entry.hpp"

namespace mg {

// Logging again what was logged before: copying a day, and the foods logged lately.

/// New entries for the foods and supplements among `entries` dated `from` (of meal `meal`
/// only, when not empty), dated `to`, in journal order. Ids are cleared (the store assigns
/// new ones), `added` is set to `added`, import keys are dropped (a copy is not an import);
/// meal, amounts, magnesium, forms, units and notes are kept. Day marks and imported day
/// totals are not copied: they describe the day they were made for.
std::vector<JournalEntry> copy_entries(const std::vector<JournalEntry>& entries, Date from,
                                       const std::string& meal, Date to, const std::string& added);

/// How many of `copies` the target day already holds in `day`: entries of the same kind,
/// food (or supplement name), amount, units and meal, each matched once. `log copy`
/// refuses when every copy is there already (the same copy run twice).
size_t already_logged(const std::vector<JournalEntry>& copies,
                      const std::vector<JournalEntry>& day);

/// A food logged lately, for `foods recent` and completion.
struct RecentFood {
    std::string food_id{};
    std::string name{};  ///< as last logged
    int times = 0;
    Date last{};
};

/// The number of days `recent_foods` looks back, today included (four weeks).
inline constexpr int kRecentDays = 28;

/// The foods among `entries` logged in the kRecentDays days ending `today`, most often
/// first; ties go to the most recently logged, then by id. Imported entries are left out:
/// their food is another program's, not one of mgcalc's foods.
std::vector<RecentFood> recent_foods(const std::vector<JournalEntry>& entries, Date today);

}  // namespace mg
