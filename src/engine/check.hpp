#pragma once
#include <functional>
#include <string>
#include <vector>

#include "dri/dri.hpp"
#include "engine/adequacy.hpp"
#include "engine/eligibility.hpp"
#include "engine/flags.hpp"
#include "engine/suggest.hpp"
#include "foods/food_db.hpp"
#include "journal/day.hpp"
#include "journal/entry.hpp"
#include "profile/profile.hpp"

namespace mg {

/// The answer to "am I getting enough?" for a window of days (docs/methods.md).
struct CheckResult {
    Date from;
    Date to;
    int days_in_window = 0;
    std::vector<DayIntake> days;   ///< logged days only; days without entries are missing
    int food_days = 0;             ///< days judged for food adequacy (docs/methods.md#days)
    int supplement_only_days = 0;  ///< days with supplements but no food: not food days
    int incomplete_days = 0;       ///< days marked incomplete: left out of the means
    /// Food days whose food is a Cronometer day total: it may include supplements, so food
    /// adequacy may be overstated and those supplements escape the upper limit.
    int day_total_days = 0;
    Magnesium food_mean;        ///< per food day
    Magnesium supplement_mean;  ///< per logged day not marked incomplete
    Magnesium total_mean;       ///< food_mean + supplement_mean
    Targets targets;
    double percent_rda = 0;
    /// To the RDA (or AI); zero when met, and always zero with chronic kidney disease, whose
    /// targets are left to the clinician who treats the kidneys (no shortfall framing).
    Magnesium shortfall;
    bool ckd = false;     ///< reference intakes are for healthy people: numbers shown, not judged
    bool infant = false;  ///< under 12 months: food alone against the AI, never a shortfall
    /// A shortfall (and % of the RDA, days meeting it) may be shown: not with chronic kidney
    /// disease (the DRIs do not apply) nor for infants (intake below an AI cannot be judged).
    bool frames_shortfall() const { return !ckd && !infant; }
    Adequacy adequacy;
    std::vector<MedicineMatch> medicines;
    std::vector<Finding> flags;
    Eligibility eligibility;    ///< who may be offered what: the rules that applied
    bool pool_missing = false;  ///< no reviewed suggestion pool was given: nothing suggested
    Suggestions suggestions;
    bool has_warning() const;
};

/// Where the reviewed suggestion pool comes from, asked only when suggestions are needed.
using PoolSource = std::function<const SuggestionPool*()>;

/// Pure: computes the check over [from, to]. `entries` may include the four weeks before
/// `to` (they tell which foods the person already eats); only entries in the window count.
/// Suggestions come only from the pool `pool` returns (nullptr: none, and `pool_missing`
/// says so). It is called only when there is a shortfall to close, so that a check without
/// one never pays for reading the pool.
CheckResult run_check(const Profile& profile, const Targets& targets,
                      const std::vector<JournalEntry>& entries, const FoodDb& foods,
                      const PoolSource& pool, Date from, Date to, Date today);
/// The same with a pool already at hand (or nullptr).
CheckResult run_check(const Profile& profile, const Targets& targets,
                      const std::vector<JournalEntry>& entries, const FoodDb& foods,
                      const SuggestionPool* pool, Date from, Date to, Date today);

}  // namespace mg
