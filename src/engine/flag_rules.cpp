// The text of every flag rule (docs/flags.md). Each claim is in the sources the rule cites
// (docs/methods.md, list of sources); `source` is citation keys separated by "; ".
#include "engine/flag_rules.hpp"

#include "engine/flags.hpp"

namespace mg {

namespace {

// FDA's advice to patients on a PPI (FDA11-patients), shared by both PPI rules.
constexpr const char* kPpiPatientAdvice =
    "Seek immediate care if you have an abnormal heart rate or rhythm, a racing heartbeat, "
    "palpitations, muscle spasm, tremor or convulsions. Tell your healthcare professional if you "
    "have ever been told you have low blood magnesium, or if you take digoxin or a diuretic. Low "
    "blood magnesium does not always cause symptoms. Do not stop a prescription PPI without "
    "talking to your prescriber first.";

constexpr const char* kPpiEffect =
    "Long-term use of a proton pump inhibitor (PPI) can cause low blood magnesium "
    "(hypomagnesemia), reported after 3 months or more of use (label), in most cases after more "
    "than a year; in about a quarter of cases supplements alone did not correct it. FDA says "
    "over-the-counter courses taken as the label directs (14 days, up to 3 times a year) carry "
    "very little risk.";

std::vector<FlagRule> intake_and_kidney_rules() {
    using S = Severity;
    return {
        {.id = "supplement-over-ul",
         .severity = S::warning,
         .title = "Supplemental magnesium above the upper limit",
         .explanation = "Magnesium from supplements and medicines (antacids, laxatives) is above "
                        "the tolerable upper intake level; its first effect is osmotic "
                        "diarrhoea. Food magnesium does not count.",
         .action = "Check the dose on the labels and ask your clinician or pharmacist whether it "
                   "is intended.",
         .evidence = "dietary reference (UL)",
         .source = "IOM97 p.242; EG06 p.343"},
        {.id = "infant-supplement",
         .severity = S::warning,
         .title = "Supplement or magnesium medicine for an infant",
         .explanation = "The IOM sets no upper level for infants: it is not determinable, for "
                        "lack of data on adverse effects and for concern about infants' ability "
                        "to handle excess amounts. The source of intake should be food and "
                        "formula only.",
         .action = "Ask the infant's paediatric team before giving any magnesium supplement or "
                   "magnesium-containing medicine (such as an antacid or laxative).",
         .evidence = "dietary reference (UL)",
         .source = "IOM98-UL; IOM-UL-table"},
        {.id = "ckd-supplement",
         .severity = S::warning,
         .title = "Kidney disease and supplemental magnesium",
         .explanation = "With chronic kidney disease the kidneys excrete less magnesium; toxicity "
                        "is mostly seen with kidney failure plus supplements, magnesium "
                        "laxatives or antacids.",
         .action = "Ask your treating clinician before taking any magnesium supplement, antacid "
                   "or laxative.",
         .evidence = "authoritative review",
         .source = "ODS; IOM97"},
        {.id = "ckd",
         .severity = S::info,
         .title = "Chronic kidney disease",
         .explanation = "Impaired excretion of magnesium. mgcalc does not raise food targets and "
                        "never suggests supplements for you.",
         .action = "Follow the advice of the clinician who treats your kidney disease on "
                   "magnesium.",
         .evidence = "authoritative review",
         .source = "ODS; IOM97"},
        // The reference sheet says nothing on transplants: no claim about excretion, only the
        // same deferral as for kidney disease (docs/methods.md, "Kidney transplant").
        {.id = "kidney-transplant",
         .severity = S::info,
         .title = "Kidney transplant",
         .explanation = "mgcalc's sources say nothing specific about magnesium after a kidney "
                        "transplant. As with kidney disease, mgcalc does not judge your intake "
                        "against the reference intakes, set for healthy people, and never "
                        "suggests supplements for you.",
         .action = "Follow your transplant team's advice on magnesium, and ask them before "
                   "taking any magnesium supplement, antacid or laxative.",
         .evidence = "our choice",
         .source = "ODPHP"},
    };
}

std::vector<FlagRule> ppi_and_diuretic_rules() {
    using S = Severity;
    return {
        {.id = "ppi-low-intake",
         .severity = S::warning,
         .title = "Proton pump inhibitor with intake below the EAR",
         .explanation = std::string(kPpiEffect) +
                        " Your logged intake is also below the Estimated Average Requirement.",
         .action = "Ask your clinician whether your blood magnesium should be checked, and aim "
                   "to meet the RDA from food. " +
                   std::string(kPpiPatientAdvice),
         .evidence = "regulatory safety communication",
         .source = "FDA11; FDA11-label; FDA11-patients; ODS"},
        {.id = "ppi",
         .severity = S::caution,
         .title = "Proton pump inhibitor",
         .explanation = kPpiEffect,
         .action = "If you have taken it for months, ask your clinician whether your blood "
                   "magnesium should be checked. " +
                   std::string(kPpiPatientAdvice),
         .evidence = "regulatory safety communication",
         .source = "FDA11; FDA11-label; FDA11-patients; ODS"},
        {.id = "diuretic-low-intake",
         .severity = S::warning,
         .title = "Loop or thiazide diuretic with intake below the EAR",
         .explanation = "These diuretics raise urinary magnesium loss, and your logged intake is "
                        "below the Estimated Average Requirement.",
         .action = "Ask your clinician whether your blood magnesium should be checked, and aim "
                   "to meet the RDA from food.",
         .evidence = "authoritative review",
         .source = "ODS"},
        {.id = "loop-or-thiazide-diuretic",
         .severity = S::caution,
         .title = "Loop or thiazide diuretic",
         .explanation = "Loop and thiazide diuretics raise urinary magnesium loss.",
         .action = "Ask your clinician whether your magnesium should be checked.",
         .evidence = "authoritative review",
         .source = "ODS"},
        {.id = "ppi-with-diuretic",
         .severity = S::caution,
         .title = "Proton pump inhibitor with a diuretic",
         .explanation =
             "FDA advises health professionals to consider checking blood magnesium before "
             "long-term PPI treatment and in patients who take a PPI with a diuretic (the "
             "label: they \"may consider monitoring\"), and tells patients to tell their "
             "healthcare professional if they take diuretics.",
         .action = "Ask your healthcare professional whether your blood magnesium should be "
                   "checked.",
         .evidence = "regulatory safety communication",
         .source = "FDA11; FDA11-label; FDA11-patients"},
        {.id = "digoxin-with-ppi-or-diuretic",
         .severity = S::caution,
         .title = "Digoxin with a proton pump inhibitor or diuretic",
         .explanation =
             "FDA asks prescribers to consider checking blood magnesium in people who take a PPI "
             "with digoxin or diuretics, especially with digoxin, a heart medicine, because low "
             "magnesium can increase the likelihood of serious side effects. A UK magnesium "
             "medicine's label says digoxin and loop diuretics may affect magnesium balance and "
             "magnesium deficiency may enhance digoxin toxicity. Loop and thiazide diuretics "
             "raise urinary magnesium loss.",
         .action = "Tell your healthcare professional that you take digoxin with a PPI or "
                   "diuretic, and ask whether your blood magnesium should be checked.",
         .evidence = "regulatory safety communication; product label",
         .source = "FDA11; FDA11-patients; SmPC-Mg; ODS"},
        {.id = "digoxin",
         .severity = S::caution,
         .title = "Digoxin",
         .explanation = "Low magnesium can increase the likelihood of serious side effects of "
                        "digoxin, a heart medicine. A UK magnesium medicine's label calls digoxin "
                        "a magnesiuretic drug that may affect magnesium balance, and says "
                        "magnesium deficiency may enhance digoxin toxicity.",
         .action = "Ask your clinician whether your blood magnesium should be checked.",
         .evidence = "product label; regulatory safety communication",
         .source = "SmPC-Mg; FDA11"},
        {.id = "potassium-sparing-supplement",
         .severity = S::caution,
         .title = "Potassium-sparing diuretic with supplemental magnesium",
         .explanation = "Potassium-sparing diuretics reduce magnesium excretion; adding "
                        "supplements calls for care, especially with kidney disease.",
         .action = "Ask your clinician or pharmacist whether the supplement is appropriate.",
         .evidence = "authoritative review",
         .source = "ODS"},
        {.id = "potassium-sparing-diuretic",
         .severity = S::info,
         .title = "Potassium-sparing diuretic",
         .explanation = "Potassium-sparing diuretics reduce magnesium excretion.",
         .action = "Tell your clinician before starting magnesium supplements.",
         .evidence = "authoritative review",
         .source = "ODS"},
    };
}

std::vector<FlagRule> lowering_and_risk_group_rules() {
    using S = Severity;
    return {
        {.id = "calcineurin-inhibitor",
         .severity = S::caution,
         .title = "Calcineurin inhibitor",
         .explanation = "Reviews of drug-induced hypomagnesemia (and, for ciclosporin, a UK "
                        "magnesium medicine's label) list the calcineurin inhibitors tacrolimus "
                        "and ciclosporin (cyclosporine) among medicines that lower blood "
                        "magnesium. The finding names the sources that list yours.",
         .action = "Ask your transplant or treating team how your magnesium is monitored.",
         .evidence = "reviews; product label",
         .source = "AD05; LI21; WO21; SmPC-Mg"},
        {.id = "other-hypomagnesemia-drug",
         .severity = S::caution,
         .title = "Medicine reported to lower magnesium",
         .explanation = "Reviews of drug-induced hypomagnesemia or a UK magnesium medicine's "
                        "label list this medicine among those that lower blood magnesium. The "
                        "finding names the sources that list it.",
         .action = "Ask your clinician whether your magnesium should be checked.",
         .evidence = "reviews; product label",
         .source = "AD05; LI21; WO21; SmPC-Mg"},
        {.id = "metformin",
         .severity = S::info,
         .title = "Metformin",
         .explanation = "In two cohorts of people with type 2 diabetes, metformin users had "
                        "lower serum magnesium; one of the studies found that only a minor part "
                        "(under 10 %) of hypomagnesemia can be explained by drug intake. These "
                        "are observational findings.",
         .action = "Worth mentioning at your next review; no action on this alone.",
         .evidence = "observational",
         .source = "PE13; KU17"},
        {.id = "diabetes-low-intake",
         .severity = S::caution,
         .title = "Type 2 diabetes or insulin resistance with intake below the EAR",
         .explanation = "Type 2 diabetes and insulin resistance increase urinary magnesium loss, "
                        "and your logged intake is below the Estimated Average Requirement.",
         .action = "Aim to meet the RDA from food.",
         .evidence = "authoritative review",
         .source = "ODS"},
        {.id = "diabetes",
         .severity = S::info,
         .title = "Type 2 diabetes or insulin resistance",
         .explanation = "A group at risk of magnesium inadequacy (increased urinary loss).",
         .action = "Aim to meet the RDA from food.",
         .evidence = "authoritative review",
         .source = "ODS",
         .action_with_ckd = "Leave your magnesium target to the clinician who treats your "
                            "kidneys: the RDA is set for healthy people.",
         .explanation_with_ckd = "Type 2 diabetes and insulin resistance put people in a group "
                                 "at risk of magnesium inadequacy."},
        {.id = "malabsorption",
         .severity = S::caution,
         .title = "Gastrointestinal malabsorption",
         .explanation = "Gastrointestinal diseases such as Crohn's disease, coeliac disease and "
                        "small-bowel resection or bypass put people in a group at risk of "
                        "magnesium inadequacy.",
         .action = "Ask your gastroenterology team whether your magnesium should be checked.",
         .evidence = "authoritative review",
         .source = "ODS"},
        {.id = "alcohol-dependence",
         .severity = S::caution,
         .title = "Long-term alcohol dependence",
         .explanation = "Long-term alcohol dependence puts people in a group at risk of "
                        "magnesium inadequacy.",
         .action = "Ask your clinician whether your magnesium should be checked.",
         .evidence = "authoritative review",
         .source = "ODS"},
        {.id = "older-adult",
         .severity = S::info,
         .title = "Over 70 years",
         .explanation = "Older adults absorb less magnesium, excrete more, and often take "
                        "medicines that affect it.",
         .action = "Aim to meet the RDA from food.",
         .evidence = "authoritative review",
         .source = "ODS; IOM97",
         .action_with_ckd = "Leave your magnesium target to the clinician who treats your "
                            "kidneys: the RDA is set for healthy people.",
         .explanation_with_ckd = "Older adults absorb less magnesium and often take medicines "
                                 "that affect it."},
        {.id = "unrecognised-medicine",
         .severity = S::info,
         .title = "Medicine not recognised",
         .explanation =
             "mgcalc does not know this medicine, so it cannot say whether it affects magnesium.",
         .action = "Check the spelling in your profile, or ask your pharmacist.",
         .evidence = "none",
         .source = "-"},
    };
}

}  // namespace

const std::vector<FlagRule>& flag_rules() {
    static const std::vector<FlagRule> kRules = [] {
        std::vector<FlagRule> all;
        for (auto& r : intake_and_kidney_rules()) all.push_back(std::move(r));
        for (auto& r : ppi_and_diuretic_rules()) all.push_back(std::move(r));
        for (const auto& s : separation_rules()) all.push_back(s.rule);
        for (auto& r : lowering_and_risk_group_rules()) all.push_back(std::move(r));
        return all;
    }();
    return kRules;
}

}  // namespace mg
