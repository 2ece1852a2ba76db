#include "engine/flags.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "core/text.hpp"
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

const std::vector<FlagRule>& flag_rules() {
    static const std::vector<FlagRule> kRules = {
        {"supplement-over-ul", Severity::warning, "Supplemental magnesium above the upper limit",
         "Magnesium from supplements and medicines (antacids, laxatives) is above the tolerable "
         "upper intake level; its first effect is osmotic diarrhoea. Food magnesium does not "
         "count.",
         "Check the dose on the labels and ask your clinician or pharmacist whether it is "
         "intended.",
         "dietary reference (UL)", "IOM97 p.242; EG06 p.343"},
        {"ckd-supplement", Severity::warning, "Kidney disease and supplemental magnesium",
         "With chronic kidney disease the kidneys excrete less magnesium; toxicity is mostly seen "
         "with kidney failure plus supplements, magnesium laxatives or antacids.",
         "Ask your treating clinician before taking any magnesium supplement, antacid or laxative.",
         "authoritative review", "ODS; IOM97"},
        {"ckd", Severity::info, "Chronic kidney disease",
         "Impaired excretion of magnesium. mgcalc does not raise food targets and never suggests "
         "supplements for you.",
         "Follow your renal team's advice on magnesium.", "authoritative review", "ODS; IOM97"},
        {"ppi-low-intake", Severity::warning, "Proton pump inhibitor with intake below the EAR",
         "Long-term PPI use can cause low blood magnesium, and your logged intake is below the "
         "Estimated Average Requirement: the two together are more serious than either alone.",
         "Ask your clinician about checking serum magnesium; see the suggestions for foods.",
         "regulatory safety communication", "FDA11; ODS"},
        {"ppi", Severity::caution, "Proton pump inhibitor",
         "Long-term use (most cases after more than a year; label: 3 months or more) can cause "
         "hypomagnesemia; in about a quarter of cases supplements alone did not correct it.",
         "If you have taken it for months, ask your clinician about checking serum magnesium.",
         "regulatory safety communication", "FDA11; ODS"},
        {"diuretic-low-intake", Severity::warning,
         "Loop or thiazide diuretic with intake below the EAR",
         "These diuretics raise urinary magnesium loss, and your logged intake is below the "
         "Estimated Average Requirement.",
         "Ask your clinician about checking serum magnesium; see the suggestions for foods.",
         "authoritative review", "ODS"},
        {"loop-or-thiazide-diuretic", Severity::caution, "Loop or thiazide diuretic",
         "Loop and thiazide diuretics raise urinary magnesium loss.",
         "Ask your clinician whether your magnesium should be checked.", "authoritative review",
         "ODS"},
        {"potassium-sparing-supplement", Severity::caution,
         "Potassium-sparing diuretic with supplemental magnesium",
         "Potassium-sparing diuretics reduce magnesium excretion; adding supplements calls for "
         "care, especially with kidney disease.",
         "Ask your clinician or pharmacist whether the supplement is appropriate.",
         "authoritative review", "ODS"},
        {"potassium-sparing-diuretic", Severity::info, "Potassium-sparing diuretic",
         "Potassium-sparing diuretics reduce magnesium excretion.",
         "Tell your clinician before starting magnesium supplements.", "authoritative review",
         "ODS"},
        {"bisphosphonate-separation", Severity::caution, "Bisphosphonate and a magnesium product",
         "Magnesium-rich supplements and medicines reduce the absorption of bisphosphonates.",
         "Take them at least 2 hours apart.", "authoritative review", "ODS"},
        {"antibiotic-separation", Severity::caution,
         "Tetracycline or fluoroquinolone antibiotic and a magnesium product",
         "Magnesium binds these antibiotics in the gut (chelation) and can stop them working.",
         "Take the antibiotic at least 2 hours before or 4-6 hours after the magnesium product.",
         "authoritative review", "ODS"},
        {"calcineurin-inhibitor", Severity::caution, "Calcineurin inhibitor",
         "Tacrolimus and cyclosporine cause renal magnesium wasting.",
         "Ask your transplant or treating team how your magnesium is monitored.", "reviews",
         "reviews cited in docs/methods.md §4"},
        {"other-hypomagnesemia-drug", Severity::caution, "Medicine reported to lower magnesium",
         "This medicine has been reported to cause hypomagnesemia (with digoxin, low magnesium "
         "worsens its toxicity).",
         "Ask your clinician whether your magnesium should be checked.", "reviews",
         "reviews cited in docs/methods.md §4"},
        {"metformin", Severity::info, "Metformin",
         "Metformin use has been associated with lower serum magnesium in observational studies; "
         "it is not on the NIH ODS list of interacting medicines.",
         "Worth mentioning at your next review; no action on this alone.", "observational",
         "studies cited in docs/methods.md §4"},
        {"diabetes-low-intake", Severity::caution,
         "Type 2 diabetes or insulin resistance with intake below the EAR",
         "Type 2 diabetes and insulin resistance increase urinary magnesium loss, and your "
         "logged intake is below the Estimated Average Requirement.",
         "See the suggestions for foods; ask your clinician if you have symptoms.",
         "authoritative review", "ODS"},
        {"diabetes", Severity::info, "Type 2 diabetes or insulin resistance",
         "A group at risk of magnesium inadequacy (increased urinary loss).",
         "Aim to meet the RDA from food.", "authoritative review", "ODS"},
        {"malabsorption", Severity::caution, "Gastrointestinal malabsorption",
         "Crohn's disease, coeliac disease and small-bowel resection or bypass reduce magnesium "
         "absorption and increase loss.",
         "Ask your gastroenterology team whether your magnesium should be checked.",
         "authoritative review", "ODS"},
        {"alcohol-dependence", Severity::caution, "Long-term alcohol dependence",
         "A group at risk of magnesium depletion (poor intake, gut and urinary losses).",
         "Ask your clinician whether your magnesium should be checked.", "authoritative review",
         "ODS"},
        {"older-adult", Severity::info, "Over 70 years",
         "Older adults absorb less magnesium, excrete more, and often take medicines that "
         "affect it.",
         "Aim to meet the RDA from food.", "authoritative review", "ODS; IOM97"},
        {"unrecognised-medicine", Severity::info, "Medicine not recognised",
         "mgcalc does not know this medicine, so it cannot say whether it affects magnesium.",
         "Check the spelling in your profile, or ask your pharmacist.", "none", "-"},
    };
    return kRules;
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

std::vector<Finding> evaluate_flags(const Profile& p, const std::vector<MedicineMatch>& meds,
                                    const IntakeFacts& in) {
    std::vector<Finding> out;
    auto has_condition = [&](std::string_view id) {
        for (const auto& c : p.conditions)
            if (c == id) return true;
        return false;
    };
    auto meds_of = [&](std::initializer_list<DrugClass> classes) {
        std::vector<std::string> facts;
        for (const auto& m : meds)
            for (DrugClass c : classes)
                if (m.drug_class == c)
                    facts.push_back(to_lower(m.written) == class_title(c)
                                        ? fmt::format("medicine: {}", m.written)
                                        : fmt::format("medicine: {} ({}{})", m.written,
                                                      class_title(c),
                                                      m.fuzzy ? ", read as " + m.generic : ""));
        return facts;
    };
    std::vector<std::string> supp_ids;
    for (const auto* e : in.supplements) supp_ids.push_back(e->id);
    const std::string below = fmt::format("mean intake {:.0f} mg/day is below the EAR of {:.0f} mg",
                                          in.mean_total_mg, in.ear_mg);
    auto add = [&](std::string_view id, std::vector<std::string> facts,
                   std::vector<std::string> entries = {}, std::string detail = {}) {
        out.push_back({&rule(id), std::move(facts), std::move(entries), std::move(detail)});
    };

    if (in.over_ul) add("supplement-over-ul", {}, in.over_ul_entries, in.over_ul_detail);
    const bool ckd = has_condition("chronic-kidney-disease");
    if (ckd && !in.supplements.empty())
        add("ckd-supplement", {"condition: chronic kidney disease"}, supp_ids);
    else if (ckd)
        add("ckd", {"condition: chronic kidney disease"});

    if (auto f = meds_of({DrugClass::ppi}); !f.empty()) {
        if (in.below_ear)
            add("ppi-low-intake", f, {}, below);
        else
            add("ppi", f);
    }
    if (auto f = meds_of({DrugClass::loop_diuretic, DrugClass::thiazide_diuretic}); !f.empty()) {
        if (in.below_ear)
            add("diuretic-low-intake", f, {}, below);
        else
            add("loop-or-thiazide-diuretic", f);
    }
    if (auto f = meds_of({DrugClass::potassium_sparing_diuretic}); !f.empty()) {
        if (!in.supplements.empty()) {
            if (ckd) f.push_back("condition: chronic kidney disease");
            add("potassium-sparing-supplement", f, supp_ids);
        } else {
            add("potassium-sparing-diuretic", f);
        }
    }
    if (auto f = meds_of({DrugClass::bisphosphonate}); !f.empty() && !in.supplements.empty())
        add("bisphosphonate-separation", f, supp_ids);
    if (auto f = meds_of({DrugClass::tetracycline, DrugClass::quinolone});
        !f.empty() && !in.supplements.empty())
        add("antibiotic-separation", f, supp_ids);
    if (auto f = meds_of({DrugClass::calcineurin_inhibitor}); !f.empty())
        add("calcineurin-inhibitor", f);
    if (auto f = meds_of({DrugClass::other_hypomagnesemia}); !f.empty())
        add("other-hypomagnesemia-drug", f);
    if (auto f = meds_of({DrugClass::metformin}); !f.empty()) add("metformin", f);

    std::vector<std::string> dm;
    if (has_condition("type-2-diabetes")) dm.push_back("condition: type 2 diabetes");
    if (has_condition("insulin-resistance")) dm.push_back("condition: insulin resistance");
    if (!dm.empty()) {
        if (in.below_ear)
            add("diabetes-low-intake", dm, {}, below);
        else
            add("diabetes", dm);
    }
    std::vector<std::string> gi;
    for (const char* c : {"crohns-disease", "coeliac-disease", "bowel-resection", "malabsorption"})
        if (has_condition(c))
            for (const auto& ci : known_conditions())
                if (ci.id == c) gi.push_back("condition: " + ci.name);
    if (!gi.empty()) add("malabsorption", gi);
    if (has_condition("alcohol-dependence"))
        add("alcohol-dependence", {"condition: long-term alcohol dependence"});
    if (in.age_years > 70) add("older-adult", {fmt::format("age: {} years", in.age_years)});
    for (const auto& m : meds)
        if (!m.drug_class) add("unrecognised-medicine", {"medicine: " + m.written});
    return out;
}

}  // namespace mg
