#include "engine/flags.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "core/text.hpp"
#include "engine/flag_rules.hpp"
#include "profile/vocabulary.hpp"

namespace mg {

std::string_view to_string(Severity s) {
    switch (s) {
        case Severity::info:
            return "info";
        case Severity::caution:
            return "caution";
        case Severity::warning:
            return "warning";
    }
    return "info";
}

std::string_view fact_kind(const Fact& f) {
    struct Kind {
        std::string_view operator()(const MedicineFact&) const { return "medicine"; }
        std::string_view operator()(const ConditionFact&) const { return "condition"; }
        std::string_view operator()(const AgeFact&) const { return "age"; }
        std::string_view operator()(const BelowEarFact&) const { return "intake-below-ear"; }
        std::string_view operator()(const OverUlFact&) const { return "supplement-over-ul"; }
        std::string_view operator()(const ListedByFact&) const { return "listed-by"; }
        std::string_view operator()(const AmbiguousNameFact&) const { return "ambiguous-name"; }
    };
    return std::visit(Kind{}, f);
}

const FlagRule& rule(std::string_view id) {
    for (const auto& r : flag_rules())
        if (r.id == id) return r;
    throw std::logic_error("unknown flag rule " + std::string(id));
}

namespace {

bool has_class(const Generic& g, DrugClass c) {
    return std::find(g.classes.begin(), g.classes.end(), c) != g.classes.end();
}

// One substance of a profile medicine that a rule is about.
struct Hit {
    const MedicineMatch* match;
    const Generic* generic;
    DrugClass drug_class;
};

// The substances of class `c` (and one of `only`, when given) among the profile's medicines.
std::vector<Hit> hits_of(const std::vector<MedicineMatch>& meds, DrugClass c,
                         const std::vector<std::string>& only = {}) {
    std::vector<Hit> out;
    for (const auto& m : meds)
        for (const auto* g : m.generics)
            if (has_class(*g, c) &&
                (only.empty() || std::find(only.begin(), only.end(), g->name) != only.end()))
                out.push_back({.match = &m, .generic = g, .drug_class = c});
    return out;
}

Fact medicine_fact(const Hit& h) {
    return MedicineFact{.written = h.match->written,
                        .read_as = h.match->fuzzy ? h.match->read_as : std::string{},
                        .generic = h.generic->name,
                        .drug_class = h.drug_class};
}

std::vector<Fact> facts_of(const std::vector<Hit>& hits) {
    std::vector<Fact> out;
    for (const auto& h : hits) out.push_back(medicine_fact(h));
    return out;
}

// Which §4c sources list each substance.
std::vector<Fact> listed_by(const std::vector<Hit>& hits) {
    std::vector<Fact> out;
    for (const auto& h : hits)
        out.push_back(ListedByFact{.generic = h.generic->name, .sources = h.generic->listed_by});
    return out;
}

Fact condition(std::string_view id) {
    for (const auto& c : known_conditions())
        if (c.id == id) return ConditionFact{.id = c.id, .name = c.name};
    throw std::logic_error("unknown condition " + std::string(id));
}

template <typename T>
void append(std::vector<T>& to, std::vector<T> more) {
    for (auto& x : more) to.push_back(std::move(x));
}

// The findings under construction, with what every rule may need.
struct Evaluation {
    const Profile& profile;
    const std::vector<MedicineMatch>& meds;
    const IntakeFacts& in;
    std::vector<std::string> supplement_ids = {};
    std::vector<Finding> out = {};

