#include "engine/check.hpp"

#include <fmt/format.h>

#include <map>

namespace mg {

bool CheckResult::has_warning() const {
    for (const auto& f : flags)
        if (f.rule->severity == Severity::warning) return true;
    return false;
}

namespace {
Magnesium mean_of(std::int64_t sum_ug, int n) {
    return Magnesium::from_ug(n == 0 ? 0 : (sum_ug + n / 2) / n);
}
}  // namespace

CheckResult run_check(const Profile& profile, const Targets& targets,
                      const std::vector<JournalEntry>& entries, const FoodDb& foods, Date from,
                      Date to, Date today) {
    CheckResult r;
    r.from = from;
    r.to = to;
    r.days_in_window = from.days_until(to) + 1;
    r.targets = targets;
    std::map<Date, DayIntake> by_day;
    IntakeFacts facts;
    for (const auto& e : entries) {
        if (e.date < from || e.date > to) continue;
        DayIntake& d = by_day[e.date];
        d.date = e.date;
        if (e.kind == EntryKind::food) {
            d.food += e.magnesium;
        } else {
            d.supplement += e.magnesium;
            facts.supplements.push_back(&e);
        }
    }
    std::int64_t food = 0, supp = 0;
    for (const auto& [date, d] : by_day) {
        r.days.push_back(d);
        food += d.food.ug();
        supp += d.supplement.ug();
    }
    const int n = static_cast<int>(r.days.size());
    r.food_mean = mean_of(food, n);
    r.supplement_mean = mean_of(supp, n);
    r.total_mean = mean_of(food + supp, n);
    r.percent_rda = n == 0 ? 0 : 100.0 * r.total_mean.mg() / targets.rda.mg();
    r.shortfall = n == 0 || r.total_mean >= targets.rda ? Magnesium() : targets.rda - r.total_mean;
    r.adequacy = assess_adequacy(r.total_mean, n, targets);

    for (const auto& m : profile.medicines) r.medicines.push_back(match_medicine(m));
    facts.has_days = n > 0;
    facts.mean_total_mg = r.total_mean.mg();
    if (targets.ear) {
        facts.ear_mg = targets.ear->mg();
        facts.below_ear = n > 0 && r.total_mean < *targets.ear;
    }
    if (targets.ul_supplemental) {
        const Magnesium ul = *targets.ul_supplemental;
        std::vector<std::string> days_over;
        for (const auto& d : r.days)
            if (d.supplement > ul)
                days_over.push_back(
                    fmt::format("{} ({} mg)", d.date.iso(), format_mg(d.supplement)));
        if (!days_over.empty()) {
            facts.over_ul = true;
            facts.over_ul_detail = fmt::format("supplemental magnesium above the UL of {} mg on {}",
                                               format_mg(ul), fmt::join(days_over, ", "));
            for (const auto* e : facts.supplements)
                for (const auto& d : r.days)
                    if (d.date == e->date && d.supplement > ul)
                        facts.over_ul_entries.push_back(e->id);
        }
    }
    facts.age_years = life_stage_query(profile, today).age_years;
    facts.infant = facts.age_years == 0;
    r.flags = evaluate_flags(profile, r.medicines, facts);
    // Infants: breast milk or formula carries the AI; food suggestions are for their
    // paediatric team, not for mgcalc (docs/methods.md#suggestions).
    const bool infant = life_stage_query(profile, today).age_years == 0;
    if (n > 0 && r.shortfall > Magnesium() && !infant) {
        std::vector<JournalEntry> history;
        for (const auto& e : entries) history.push_back(e);
        r.suggestions = suggest_foods(foods, r.shortfall, profile, history);
    }
    return r;
}

}  // namespace mg
