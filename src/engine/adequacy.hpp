#pragma once
#include <optional>
#include <string>

#include "core/mass.hpp"
#include "dri/dri.hpp"

namespace mg {

/// The pooled day-to-day (within-person) SD of magnesium intake used for one person
/// (docs/methods.md §2b): measured for women 19-50 (IOM00), derived for everyone else.
struct DayToDaySd {
    double mg = 0;      ///< 0 when no value exists (infants)
    std::string group;  ///< the survey group it stands for, e.g. "boys 9-13 y"
    std::string basis;  ///< where the number comes from, in one line
    bool assumed = false;
};

/// The SD for `who` (§2b table). Never scaled by the EAR: day-to-day variation follows
/// intake, not requirement (IOM00 p.65).
DayToDaySd day_to_day_sd(const LifeStageQuery& who);

/// IOM (2000) plain-language verdicts (docs/methods.md §2a) and the one-sided ones for
/// infants; `not_assessed` for standards without an EAR, `not_judged` for chronic kidney
/// disease (the reference intakes are for healthy people), `no_data` without food days.
enum class Verdict {
    very_likely_needs_improving,
    probably_needs_improving,
    probably_adequate,
    adequate,
    above_ai,
    cannot_tell,
    not_assessed,
    not_judged,
    no_data,
};
/// Stable id for JSON ("probably-needs-improving").
std::string_view verdict_id(Verdict v);
/// The words shown to people ("probably needs to be improved").
std::string_view verdict_words(Verdict v);

/// The IOM probability that usual intake is adequate (docs/methods.md §2).
struct Adequacy {
    bool assessed = false;  ///< a probability was computed
    Verdict verdict = Verdict::no_data;
    std::optional<double> z;
    std::optional<double> probability;  ///< Φ(z)
    int days_used = 0;                  ///< food days the mean rests on
    DayToDaySd sd;
    std::string method;  ///< "ear" (two-sided), "ai" (infants: mean vs AI, no probability), "none"
    std::string reason;  ///< why this verdict, with the numbers ("mean 311 mg is between ...")
    std::string note;    ///< caveats to show (one day only, assumed SD, ...)
};

/// Standard normal cumulative distribution.
double normal_cdf(double z);

/// Probability needed at or above the RDA before intake is called adequate (IOM00 p.57:
/// "less than 97.5 percent" is not yet high confidence).
constexpr double kHighConfidence = 0.975;

/// Judges `mean` (food plus supplements for the EAR method; food only for infants, whose
/// AI is met by food and formula), observed over `days` food days, against `t` for `who`.
/// Supplements go into the mean, never into the SD (CSFII is food only, IOM00).
Adequacy assess_adequacy(Magnesium mean, int days, const Targets& t, const LifeStageQuery& who);

}  // namespace mg
