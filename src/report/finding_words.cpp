#include "report/finding_words.hpp"

#include <fmt/format.h>

#include "core/text.hpp"

namespace mg {

namespace {

// "medicine: Maxzide (hydrochlorothiazide, thiazide diuretic)", "medicine: furosemid (read as
// furosemide, loop diuretic)", "medicine: digoxin". The substance and class are named only when
// the written name does not already say them.
std::string medicine_words(const MedicineFact& m) {
    if (!m.drug_class) return "medicine: " + m.written;
    std::vector<std::string> notes;
    if (!m.read_as.empty()) notes.push_back("read as " + m.read_as);
    const std::string shown = to_lower(m.read_as.empty() ? m.written : m.read_as);
    if (shown.find(m.generic) == std::string::npos) notes.push_back(m.generic);
    if (class_title(*m.drug_class) != m.generic) notes.emplace_back(class_title(*m.drug_class));
    if (notes.empty()) return "medicine: " + m.written;
    return fmt::format("medicine: {} ({})", m.written, join(notes));
}

std::string over_ul_words(const OverUlFact& o) {
    std::vector<std::string> days;
    for (const auto& d : o.days)
        days.push_back(fmt::format("{} ({} mg)", d.date.iso(), format_mg(d.supplement)));
    return fmt::format("supplemental magnesium above the UL of {} mg on {}", format_mg(o.ul),
                       join(days));
}

struct Words {
    std::string operator()(const MedicineFact& m) const { return medicine_words(m); }
    std::string operator()(const ConditionFact& c) const { return "condition: " + c.name; }
    std::string operator()(const AgeFact& a) const {
        return a.years == 0 ? "age: under 12 months" : fmt::format("age: {} years", a.years);
    }
    std::string operator()(const BelowEarFact& b) const {
        return fmt::format("mean intake {:.0f} mg/day is below the EAR of {:.0f} mg",
                           b.mean_total.mg(), b.ear.mg());
    }
    std::string operator()(const OverUlFact& o) const { return over_ul_words(o); }
    std::string operator()(const ListedByFact& l) const {
        return fmt::format("{} is listed by {}", l.generic, join(l.sources));
    }
    std::string operator()(const AmbiguousNameFact& a) const {
        return "equally close to " + join(a.candidates, " and ") + ": not chosen";
    }
};

}  // namespace

std::string fact_words(const Fact& f) {
    return std::visit(Words{}, f);
}

std::vector<std::string> finding_reasons(const Finding& f) {
    std::vector<std::string> out;
    for (const auto& fact : f.facts) out.push_back(fact_words(fact));
    return out;
}

}  // namespace mg
