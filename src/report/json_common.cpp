#include "report/json_common.hpp"

#include <cmath>

#include "profile/profile.hpp"
#include "report/finding_words.hpp"

namespace mg {

std::string json_document(nlohmann::json j) {
    // By value: the caller's document is usually a temporary, moved here rather than copied.
    if (j.is_object()) j["schema_version"] = kJsonSchemaVersion;
    std::string out = j.dump(2);
    out += '\n';  // appended in place: a copy of a long document costs a large allocation
    return out;
}

nlohmann::json mg_json(Magnesium m) {
    // One decimal, computed from integer micrograms so that 78.25 does not print as 78.2499.
    const std::int64_t tenths = (m.ug() >= 0 ? m.ug() + 50 : m.ug() - 50) / 100;
    if (tenths % 10 == 0) return tenths / 10;
    return static_cast<double>(tenths) / 10.0;
}

void put_applies(nlohmann::json& j, bool applies, const Targets& t) {
    auto words = [](bool shown, std::string_view s) {
        return shown ? nlohmann::json(s) : nlohmann::json(nullptr);
    };
    j["applies"] = applies;
    j["caveat"] = words(!applies, reference_caveat());
    j["ul_caveat"] = words(!applies && t.ul_supplemental, upper_limit_caveat());
}

nlohmann::json reference_json(const Targets& t) {
    return {{"standard", to_string(t.standard)},
            {"life_stage", t.life_stage},
            {"rda_mg", mg_json(t.rda)},
            {"is_ai", t.is_ai},
            {"ear_mg", t.ear ? mg_json(*t.ear) : nlohmann::json(nullptr)},
            {"ul_supplemental_mg",
             t.ul_supplemental ? mg_json(*t.ul_supplemental) : nlohmann::json(nullptr)},
            {"ul_covers_added",
             t.ul_covers_added ? nlohmann::json(*t.ul_covers_added) : nlohmann::json(nullptr)}};
}

nlohmann::json day_json(const DayIntake& d) {
    auto mg = [&](Magnesium m) { return d.logged ? mg_json(m) : nlohmann::json(nullptr); };
    return {{"date", d.date.iso()},
            {"logged", d.logged},
            {"food_mg", mg(d.food)},
            {"supplement_mg", mg(d.supplement)},
            {"total_mg", mg(d.total())},
            {"food_day", d.food_day()},
            {"complete", d.complete ? nlohmann::json(*d.complete) : nlohmann::json(nullptr)}};
}

void put_check(nlohmann::json& j, const CheckResult& c) {
    const bool food = c.food_days > 0;
    const bool judged = food && !c.ckd;
    j["window"] = {{"from", c.from.iso()},
                   {"to", c.to.iso()},
                   {"days", c.days_in_window},
                   {"days_logged", c.days.size()},
                   {"food_days", c.food_days},
                   {"supplement_only_days", c.supplement_only_days},
                   {"incomplete_days", c.incomplete_days},
                   {"day_total_days", c.day_total_days}};
    const bool any = !c.days.empty();
    j["mean"] = {{"food_mg", food ? mg_json(c.food_mean) : nlohmann::json(nullptr)},
                 {"supplement_mg", any ? mg_json(c.supplement_mean) : nlohmann::json(nullptr)},
                 {"total_mg", any ? mg_json(c.total_mean) : nlohmann::json(nullptr)}};
    j["reference"] = reference_json(c.targets);
    put_applies(j["reference"], !c.ckd, c.targets);
    j["percent_rda"] =
        judged ? nlohmann::json(std::round(c.percent_rda * 10) / 10) : nlohmann::json(nullptr);
    j["shortfall_mg"] = judged ? mg_json(c.shortfall) : nlohmann::json(nullptr);
    j["adequacy"] = adequacy_json(c.adequacy);
    j["days"] = nlohmann::json::array();
    for (const auto& d : c.days) j["days"].push_back(day_json(d));
    j["flags"] = nlohmann::json::array();
    for (const auto& f : c.flags) j["flags"].push_back(finding_json(f));
    j["suggestions"] = suggestions_json(c);
}

nlohmann::json targets_json(const Targets& t, bool applies) {
    nlohmann::json j = reference_json(t);
    put_applies(j, applies, t);
    j["secondary_source"] = t.secondary;
    j["source"] = t.source;
    j["notes"] = t.notes;
    return j;
}

nlohmann::json adequacy_json(const Adequacy& a) {
    auto num = [](std::optional<double> v, int digits) {
        if (!v) return nlohmann::json(nullptr);
        const double f = std::pow(10.0, digits);
        return nlohmann::json(std::round(*v * f) / f);
    };
    auto text = [](const std::string& s) {
        return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
    };
    const bool has_sd = a.sd.mg > 0;
    return {{"z", num(a.z, 2)},
            {"probability", num(a.probability, 3)},
            {"verdict", verdict_id(a.verdict)},
            {"verdict_text", verdict_words(a.verdict)},
            {"reason", text(a.reason)},
            {"days_used", a.days_used},
            {"method", a.method},
            {"sd_within_mg", has_sd ? nlohmann::json(a.sd.mg) : nlohmann::json(nullptr)},
            {"sd_within_group", text(a.sd.group)},
            {"sd_within_basis", text(a.sd.basis)},
            {"sd_within_assumed", a.sd.assumed},
            {"note", text(a.note)}};
}

namespace {

struct FactFields {
    nlohmann::json operator()(const MedicineFact& m) const {
        return {
            {"written", m.written},
            {"read_as", m.read_as.empty() ? nlohmann::json(nullptr) : nlohmann::json(m.read_as)},
            {"generic", m.generic.empty() ? nlohmann::json(nullptr) : nlohmann::json(m.generic)},
            {"class",
             m.drug_class ? nlohmann::json(to_string(*m.drug_class)) : nlohmann::json(nullptr)}};
    }
    nlohmann::json operator()(const ConditionFact& c) const {
        return {{"condition", c.id}, {"name", c.name}};
    }
    nlohmann::json operator()(const AgeFact& a) const { return {{"age_years", a.years}}; }
    nlohmann::json operator()(const BelowEarFact& b) const {
        return {{"mean_total_mg", mg_json(b.mean_total)}, {"ear_mg", mg_json(b.ear)}};
    }
    nlohmann::json operator()(const OverUlFact& o) const {
        nlohmann::json days = nlohmann::json::array();
        for (const auto& d : o.days)
            days.push_back({{"date", d.date.iso()}, {"supplement_mg", mg_json(d.supplement)}});
        return {{"ul_mg", mg_json(o.ul)}, {"days", days}};
    }
    nlohmann::json operator()(const ListedByFact& l) const {
        return {{"generic", l.generic}, {"sources", l.sources}};
    }
    nlohmann::json operator()(const AmbiguousNameFact& a) const {
        return {{"candidates", a.candidates}};
    }
};

}  // namespace

nlohmann::json fact_json(const Fact& f) {
    nlohmann::json j = std::visit(FactFields{}, f);
    j["kind"] = fact_kind(f);
    j["text"] = fact_words(f);
    return j;
}

nlohmann::json finding_json(const Finding& f) {
    nlohmann::json facts = nlohmann::json::array();
    for (const auto& fact : f.facts) facts.push_back(fact_json(fact));
    return {{"id", f.rule->id},
            {"severity", to_string(f.rule->severity)},
            {"title", f.rule->title},
            {"explanation", finding_explanation(f)},
            {"action", finding_action(f)},
            {"evidence", finding_evidence(f)},
            {"source", finding_source(f)},
            {"facts", facts},
            {"entries", f.entry_ids}};
}

nlohmann::json suggestion_json(const Suggestion& s) {
    nlohmann::json j{
        {"kind", to_string(s.kind)},
        {"food_id", s.food_id},
        {"name", s.name},
        {"group", s.group},
        {"amount", s.amount},
        {"grams", static_cast<double>(s.food_mg) / 1000.0},
        {"magnesium_mg", mg_json(s.magnesium)},
        {"energy_kcal", s.kcal ? nlohmann::json(std::llround(*s.kcal)) : nlohmann::json(nullptr)},
        {"scale", s.scale},
        {"days_eaten", s.days_eaten},
        {"note", s.note.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.note)}};
    if (s.kind == SuggestionKind::swap) {
        j["replaces"] = {
            {"food_id", s.replaces_id}, {"name", s.replaces_name}, {"amount", s.replaces_amount}};
        j["gain_mg"] = mg_json(s.gain);
        j["role"] = s.role;
    }
    return j;
}

nlohmann::json suggestions_json(const CheckResult& c) {
    const Suggestions& s = c.suggestions;
    auto list = [](const std::vector<Suggestion>& v) {
        nlohmann::json a = nlohmann::json::array();
        for (const auto& x : v) a.push_back(suggestion_json(x));
        return a;
    };
    nlohmann::json rules = nlohmann::json::array();
    for (const auto& r : c.eligibility.rules)
        rules.push_back(
            {{"rule", r.id}, {"label", r.label}, {"tags", r.tags}, {"source", r.source}});
    nlohmann::json none = nullptr;
    if (c.eligibility.no_suggestions)
        none = c.eligibility.no_suggestions_why;
    else if (c.pool_missing)
        none = "no reviewed suggestion pool (foods/source/suggestions.yaml) was found";
    return {{"gap_mg", mg_json(c.shortfall)},
            {"excluded_by", rules},
            {"none_because", none},
            {"more", list(s.more)},
            {"swaps", list(s.swaps)},
            {"alone", list(s.alone)},
            {"plan",
             {{"items", list(s.plan)},
              {"total_mg", mg_json(s.plan_total)},
              {"closes_gap", s.plan_closes}}},
            {"supplements", "never suggested: foods only"}};
}

}  // namespace mg
