#pragma once
#include <optional>
#include <string>

#include "core/mass.hpp"
#include "dri/dri.hpp"

namespace mg {

/// The IOM probability that usual intake is adequate (docs/methods.md §2).
struct Adequacy {
    bool assessed = false;  ///< false when the standard has no EAR (non-IOM) or no days
    std::optional<double> z;
    std::optional<double> probability;  ///< Φ(z)
    std::string verdict;                ///< plain-language, see `verdict_for`
    int days_used = 0;
    double sd_within_mg = 0;        ///< pooled day-to-day SD used
    bool sd_within_scaled = false;  ///< true when scaled from the women 31-50 value (assumption)
    std::string method;             ///< "ear" (two-sided), "ai" (infants, one-sided) or "none"
    std::string note;
};

/// Standard normal cumulative distribution.
double normal_cdf(double z);

/// Judges the mean total intake (`mean`, over `days` logged days) against `t`.
/// Food and supplements together go into the mean; the SD covers food only (IOM00).
Adequacy assess_adequacy(Magnesium mean, int days, const Targets& t);

/// The pooled within-person SD for magnesium: 86 mg/day for the IOM worked example group,
/// scaled by EAR/265 (or AI/265) for others — an assumption the output states.
double sd_within_for(const Targets& t, bool& scaled);

}  // namespace mg
