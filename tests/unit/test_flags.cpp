// The flag rules for medicines and infants (docs/flags.md): when each fires, and that its
// text stays within its sources.
#include <algorithm>
#include <catch2/catch.hpp>

#include "core/text.hpp"
#include "engine/flags.hpp"
#include "engine/medicines.hpp"
#include "profile/vocabulary.hpp"

using namespace mg;

namespace {

Profile adult() {
    Profile p;
    p.name = "t";
    p.age_years = 50;
    return p;
}

std::vector<MedicineMatch> meds(std::initializer_list<const char*> names) {
    std::vector<MedicineMatch> v;
    for (auto n : names) v.push_back(match_medicine(n));
    return v;
}

std::vector<std::string> ids(const std::vector<Finding>& f) {
    std::vector<std::string> out;
    for (const auto& x : f) out.push_back(x.rule->id);
    return out;
}

bool has(const std::vector<Finding>& f, std::string_view id) {
    return std::any_of(f.begin(), f.end(), [&](const Finding& x) { return x.rule->id == id; });
}

const Finding& find(const std::vector<Finding>& f, std::string_view id) {
    for (const auto& x : f)
        if (x.rule->id == id) return x;
    FAIL("no finding " << id);
    throw;
}

JournalEntry supplement_entry() {
    JournalEntry e;
    e.id = "20260304-1";
    e.date = Date::from_ymd(2026, 3, 4);
    e.kind = EntryKind::supplement;
    e.name = "milk of magnesia";
    e.magnesium = Magnesium::from_mg(167);
    return e;
}

// Medicine, and the dose-separation rule it must raise when a supplement is logged.
struct Separation {
    const char* medicine;
    const char* rule;
    const char* named;  // what the rule's text must name
};

const std::vector<Separation> kSeparations = {
    {"Fosamax", "bisphosphonate-separation", "bisphosphonate"},
    {"Vibramycin", "tetracycline-separation", "doxycycline"},
    {"Minocin", "tetracycline-separation", "minocycline"},
    {"Cipro", "ciprofloxacin-separation", "ciprofloxacin"},
    {"Levaquin", "levofloxacin-separation", "levofloxacin"},
    {"Avelox", "moxifloxacin-separation", "moxifloxacin"},
    {"Floxin", "ofloxacin-separation", "ofloxacin"},
    {"Synthroid", "levothyroxine-separation", "levothyroxine"},
    {"Tivicay", "dolutegravir-separation", "dolutegravir"},
    {"Triumeq", "dolutegravir-separation", "Triumeq"},
    {"Genvoya", "elvitegravir-separation", "elvitegravir"},
    {"Isentress", "raltegravir-antacids", "raltegravir"},
    {"Biktarvy", "bictegravir-separation", "bictegravir"},
    {"Neurontin", "gabapentin-separation", "gabapentin"},
    {"Revolade", "eltrombopag-separation", "eltrombopag"},
    {"Tarceva", "erlotinib-separation", "erlotinib"},
    {"CellCept", "mycophenolate-timing", "mycophenolate"},
    {"Cuprimine", "separation-3-to-4-hours", "penicillamine"},
    {"ferrous sulfate", "separation-3-to-4-hours", "iron"},
    {"nitrofurantoin", "separation-3-to-4-hours", "nitrofurantoin"},
    {"quinidine", "separation-3-to-4-hours", "quinidine"},
    {"chloroquine", "separation-3-to-4-hours", "chloroquine"},
    {"hydroxychloroquine", "separation-3-to-4-hours", "hydroxychloroquine"},
    {"edetate disodium", "separation-1-hour", "edetate disodium"},
    {"cellulose sodium phosphate", "separation-1-hour", "cellulose sodium phosphate"},
};

}  // namespace

TEST_CASE("dose separation: the medicine and a logged supplement, never one alone",
          "[flags][medicines]") {
    const JournalEntry s = supplement_entry();
    for (const auto& c : kSeparations) {
        INFO(c.medicine);
        IntakeFacts in;
        CHECK_FALSE(has(evaluate_flags(adult(), meds({c.medicine}), in), c.rule));
        in.supplements = {&s};
        const auto f = evaluate_flags(adult(), meds({c.medicine}), in);
        REQUIRE(has(f, c.rule));
        CHECK(find(f, c.rule).entry_ids == std::vector<std::string>{"20260304-1"});
        const FlagRule& r = rule(c.rule);
        const std::string text = to_lower(r.title + " " + r.explanation + " " + r.action);
        CHECK(text.find(to_lower(c.named)) != std::string::npos);
        const bool interval = text.find("hour") != std::string::npos ||
                              text.find("timing") != std::string::npos ||
                              text.find("staggered") != std::string::npos;
        CHECK(interval);
    }
}

