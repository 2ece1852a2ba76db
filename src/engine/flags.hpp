#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "engine/medicines.hpp"
#include "journal/entry.hpp"
#include "profile/profile.hpp"

namespace mg {

enum class Severity { info, caution, warning };
std::string_view to_string(Severity s);

/// A named, documented rule (docs/flags.md). `mgcalc flags` lists them all.
struct FlagRule {
    std::string id;
    Severity severity;
    std::string title;
    std::string explanation;
    std::string action;
    std::string evidence;  ///< tier: "regulatory safety communication", "observational", ...
    std::string source;    ///< citation keys, see docs/methods.md
};

const std::vector<FlagRule>& flag_rules();
const FlagRule& rule(std::string_view id);

/// A rule that fired, with what triggered it.
struct Finding {
    const FlagRule* rule;
    std::vector<std::string>
        profile_facts;                   ///< e.g. "medicine: omeprazole (proton pump inhibitor)"
    std::vector<std::string> entry_ids;  ///< journal entries involved
    std::string detail;                  ///< numbers behind it, e.g. "mean 310 mg < EAR 265 mg"

    /// The profile facts, then the detail: what every renderer shows as "because".
    std::vector<std::string> reasons() const;
};

/// What the rules look at besides the profile.
struct IntakeFacts {
    bool has_days = false;
    bool below_ear = false;  ///< mean total below the EAR (only when an EAR exists)
    double mean_total_mg = 0;
    double ear_mg = 0;
    std::vector<const JournalEntry*> supplements;  ///< supplement entries in the window
    bool over_ul = false;
    std::string over_ul_detail;
    std::vector<std::string> over_ul_entries;
    int age_years = 0;
    bool infant = false;  ///< under 12 months: supplements and magnesium medicines are not for them
};

/// Evaluates every rule. Pure: same inputs, same findings, in rule order.
std::vector<Finding> evaluate_flags(const Profile& p, const std::vector<MedicineMatch>& meds,
                                    const IntakeFacts& intake);

}  // namespace mg