    void add(std::string_view id, std::vector<Fact> facts, std::vector<std::string> entries = {}) {
        out.push_back({.rule = &rule(id),
                       .facts = std::move(facts),
                       .entry_ids = std::move(entries),
                       .ckd = has_kidney_condition(profile)});
    }
    // The medicine facts, then the mean intake below the EAR.
    std::vector<Fact> with_below_ear(std::vector<Fact> facts) const {
        facts.push_back(BelowEarFact{.mean_total = in.mean_total, .ear = in.ear});
        return facts;
    }
    bool has_condition(std::string_view id) const {
        return std::find(profile.conditions.begin(), profile.conditions.end(), id) !=
               profile.conditions.end();
    }
    bool supplements() const { return !in.supplements.empty(); }
    std::vector<Hit> hits(DrugClass c, const std::vector<std::string>& only = {}) const {
        return hits_of(meds, c, only);
    }
};

void intake_and_kidney(Evaluation& e) {
    if (!e.in.over_ul.days.empty())
        e.add("supplement-over-ul", {e.in.over_ul}, e.in.over_ul_entries);
    if (e.in.infant && e.supplements())
        e.add("infant-supplement", {AgeFact{.years = 0}}, e.supplement_ids);
    const bool ckd = e.has_condition("chronic-kidney-disease");
    if (ckd && e.supplements())
        e.add("ckd-supplement", {condition("chronic-kidney-disease")}, e.supplement_ids);
    else if (ckd)
        e.add("ckd", {condition("chronic-kidney-disease")});
    else if (e.has_condition("kidney-transplant"))
        e.add("kidney-transplant", {condition("kidney-transplant")}, e.supplement_ids);
}

void ppi_diuretics_digoxin(Evaluation& e) {
    const auto ppi = e.hits(DrugClass::ppi);
    if (!ppi.empty()) {
        if (e.in.below_ear)
            e.add("ppi-low-intake", e.with_below_ear(facts_of(ppi)));
        else
            e.add("ppi", facts_of(ppi));
    }
    auto diuretics = e.hits(DrugClass::loop_diuretic);
    append(diuretics, e.hits(DrugClass::thiazide_diuretic));
    if (!diuretics.empty()) {
        if (e.in.below_ear)
            e.add("diuretic-low-intake", e.with_below_ear(facts_of(diuretics)));
        else
            e.add("loop-or-thiazide-diuretic", facts_of(diuretics));
    }
    const auto digoxin = e.hits(DrugClass::digoxin);
    if (!digoxin.empty()) {
        auto facts = facts_of(digoxin);
        append(facts, facts_of(ppi));
        append(facts, facts_of(diuretics));
        e.add(ppi.empty() && diuretics.empty() ? "digoxin" : "digoxin-with-ppi-or-diuretic", facts);
    } else if (!ppi.empty() && !diuretics.empty()) {
        // FDA names this pairing; with digoxin the rule above says it, and more.
        auto facts = facts_of(ppi);
        append(facts, facts_of(diuretics));
        e.add("ppi-with-diuretic", facts);
    }
    if (auto f = facts_of(e.hits(DrugClass::potassium_sparing_diuretic)); !f.empty()) {
        if (e.supplements()) {
            if (e.has_condition("chronic-kidney-disease"))
                f.push_back(condition("chronic-kidney-disease"));
            e.add("potassium-sparing-supplement", f, e.supplement_ids);
        } else {
            e.add("potassium-sparing-diuretic", f);
        }
    }
}

void dose_separation(Evaluation& e) {
    if (!e.supplements()) return;
    for (const auto& s : separation_rules())
        if (auto f = facts_of(e.hits(s.drug_class, s.generics)); !f.empty())
            e.add(s.rule.id, f, e.supplement_ids);
}

// The rule's source codes ("AD05; LI21; WO21; SmPC-Mg") that some listed-by fact names
// ("SmPC-Mg (EGF-receptor antagonists)"), in the rule's order; empty without such facts.
std::vector<std::string> listed_sources(const Finding& f) {
    std::vector<std::string> named;
    for (const auto& fact : f.facts)
        if (const auto* l = std::get_if<ListedByFact>(&fact))
            for (const auto& s : l->sources) named.push_back(s.substr(0, s.find(" (")));
    std::vector<std::string> out;
    for (auto& code : split_words(f.rule->source, ";")) {
        std::string c(trim(code));
        if (std::find(named.begin(), named.end(), c) != named.end()) out.push_back(c);
    }
    return out;
}

void lowering_medicines(Evaluation& e) {
    if (const auto h = e.hits(DrugClass::calcineurin_inhibitor); !h.empty()) {
        auto f = facts_of(h);
        append(f, listed_by(h));
        e.add("calcineurin-inhibitor", f);
    }
    if (const auto h = e.hits(DrugClass::other_hypomagnesemia); !h.empty()) {
        auto f = facts_of(h);
        append(f, listed_by(h));
        e.add("other-hypomagnesemia-drug", f);
    }
    if (const auto h = e.hits(DrugClass::metformin); !h.empty()) e.add("metformin", facts_of(h));
}

void risk_groups(Evaluation& e) {
    std::vector<Fact> dm;
    for (const char* c : {"type-2-diabetes", "insulin-resistance"})
        if (e.has_condition(c)) dm.push_back(condition(c));
    if (!dm.empty()) {
        if (e.in.below_ear)
            e.add("diabetes-low-intake", e.with_below_ear(dm));
        else
            e.add("diabetes", dm);
    }
    std::vector<Fact> gi;
    for (const char* c : {"crohns-disease", "coeliac-disease", "bowel-resection", "malabsorption"})
        if (e.has_condition(c)) gi.push_back(condition(c));
    if (!gi.empty()) e.add("malabsorption", gi);
    if (e.has_condition("alcohol-dependence"))
        e.add("alcohol-dependence", {condition("alcohol-dependence")});
    if (e.in.age_years > 70) e.add("older-adult", {AgeFact{.years = e.in.age_years}});
}

void unrecognised(Evaluation& e) {
    for (const auto& m : e.meds) {
        if (m.recognised()) continue;
        std::vector<Fact> f{MedicineFact{.written = m.written}};
        if (!m.close.empty()) f.push_back(AmbiguousNameFact{.candidates = m.close});
        e.add("unrecognised-medicine", f);
    }
}

}  // namespace

std::vector<Finding> evaluate_flags(const Profile& p, const std::vector<MedicineMatch>& meds,
                                    const IntakeFacts& in) {
    Evaluation e{.profile = p, .meds = meds, .in = in};
    for (const auto* s : in.supplements) e.supplement_ids.push_back(s->id);
    intake_and_kidney(e);
    ppi_diuretics_digoxin(e);
    dose_separation(e);
    lowering_medicines(e);
    risk_groups(e);
    unrecognised(e);
    by_severity(e.out);
    return std::move(e.out);
}

std::vector<Finding> supplement_findings(const Profile& p, const JournalEntry& supplement,
                                         bool infant) {
    const std::vector<MedicineMatch> no_medicines;
    const IntakeFacts in{.supplements = {&supplement}, .infant = infant};
    Evaluation e{.profile = p, .meds = no_medicines, .in = in};
    e.supplement_ids.push_back(supplement.id);
    intake_and_kidney(e);
    // "ckd" (no supplement) names no entry; the rules about a supplement name it.
    std::erase_if(e.out, [](const Finding& f) { return f.entry_ids.empty(); });
    by_severity(e.out);
    return std::move(e.out);
}

void by_severity(std::vector<Finding>& findings) {
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return a.rule->severity > b.rule->severity;
    });
}

std::string finding_source(const Finding& f) {
    const auto codes = listed_sources(f);
    return codes.empty() ? f.rule->source : join(codes, "; ");
}

const std::string& finding_action(const Finding& f) {
    return f.ckd && !f.rule->action_with_ckd.empty() ? f.rule->action_with_ckd : f.rule->action;
}

const std::string& finding_explanation(const Finding& f) {
    return f.ckd && !f.rule->explanation_with_ckd.empty() ? f.rule->explanation_with_ckd
                                                          : f.rule->explanation;
}

std::string finding_evidence(const Finding& f) {
    const auto codes = listed_sources(f);
    if (codes.empty()) return f.rule->evidence;
    const bool label = std::find(codes.begin(), codes.end(), "SmPC-Mg") != codes.end();
    if (label && codes.size() == 1) return "product label";
    return label ? f.rule->evidence : "reviews";
}

}  // namespace mg