TEST_CASE("digoxin: alone, or with a PPI or loop/thiazide diuretic", "[flags][medicines]") {
    IntakeFacts in;
    in.has_days = true;
    CHECK(ids(evaluate_flags(adult(), meds({"Lanoxin"}), in)) ==
          std::vector<std::string>{"digoxin"});
    auto f = evaluate_flags(adult(), meds({"Lanoxin", "Prilosec"}), in);
    CHECK(ids(f) == std::vector<std::string>{"ppi", "digoxin-with-ppi-or-diuretic"});
    const auto& facts = find(f, "digoxin-with-ppi-or-diuretic").facts;
    REQUIRE(facts.size() == 2);
    CHECK(std::get<MedicineFact>(facts[0]).generic == "digoxin");
    CHECK(std::get<MedicineFact>(facts[1]).written == "Prilosec");
    CHECK(std::get<MedicineFact>(facts[1]).drug_class == DrugClass::ppi);
    CHECK(has(evaluate_flags(adult(), meds({"digoxin", "Maxzide"}), in),
              "digoxin-with-ppi-or-diuretic"));
    CHECK(has(evaluate_flags(adult(), meds({"digoxin", "Lasix"}), in),
              "digoxin-with-ppi-or-diuretic"));
    // A potassium-sparing diuretic is not one of FDA's or the label's combinations.
    CHECK(has(evaluate_flags(adult(), meds({"digoxin", "Aldactone"}), in), "digoxin"));
}

TEST_CASE("infants: any supplement entry is a warning", "[flags]") {
    const JournalEntry s = supplement_entry();
    IntakeFacts in;
    in.infant = true;
    Profile baby = adult();
    baby.age_years = 0;
    CHECK_FALSE(has(evaluate_flags(baby, {}, in), "infant-supplement"));
    in.supplements = {&s};
    const auto f = evaluate_flags(baby, {}, in);
    REQUIRE(has(f, "infant-supplement"));
    CHECK(find(f, "infant-supplement").rule->severity == Severity::warning);
    CHECK(find(f, "infant-supplement").entry_ids == std::vector<std::string>{"20260304-1"});
    in.infant = false;
    CHECK_FALSE(has(evaluate_flags(adult(), {}, in), "infant-supplement"));
}

TEST_CASE("medicines that lower magnesium name the sources that list them", "[flags]") {
    IntakeFacts in;
    const auto f = evaluate_flags(adult(), meds({"Erbitux", "Prograf"}), in);
    const auto& other = find(f, "other-hypomagnesemia-drug").facts;
    REQUIRE(other.size() == 2);
    CHECK(std::get<MedicineFact>(other[0]).generic == "cetuximab");
    const auto& listed = std::get<ListedByFact>(other[1]);
    CHECK(listed.generic == "cetuximab");
    CHECK(listed.sources == std::vector<std::string>{"LI21", "SmPC-Mg (EGF-receptor antagonists)",
                                                     "WO21 (anti-EGFR antibodies)"});
    const auto& cni = find(f, "calcineurin-inhibitor").facts;
    REQUIRE(cni.size() == 2);
    CHECK(std::get<MedicineFact>(cni[0]).written == "Prograf");
    CHECK(std::get<MedicineFact>(cni[0]).drug_class == DrugClass::calcineurin_inhibitor);
    CHECK(std::get<ListedByFact>(cni[1]).generic == "tacrolimus");
}

TEST_CASE("unrecognised medicines: one info each, never a catalogue rule", "[flags]") {
    IntakeFacts in;
    auto f = evaluate_flags(adult(), meds({"rituximab"}), in);
    CHECK(ids(f) == std::vector<std::string>{"unrecognised-medicine"});
    REQUIRE(f[0].facts.size() == 1);
    CHECK_FALSE(std::get<MedicineFact>(f[0].facts[0]).drug_class);
    f = evaluate_flags(adult(), meds({"tibramycin"}), in);
    CHECK(ids(f) == std::vector<std::string>{"unrecognised-medicine"});
    REQUIRE(f[0].facts.size() == 2);
    CHECK(std::get<AmbiguousNameFact>(f[0].facts[1]).candidates ==
          std::vector<std::string>{"tobramycin", "Vibramycin"});
}

