#include "engine/adequacy.hpp"

#include <fmt/format.h>

#include <cmath>

namespace mg {

double normal_cdf(double z) {
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

namespace {
constexpr double kSdWithinWomen31to50 = 86.0;  // IOM00 worked example (docs/methods.md §2)
constexpr double kEarWomen31to50 = 265.0;
}  // namespace

double sd_within_for(const Targets& t, bool& scaled) {
    const double ref = t.ear ? t.ear->mg() : t.rda.mg();
    scaled = !(t.ear && t.ear->mg() == kEarWomen31to50 && t.life_stage == "female, 31-50 years");
    return scaled ? kSdWithinWomen31to50 * ref / kEarWomen31to50 : kSdWithinWomen31to50;
}

Adequacy assess_adequacy(Magnesium mean, int days, const Targets& t) {
    Adequacy a;
    a.days_used = days;
    if (days <= 0) {
        a.method = "none";
        a.verdict = "no data";
        a.note =
            "no logged days: adequacy cannot be judged (days without entries are missing, not "
            "zero)";
        return a;
    }
    if (t.standard != Standard::iom) {
        a.method = "none";
        a.verdict = "not assessed";
        a.note = "this standard sets no EAR, so the IOM probability of adequacy does not apply";
        return a;
    }
    a.sd_within_mg = sd_within_for(t, a.sd_within_scaled);
    if (t.is_ai) {
        // Infants: one-sided test against the AI; only "likely above the AI" or "cannot tell".
        a.method = "ai";
        const double z = (mean.mg() - t.rda.mg()) / (a.sd_within_mg / std::sqrt(days));
        a.z = z;
        a.probability = normal_cdf(z);
        a.assessed = true;
        a.verdict = z >= 1.65 ? "likely above the AI" : "cannot tell";
    } else {
        a.method = "ear";
        const double ear = t.ear->mg();
        const double sd_r = 0.10 * ear;
        const double sd = std::sqrt(sd_r * sd_r + a.sd_within_mg * a.sd_within_mg / days);
        const double z = (mean.mg() - ear) / sd;
        a.z = z;
        a.probability = normal_cdf(z);
        a.assessed = true;
        const double p = *a.probability;
        a.verdict = p < 0.15   ? "very likely inadequate"
                    : p < 0.50 ? "probably inadequate"
                    : p < 0.85 ? "probably adequate"
                               : "very likely adequate";
    }
    if (a.sd_within_scaled)
        a.note = fmt::format(
            "assumption: the day-to-day SD measured for women 31-50 (86 mg) is scaled by {}/265 "
            "to {:.0f} mg for {}",
            t.ear ? "EAR" : "AI", a.sd_within_mg, t.life_stage);
    return a;
}

}  // namespace mg
