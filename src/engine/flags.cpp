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

std::vector<std::string> Finding::reasons() const {
    std::vector<std::string> out = profile_facts;
    if (!detail.empty()) out.push_back(detail);
    return out;
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

// "medicine: Maxzide (hydrochlorothiazide, thiazide diuretic)", "medicine: furosemid (read as
// furosemide, loop diuretic)", "medicine: digoxin".
std::string medicine_fact(const Hit& h) {
    const MedicineMatch& m = *h.match;
    const std::string& name = h.generic->name;
    std::vector<std::string> notes;
    if (m.fuzzy) notes.push_back("read as " + m.read_as);
    const std::string shown = to_lower(m.fuzzy ? m.read_as : m.written);
    if (shown.find(name) == std::string::npos) notes.push_back(name);
    if (class_title(h.drug_class) != name) notes.emplace_back(class_title(h.drug_class));
    if (notes.empty()) return "medicine: " + m.written;
    return fmt::format("medicine: {} ({})", m.written, join(notes));
}

std::vector<std::string> facts_of(const std::vector<Hit>& hits) {
    std::vector<std::string> out;
    for (const auto& h : hits) out.push_back(medicine_fact(h));
    return out;
}

// Which §4c source lists each substance: "cisplatin is listed by AD05 (...), LI21".
std::string listed_by_detail(const std::vector<Hit>& hits) {
    std::vector<std::string> parts;
    for (const auto& h : hits)
        parts.push_back(
            fmt::format("{} is listed by {}", h.generic->name, join(h.generic->listed_by)));
    return join(parts, "; ");
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
    std::string below_ear = {};
    std::vector<Finding> out = {};

    void add(std::string_view id, std::vector<std::string> facts,
             std::vector<std::string> entries = {}, std::string detail = {}) {
        out.push_back({&rule(id), std::move(facts), std::move(entries), std::move(detail)});
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
    if (e.in.over_ul) e.add("supplement-over-ul", {}, e.in.over_ul_entries, e.in.over_ul_detail);
    if (e.in.infant && e.supplements())
        e.add("infant-supplement", {"age: under 12 months"}, e.supplement_ids);
    const bool ckd = e.has_condition("chronic-kidney-disease");
    if (ckd && e.supplements())
        e.add("ckd-supplement", {"condition: chronic kidney disease"}, e.supplement_ids);
    else if (ckd)
        e.add("ckd", {"condition: chronic kidney disease"});
}

void ppi_diuretics_digoxin(Evaluation& e) {
    const auto ppi = e.hits(DrugClass::ppi);
    if (!ppi.empty()) {
        if (e.in.below_ear)
            e.add("ppi-low-intake", facts_of(ppi), {}, e.below_ear);
        else
            e.add("ppi", facts_of(ppi));
    }
    auto diuretics = e.hits(DrugClass::loop_diuretic);
    append(diuretics, e.hits(DrugClass::thiazide_diuretic));
    if (!diuretics.empty()) {
        if (e.in.below_ear)
            e.add("diuretic-low-intake", facts_of(diuretics), {}, e.below_ear);
        else
            e.add("loop-or-thiazide-diuretic", facts_of(diuretics));
    }
    if (const auto digoxin = e.hits(DrugClass::digoxin); !digoxin.empty()) {
        auto facts = facts_of(digoxin);
        append(facts, facts_of(ppi));
        append(facts, facts_of(diuretics));
        e.add(ppi.empty() && diuretics.empty() ? "digoxin" : "digoxin-with-ppi-or-diuretic", facts);
    }
    if (auto f = facts_of(e.hits(DrugClass::potassium_sparing_diuretic)); !f.empty()) {
        if (e.supplements()) {
            if (e.has_condition("chronic-kidney-disease"))
                f.push_back("condition: chronic kidney disease");
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

void lowering_medicines(Evaluation& e) {
    if (const auto h = e.hits(DrugClass::calcineurin_inhibitor); !h.empty())
        e.add("calcineurin-inhibitor", facts_of(h), {}, listed_by_detail(h));
    if (const auto h = e.hits(DrugClass::other_hypomagnesemia); !h.empty())
        e.add("other-hypomagnesemia-drug", facts_of(h), {}, listed_by_detail(h));
    if (const auto h = e.hits(DrugClass::metformin); !h.empty()) e.add("metformin", facts_of(h));
}

void risk_groups(Evaluation& e) {
    std::vector<std::string> dm;
    if (e.has_condition("type-2-diabetes")) dm.push_back("condition: type 2 diabetes");
    if (e.has_condition("insulin-resistance")) dm.push_back("condition: insulin resistance");
    if (!dm.empty()) {
        if (e.in.below_ear)
            e.add("diabetes-low-intake", dm, {}, e.below_ear);
        else
            e.add("diabetes", dm);
    }
    std::vector<std::string> gi;
    for (const char* c : {"crohns-disease", "coeliac-disease", "bowel-resection", "malabsorption"})
        if (e.has_condition(c))
            for (const auto& ci : known_conditions())
                if (ci.id == c) gi.push_back("condition: " + ci.name);
    if (!gi.empty()) e.add("malabsorption", gi);
    if (e.has_condition("alcohol-dependence"))
        e.add("alcohol-dependence", {"condition: long-term alcohol dependence"});
    if (e.in.age_years > 70) e.add("older-adult", {fmt::format("age: {} years", e.in.age_years)});
}

void unrecognised(Evaluation& e) {
    for (const auto& m : e.meds) {
        if (m.recognised()) continue;
        const std::string detail =
            m.close.empty() ? "" : "equally close to " + join(m.close, " and ") + ": not chosen";
        e.add("unrecognised-medicine", {"medicine: " + m.written}, {}, detail);
    }
}

}  // namespace

std::vector<Finding> evaluate_flags(const Profile& p, const std::vector<MedicineMatch>& meds,
                                    const IntakeFacts& in) {
    Evaluation e{.profile = p, .meds = meds, .in = in};
    for (const auto* s : in.supplements) e.supplement_ids.push_back(s->id);
    e.below_ear = fmt::format("mean intake {:.0f} mg/day is below the EAR of {:.0f} mg",
                              in.mean_total_mg, in.ear_mg);
    intake_and_kidney(e);
    ppi_diuretics_digoxin(e);
    dose_separation(e);
    lowering_medicines(e);
    risk_groups(e);
    unrecognised(e);
    return std::move(e.out);
}

}  // namespace mg