TEST_CASE("a typo-corrected medicine says what it was read as", "[flags]") {
    IntakeFacts in;
    const auto f = evaluate_flags(adult(), meds({"furosemid"}), in);
    const auto& m = std::get<MedicineFact>(f[0].facts.at(0));
    CHECK(m.written == "furosemid");
    CHECK(m.read_as == "furosemide");
    CHECK(m.generic == "furosemide");
}

TEST_CASE("findings come most severe first, in rule order within a severity", "[flags]") {
    const JournalEntry s = supplement_entry();
    IntakeFacts in;
    in.supplements = {&s};
    in.below_ear = true;
    in.age_years = 75;
    Profile p = adult();
    p.conditions = {"type-2-diabetes", "crohns-disease", "chronic-kidney-disease"};
    const auto f = evaluate_flags(
        p,
        meds({"Nexium", "Lasix", "Lanoxin", "Inspra", "Fosamax", "Cipro", "Synthroid", "Tivicay",
              "Neurontin", "iron", "Prograf", "cisplatin", "metformin", "atorvastatin"}),
        in);
    // (severity descending, rule position ascending) is the order check, its JSON and the
    // web pages show (docs/flags.md).
    std::vector<std::pair<int, size_t>> keys;
    for (const auto& x : f)
        keys.emplace_back(-static_cast<int>(x.rule->severity), x.rule - flag_rules().data());
    CHECK(std::is_sorted(keys.begin(), keys.end()));
    CHECK(f.size() == 18);
    // The set mixes levels, so the order differs from rule order: the test can fail.
    CHECK(f.front().rule->severity == Severity::warning);
    CHECK(f.back().rule->severity == Severity::info);
    std::vector<size_t> positions;
    for (const auto& x : f) positions.push_back(x.rule - flag_rules().data());
    CHECK_FALSE(std::is_sorted(positions.begin(), positions.end()));
}

TEST_CASE("rule texts: sourced, no pointers to suggestions, FDA's patient advice", "[flags]") {
    for (const auto& r : flag_rules()) {
        INFO(r.id);
        CHECK_FALSE(r.title.empty());
        CHECK_FALSE(r.explanation.empty());
        CHECK_FALSE(r.action.empty());
        CHECK_FALSE(r.evidence.empty());
        CHECK(to_lower(r.action).find("suggestion") == std::string::npos);
        CHECK(r.explanation.find("more serious") == std::string::npos);
        if (r.id == "unrecognised-medicine") continue;
        for (const auto& key : split_words(r.source, ";")) {
            const std::string k = std::string(trim(key));
            CHECK_FALSE(k.empty());
            const bool key_then_page =
                k.find(' ') == std::string::npos || k.find(" p.") != std::string::npos;
            CHECK(key_then_page);
        }
    }
    for (const char* id : {"ppi", "ppi-low-intake"}) {
        const FlagRule& r = rule(id);
        CHECK(r.action.find("Seek immediate care") != std::string::npos);
        CHECK(r.action.find("digoxin or a diuretic") != std::string::npos);
        CHECK(r.action.find("does not always cause symptoms") != std::string::npos);
        CHECK(r.action.find("Do not stop a prescription PPI") != std::string::npos);
        CHECK(r.source.find("FDA11-patients") != std::string::npos);
    }
    CHECK(rule("metformin").source == "PE13; KU17");
    CHECK(rule("infant-supplement").severity == Severity::warning);
}

TEST_CASE("condition names: prediabetes and metabolic syndrome; typographic apostrophes",
          "[flags]") {
    for (const char* name : {"prediabetes", "Pre-diabetes", "metabolic syndrome",
                             "Insulin resistance syndrome", "insulin_resistance"})
        CHECK(canonical_condition(name) == std::optional<std::string>("insulin-resistance"));
    CHECK(canonical_condition("Crohn\u2019s disease") ==
          std::optional<std::string>("crohns-disease"));
    CHECK(canonical_condition("Crohn's disease") == std::optional<std::string>("crohns-disease"));
    CHECK(slugify("Crohn\u2019s") == "crohns");
}

