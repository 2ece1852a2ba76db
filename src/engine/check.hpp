#pragma once
#include <string>
#include <vector>

#include "dri/dri.hpp"
#include "engine/adequacy.hpp"
#include "engine/flags.hpp"
#include "engine/suggest.hpp"
#include "foods/food_db.hpp"
#include "journal/entry.hpp"
#include "profile/profile.hpp"

namespace mg {

/// Totals of one logged day.
struct DayIntake {
    Date date;
    Magnesium food;
    Magnesium supplement;
    Magnesium total() const { return food + supplement; }
};

/// The answer to "am I getting enough?" for a window of days (docs/methods.md).
struct CheckResult {
    Date from;
    Date to;
    int days_in_window = 0;
    std::vector<DayIntake> days;  ///< logged days only; days without entries are missing
    Magnesium food_mean;
    Magnesium supplement_mean;
    Magnesium total_mean;
    Targets targets;
    double percent_rda = 0;
    Magnesium shortfall;  ///< to the RDA (or AI); zero when met
    Adequacy adequacy;
    std::vector<MedicineMatch> medicines;
    std::vector<Finding> flags;
    std::vector<Suggestion> suggestions;
    bool has_warning() const;
};

/// Pure: computes the check over [from, to]. `entries` may include earlier days (they are
/// used only to prefer foods the user already eats); only entries in the window count.
CheckResult run_check(const Profile& profile, const Targets& targets,
                      const std::vector<JournalEntry>& entries, const FoodDb& foods, Date from,
                      Date to, Date today);

}  // namespace mg
