// The words every human-readable renderer gives a flag's facts: the engine hands over fields,
// these sentences are the renderers' alone.
#include <catch2/catch.hpp>

#include "engine/flags.hpp"
#include "engine/medicines.hpp"
#include "report/finding_words.hpp"

using namespace mg;

namespace {

std::vector<std::string> reasons_for(std::initializer_list<const char*> names,
                                     std::string_view rule_id, const IntakeFacts& in = {}) {
    Profile p;
    p.name = "t";
    p.age_years = 50;
    std::vector<MedicineMatch> meds;
    for (auto n : names) meds.push_back(match_medicine(n));
    for (const auto& f : evaluate_flags(p, meds, in))
        if (f.rule->id == rule_id) return finding_reasons(f);
    FAIL("rule " << rule_id << " did not fire");
    return {};
}

}  // namespace

TEST_CASE("a medicine is named with only what its written name does not say", "[report][flags]") {
    CHECK(reasons_for({"Lanoxin", "Prilosec"}, "digoxin-with-ppi-or-diuretic") ==
          std::vector<std::string>{"medicine: Lanoxin (digoxin)",
                                   "medicine: Prilosec (omeprazole, proton pump inhibitor)"});
    CHECK(reasons_for({"omeprazole"}, "ppi") ==
          std::vector<std::string>{"medicine: omeprazole (proton pump inhibitor)"});
    CHECK(reasons_for({"furosemid"}, "loop-or-thiazide-diuretic") ==
          std::vector<std::string>{"medicine: furosemid (read as furosemide, loop diuretic)"});
    CHECK(reasons_for({"allopurinol"}, "unrecognised-medicine") ==
          std::vector<std::string>{"medicine: allopurinol"});
}

TEST_CASE("sources and ambiguity are said after the medicine", "[report][flags]") {
    CHECK(reasons_for({"Erbitux"}, "other-hypomagnesemia-drug") ==
          std::vector<std::string>{"medicine: Erbitux (cetuximab, medicine reported to lower "
                                   "magnesium)",
                                   "cetuximab is listed by LI21, SmPC-Mg (EGF-receptor "
                                   "antagonists), WO21 (anti-EGFR antibodies)"});
    CHECK(reasons_for({"tibramycin"}, "unrecognised-medicine") ==
          std::vector<std::string>{"medicine: tibramycin",
                                   "equally close to tobramycin and Vibramycin: not chosen"});
}

TEST_CASE("intake facts carry their numbers into the words", "[report][flags]") {
    IntakeFacts in;
    in.has_days = true;
    in.below_ear = true;
    in.mean_total = Magnesium::from_mg_double(209.6);
    in.ear = Magnesium::from_mg(265);
    CHECK(reasons_for({"Nexium"}, "ppi-low-intake", in).back() ==
          "mean intake 210 mg/day is below the EAR of 265 mg");
    const OverUlFact over{
        .ul = Magnesium::from_mg(350),
        .days = {{.date = Date::from_ymd(2026, 3, 4), .supplement = Magnesium::from_mg(400)},
                 {.date = Date::from_ymd(2026, 3, 5), .supplement = Magnesium::from_mg(500)}}};
    CHECK(fact_words(over) ==
          "supplemental magnesium above the UL of 350 mg on 2026-03-04 (400 mg), 2026-03-05 (500 "
          "mg)");
    CHECK(fact_words(AgeFact{.years = 0}) == "age: under 12 months");
    CHECK(fact_words(AgeFact{.years = 74}) == "age: 74 years");
    CHECK(fact_words(ConditionFact{.id = "type-2-diabetes", .name = "type 2 diabetes"}) ==
          "condition: type 2 diabetes");
}