TEST_CASE("every CKD stage is chronic kidney disease; a transplant is its own condition",
          "[flags]") {
    for (const char* name : {"ckd-stage-1", "ckd-stage-2", "CKD 4", "stage 5 ckd", "CKD stage 3a",
                             "ckd-g3b", "chronic kidney disease stage 2", "CKD 5D", "dialysis",
                             "renal insufficiency", "Chronic renal insufficiency", "renal failure",
                             "kidney failure", "renal impairment", "chronic kidney impairment"})
        CHECK(canonical_condition(name) == std::optional<std::string>("chronic-kidney-disease"));
    for (const char* name : {"ckd-stage-6", "stage-ckd", "ckd-stage-"})
        CHECK_FALSE(canonical_condition(name));
    for (const char* name : {"kidney-transplant", "Renal transplant"})
        CHECK(canonical_condition(name) == std::optional<std::string>("kidney-transplant"));
    Profile p = adult();
    CHECK_FALSE(has_kidney_condition(p));
    p.conditions = {"kidney-transplant"};
    CHECK(has_kidney_condition(p));
    CHECK(kidney_condition_words(p) == "a kidney transplant");
    p.conditions = {"kidney-transplant", "chronic-kidney-disease"};
    CHECK(kidney_condition_words(p) == "chronic kidney disease");
}

TEST_CASE("a kidney transplant defers targets but never says 'impaired excretion'", "[flags]") {
    const JournalEntry s = supplement_entry();
    IntakeFacts in;
    in.age_years = 75;
    Profile p = adult();
    p.conditions = {"kidney-transplant"};
    auto f = evaluate_flags(p, meds({"tacrolimus"}), in);
    CHECK(ids(f) ==
          std::vector<std::string>{"calcineurin-inhibitor", "kidney-transplant", "older-adult"});
    for (const auto& x : f) {
        INFO(x.rule->id);
        CHECK(x.ckd);
        CHECK(finding_explanation(x).find("xcret") == std::string::npos);
    }
    const auto& t = find(f, "kidney-transplant");
    REQUIRE(t.facts.size() == 1);
    CHECK(std::get<ConditionFact>(t.facts[0]).name == "kidney transplant");
    CHECK(finding_action(find(f, "older-adult")).find("clinician who treats your kidneys") !=
          std::string::npos);
    in.supplements = {&s};
    f = evaluate_flags(p, {}, in);
    CHECK_FALSE(has(f, "ckd-supplement"));
    CHECK(find(f, "kidney-transplant").entry_ids == std::vector<std::string>{s.id});
}

TEST_CASE("with kidney disease no flag says the kidneys lose more magnesium", "[flags]") {
    IntakeFacts in;
    in.age_years = 74;
    Profile p = adult();
    p.conditions = {"chronic-kidney-disease", "type-2-diabetes"};
    const auto f = evaluate_flags(p, {}, in);
    CHECK(ids(f) == std::vector<std::string>{"ckd", "diabetes", "older-adult"});
    for (const auto& x : f) {
        INFO(x.rule->id);
        CHECK(finding_explanation(x).find("excrete more") == std::string::npos);
        CHECK(finding_explanation(x).find("urinary loss") == std::string::npos);
        CHECK(finding_action(x).find("renal team") == std::string::npos);
        CHECK(finding_action(x).find("Aim to meet the RDA") == std::string::npos);
    }
    // Without kidney disease the full explanation stands.
    p.conditions = {"type-2-diabetes"};
    const auto g = evaluate_flags(p, {}, in);
    CHECK(finding_explanation(find(g, "older-adult")).find("excrete more") != std::string::npos);
    CHECK(finding_explanation(find(g, "diabetes")).find("urinary loss") != std::string::npos);
}

TEST_CASE("CKD texts leave targets to the clinician and claim no magnesium target", "[flags]") {
    for (const auto& r : flag_rules()) {
        INFO(r.id);
        for (const std::string* t :
             {&r.explanation, &r.action, &r.action_with_ckd, &r.explanation_with_ckd}) {
            CHECK(t->find("renal team") == std::string::npos);
            CHECK(t->find("sets your magnesium") == std::string::npos);
        }
    }
    // diabetes-low-intake never fires with kidney disease (no EAR judging): no CKD text.
    CHECK(rule("diabetes-low-intake").action_with_ckd.empty());
}

TEST_CASE("PPI texts: the label's 3 months first, OTC risk as the label directs", "[flags]") {
    for (const char* id : {"ppi", "ppi-low-intake"}) {
        const std::string& e = rule(id).explanation;
        INFO(e);
        CHECK(e.find("reported after 3 months or more of use (label), in most cases after more "
                     "than a year") != std::string::npos);
        CHECK(e.find("over-the-counter courses taken as the label directs (14 days, up to 3 "
                     "times a year) carry very little risk") != std::string::npos);
    }
}
