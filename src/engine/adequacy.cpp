#include "engine/adequacy.hpp"

#include <fmt/format.h>

#include <cmath>

namespace mg {

double normal_cdf(double z) {
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

std::string_view verdict_id(Verdict v) {
    switch (v) {
        case Verdict::very_likely_needs_improving:
            return "very-likely-needs-improving";
        case Verdict::probably_needs_improving:
            return "probably-needs-improving";
        case Verdict::probably_adequate:
            return "probably-adequate";
        case Verdict::adequate:
            return "adequate";
        case Verdict::above_ai:
            return "above-ai";
        case Verdict::cannot_tell:
            return "cannot-tell";
        case Verdict::not_assessed:
            return "not-assessed";
        case Verdict::not_judged:
            return "not-judged";
        case Verdict::no_data:
            return "no-data";
    }
    return "no-data";
}

std::string_view verdict_words(Verdict v) {
    switch (v) {
        case Verdict::very_likely_needs_improving:
            return "very likely needs to be improved";
        case Verdict::probably_needs_improving:
            return "probably needs to be improved";
        case Verdict::probably_adequate:
            return "probably adequate; log more days to be sure";
        case Verdict::adequate:
            return "adequate, with high confidence";
        case Verdict::above_ai:
            return "above the AI";
        case Verdict::cannot_tell:
            return "cannot tell";
        case Verdict::not_assessed:
            return "not assessed";
        case Verdict::not_judged:
            return "not judged";
        case Verdict::no_data:
            return "no data";
    }
    return "no data";
}

namespace {

// The §2b table: SD = CV 0.38 (ours: 86 mg / 228 mg, IOM00 and IOM97 p.195) x the group's
// mean intake, as the reference tabulates it (men: 122 mg).
DayToDaySd derived(double sd, double mean_intake, std::string group, std::string survey) {
    return {.mg = sd,
            .group = std::move(group),
            .basis = fmt::format("derived: CV 0.38 x mean intake {:.0f} mg ({})", mean_intake,
                                 std::move(survey)),
            .assumed = true};
}

}  // namespace

DayToDaySd day_to_day_sd(const LifeStageQuery& who) {
    const bool male = who.sex == Sex::male;
    const int age = who.age_years;
    if (age < 1) return {.group = "infants", .basis = "no published day-to-day SD for infants"};
    const char* nhanes = "NHANES 2003-06, Bailey 2012";
    if (age <= 8)
        return male ? derived(90, 237, "boys 2-8 y", nhanes)
                    : derived(79, 207, "girls 2-8 y", nhanes);
    if (age <= 13)
        return male ? derived(99, 260, "boys 9-13 y", nhanes)
                    : derived(82, 217, "girls 9-13 y", nhanes);
    if (male)
        return age <= 18 ? derived(107, 281, "boys 14-18 y", nhanes)
                         : derived(122, 323, "men 19 y+", "CSFII 1994, IOM97 p.195");
    // Pregnant or lactating girls take the women's SD: the larger of the two values, so the
    // verdict is never more confident than the data allow.
    if (age <= 18 && !who.pregnant && !who.lactating)
        return derived(78, 204, "girls 14-18 y", nhanes);
    const bool measured_group = age >= 19 && age <= 50;  // IOM00's example group
    return {.mg = 86,
            .group = "women 19 y+",
            .basis = measured_group
                         ? "the pooled CSFII SD of IOM00's worked example (pp.57-64), as derived "
                           "by us from it"
                     : age <= 18 ? "our cautious choice: the larger of girls 14-18 (78 mg) "
                                   "and women (86 mg)"
                                 : "applied: the value for women 19-50 (IOM00), used for all "
                                   "women",
            .assumed = !measured_group};
}

namespace {

Adequacy against_ai(Magnesium mean, const Targets& t, Adequacy a) {
    // Infants: no day-to-day SD exists, so no probability (§2b); intake below the AI cannot
    // be assessed (IOM00).
    a.method = "ai";
    if (mean >= t.rda) {
        a.verdict = Verdict::above_ai;
        a.reason = fmt::format("mean food intake {} mg is at or above the AI of {} mg",
                               format_mg(mean), format_mg(t.rda));
    } else {
        a.verdict = Verdict::cannot_tell;
        a.reason = fmt::format(
            "mean food intake {} mg is below the AI of {} mg; intake below an AI cannot be "
            "judged inadequate, IOM00",
            format_mg(mean), format_mg(t.rda));
    }
    a.note = "no day-to-day SD has been published for infants, so no probability is computed";
    return a;
}

Verdict ear_verdict(double mean, double ear, double rda, double p) {
    // IOM00 p.6: "below the EAR ... (because the probability of adequacy is 50 percent or
    // less)": a mean exactly at the EAR is 50 %.
    if (mean <= ear) return Verdict::very_likely_needs_improving;
    if (mean < rda) return Verdict::probably_needs_improving;
    return p >= kHighConfidence ? Verdict::adequate : Verdict::probably_adequate;
}

std::string ear_reason(Magnesium mean, const Targets& t) {
    const std::string m = format_mg(mean), ear = format_mg(*t.ear), rda = format_mg(t.rda);
    if (mean < *t.ear) return fmt::format("mean {} mg is below the EAR of {} mg", m, ear);
    if (mean == *t.ear) return fmt::format("mean {} mg is at the EAR of {} mg", m, ear);
    if (mean < t.rda)
        return fmt::format("mean {} mg is between the EAR ({} mg) and the RDA ({} mg)", m, ear,
                           rda);
    return fmt::format("mean {} mg is at or above the RDA of {} mg", m, rda);
}

}  // namespace

Adequacy assess_adequacy(Magnesium mean, int days, const Targets& t, const LifeStageQuery& who) {
    Adequacy a;
    a.days_used = days;
    a.method = "none";
    if (days <= 0) {
        a.verdict = Verdict::no_data;
        a.note =
            "no food days: adequacy cannot be judged (days without entries are missing, not "
            "zero; days with only supplements or marked incomplete are not food days)";
        return a;
    }
    if (t.standard != Standard::iom) {
        a.verdict = Verdict::not_assessed;
        a.note = "this standard sets no EAR, so the IOM probability of adequacy does not apply";
        return a;
    }
    a.sd = day_to_day_sd(who);
    if (t.is_ai) return against_ai(mean, t, a);
    a.method = "ear";
    const double ear = t.ear->mg();
    const double sd_r = 0.10 * ear;
    const double sd = std::sqrt(sd_r * sd_r + a.sd.mg * a.sd.mg / days);
    a.z = (mean.mg() - ear) / sd;
    a.probability = normal_cdf(*a.z);
    a.assessed = true;
    a.verdict = ear_verdict(mean.mg(), ear, t.rda.mg(), *a.probability);
    a.reason = ear_reason(mean, t);
    if (days == 1) a.note = "this verdict rests on one logged day: log more days to firm it up";
    return a;
}

}  // namespace mg
