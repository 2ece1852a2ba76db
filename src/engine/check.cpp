#include "engine/check.hpp"

#include <fmt/format.h>

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

// The supplement entries of the window, for the flag rules.
std::vector<const JournalEntry*> supplements_in(const std::vector<JournalEntry>& entries, Date from,
                                                Date to) {
    std::vector<const JournalEntry*> out;
    for (const auto& e : entries)
        if (e.kind == EntryKind::supplement && e.date >= from && e.date <= to) out.push_back(&e);
    return out;
}

// Food adequacy rests on food days; supplements are averaged over every logged day that is
// not marked incomplete, so a supplement-only day adds to the supplement mean, never a
// zero-food day to the food mean (docs/methods.md#days).
void compute_means(CheckResult& r) {
    std::int64_t food = 0, supp = 0;
    int supp_days = 0;
    for (const auto& d : r.days) {
        if (d.complete == false) {
            ++r.incomplete_days;
            continue;
        }
        ++supp_days;
        supp += d.supplement.ug();
        if (d.has_food) {
            ++r.food_days;
            if (d.has_day_total) ++r.day_total_days;
            food += d.food.ug();
        } else {
            ++r.supplement_only_days;
        }
    }
    r.food_mean = mean_of(food, r.food_days);
    r.supplement_mean = mean_of(supp, supp_days);
    r.total_mean = r.food_days == 0 ? r.supplement_mean : r.food_mean + r.supplement_mean;
}

void upper_limit_facts(const CheckResult& r, IntakeFacts& facts) {
    if (!r.targets.ul_supplemental) return;
    const Magnesium ul = *r.targets.ul_supplemental;
    facts.over_ul.ul = ul;
    for (const auto& d : r.days)
        if (d.supplement > ul)
            facts.over_ul.days.push_back({.date = d.date, .supplement = d.supplement});
    if (facts.over_ul.days.empty()) return;
    for (const auto* e : facts.supplements)
        for (const auto& d : r.days)
            if (d.date == e->date && d.supplement > ul) facts.over_ul_entries.push_back(e->id);
}

}  // namespace

CheckResult run_check(const Profile& profile, const Targets& targets,
                      const std::vector<JournalEntry>& entries, const FoodDb& foods,
                      const PoolSource& pool_source, Date from, Date to, Date today) {
    CheckResult r;
    r.from = from;
    r.to = to;
    r.days_in_window = from.days_until(to) + 1;
    r.targets = targets;
    IntakeFacts facts;
    r.days = logged_days(entries, from, to);
    facts.supplements = supplements_in(entries, from, to);
    compute_means(r);
    const LifeStageQuery who = life_stage_query(profile, today);
    r.ckd = has_kidney_condition(profile);
    // Infants: the AI is met by breast milk, formula and food; supplements never count
    // towards it (IOM98-UL: "source of intake should be from food and formula only").
    r.infant = who.age_years == 0;
    const Magnesium judged = r.infant ? r.food_mean : r.total_mean;
    const bool judge = r.food_days > 0;
    r.percent_rda = judge ? 100.0 * judged.mg() / targets.rda.mg() : 0;
    if (judge && r.frames_shortfall() && judged < targets.rda) r.shortfall = targets.rda - judged;
    if (r.ckd && judge) {
        r.adequacy.verdict = Verdict::not_judged;
        r.adequacy.method = "none";
        r.adequacy.days_used = r.food_days;
        r.adequacy.note = fmt::format(
            "with {} the reference intakes, set for healthy people, do not apply; mgcalc leaves "
            "your targets to the clinician who treats your kidneys",
            kidney_condition_words(profile));
    } else {
        r.adequacy = assess_adequacy(judged, r.food_days, targets, who);
    }

    for (const auto& m : profile.medicines) r.medicines.push_back(match_medicine(m));
    facts.has_days = judge;
    facts.mean_total = r.total_mean;
    if (targets.ear && !r.ckd) {
        facts.ear = *targets.ear;
        facts.below_ear = judge && r.total_mean < *targets.ear;
    }
    upper_limit_facts(r, facts);
    facts.age_years = who.age_years;
    facts.infant = who.age_years == 0;
    r.flags = evaluate_flags(profile, r.medicines, facts);

    r.eligibility = eligibility_for(profile, today);
    if (r.shortfall <= Magnesium()) return r;
    const SuggestionPool* pool = pool_source ? pool_source() : nullptr;
    r.pool_missing = pool == nullptr;
    if (pool) {
        std::vector<JournalEntry> history;
        for (const auto& e : entries)
            if (e.date > to.plus_days(-28) && e.date <= to) history.push_back(e);
        r.suggestions = suggest_foods(foods, *pool, r.eligibility, r.shortfall, history);
    }
    return r;
}

CheckResult run_check(const Profile& profile, const Targets& targets,
                      const std::vector<JournalEntry>& entries, const FoodDb& foods,
                      const SuggestionPool* pool, Date from, Date to, Date today) {
    return run_check(profile, targets, entries, foods, PoolSource([pool] { return pool; }), from,
                     to, today);
}

}  // namespace mg
