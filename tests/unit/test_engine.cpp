#include <catch2/catch.hpp>

#include "engine/check.hpp"
#include "engine/flags.hpp"
#include "engine/medicines.hpp"

using namespace mg;

namespace {

Profile person(int age, Sex sex = Sex::female) {
    Profile p;
    p.name = "t";
    p.age_years = age;
    p.sex = sex;
    return p;
}

JournalEntry food(Date d, int mg, const std::string& id = "x") {
    JournalEntry e;
    e.id = id;
    e.date = d;
    e.kind = EntryKind::food;
    e.food_id = "almonds";
    e.magnesium = Magnesium::from_mg(mg);
    return e;
}

JournalEntry supplement(Date d, int mg, const std::string& id = "s") {
    JournalEntry e = food(d, mg, id);
    e.kind = EntryKind::supplement;
    e.food_id.clear();
    return e;
}

std::vector<std::string> ids(const std::vector<Finding>& f) {
    std::vector<std::string> out;
    for (const auto& x : f) out.push_back(x.rule->id);
    return out;
}

bool has(const std::vector<Finding>& f, const std::string& id) {
    for (const auto& x : f)
        if (x.rule->id == id) return true;
    return false;
}

const Date kDay = Date::from_ymd(2026, 3, 4);

}  // namespace

TEST_CASE("medicine catalogue: generic, brand, case, typos, unknown") {
    CHECK(match_medicine("Omeprazole 20 mg").has(DrugClass::ppi));
    CHECK(match_medicine("NEXIUM").has(DrugClass::ppi));
    CHECK(match_medicine("lasix").has(DrugClass::loop_diuretic));
    const MedicineMatch typo = match_medicine("furosemid");
    CHECK(typo.has(DrugClass::loop_diuretic));
    CHECK(typo.fuzzy);
    CHECK(match_medicine("hydrochlorthiazide").has(DrugClass::thiazide_diuretic));
    CHECK(match_medicine("spironolactone").has(DrugClass::potassium_sparing_diuretic));
    CHECK(match_medicine("Fosamax").has(DrugClass::bisphosphonate));
    CHECK(match_medicine("doxycycline").has(DrugClass::tetracycline));
    CHECK(match_medicine("cipro floxacin").has(DrugClass::quinolone));  // Cipro is a brand
    CHECK(match_medicine("ciprofloxacin").has(DrugClass::quinolone));
    CHECK(match_medicine("Glucophage").has(DrugClass::metformin));
    CHECK(match_medicine("tacrolimus").has(DrugClass::calcineurin_inhibitor));
    CHECK(match_medicine("digoxin").has(DrugClass::digoxin));
    CHECK_FALSE(match_medicine("allopurinol").recognised());
    CHECK_FALSE(match_medicine("ace").recognised());
}

TEST_CASE("flags rule by rule") {
    IntakeFacts in;
    in.has_days = true;
    auto meds = [](std::initializer_list<const char*> names) {
        std::vector<MedicineMatch> v;
        for (auto n : names) v.push_back(match_medicine(n));
        return v;
    };
    Profile p = person(50);
    const JournalEntry s = supplement(kDay, 100);

    SECTION("PPI alone is a caution; with intake below the EAR a warning") {
        CHECK(ids(evaluate_flags(p, meds({"omeprazole"}), in)) == std::vector<std::string>{"ppi"});
        in.below_ear = true;
        CHECK(ids(evaluate_flags(p, meds({"omeprazole"}), in)) ==
              std::vector<std::string>{"ppi-low-intake"});
    }
    SECTION("loop and thiazide diuretics; combined with low intake") {
        CHECK(has(evaluate_flags(p, meds({"furosemide"}), in), "loop-or-thiazide-diuretic"));
        in.below_ear = true;
        CHECK(has(evaluate_flags(p, meds({"chlorthalidone"}), in), "diuretic-low-intake"));
    }
    SECTION("potassium-sparing diuretic: info alone, caution with supplements") {
        CHECK(has(evaluate_flags(p, meds({"amiloride"}), in), "potassium-sparing-diuretic"));
        in.supplements = {&s};
        const auto f = evaluate_flags(p, meds({"amiloride"}), in);
        REQUIRE(has(f, "potassium-sparing-supplement"));
        CHECK(f[0].entry_ids == std::vector<std::string>{"s"});
    }
    SECTION("bisphosphonate and antibiotics need a logged supplement for the separation advice") {
        CHECK(evaluate_flags(p, meds({"alendronate", "doxycycline", "levofloxacin"}), in).empty());
        in.supplements = {&s};
        const auto f = evaluate_flags(p, meds({"alendronate", "doxycycline"}), in);
        CHECK(has(f, "bisphosphonate-separation"));
        CHECK(has(f, "tetracycline-separation"));
    }
    SECTION("kidney disease: info alone, warning with any supplement") {
        p.conditions = {"chronic-kidney-disease"};
        CHECK(ids(evaluate_flags(p, {}, in)) == std::vector<std::string>{"ckd"});
        in.supplements = {&s};
        CHECK(ids(evaluate_flags(p, {}, in)) == std::vector<std::string>{"ckd-supplement"});
    }
    SECTION("conditions and age") {
        p.conditions = {"type-2-diabetes", "coeliac-disease", "alcohol-dependence"};
        in.age_years = 71;
        const auto f = evaluate_flags(p, meds({"metformin", "tacrolimus", "cisplatin"}), in);
        // The cautions, then the info flags, each in rule order (by_severity).
        CHECK(ids(f) == std::vector<std::string>{
                            "calcineurin-inhibitor", "other-hypomagnesemia-drug", "malabsorption",
                            "alcohol-dependence", "metformin", "diabetes", "older-adult"});
        in.below_ear = true;
        CHECK(has(evaluate_flags(p, {}, in), "diabetes-low-intake"));
    }
    SECTION("unrecognised medicines are reported once, as info") {
        const auto f = evaluate_flags(p, meds({"allopurinol"}), in);
        REQUIRE(f.size() == 1);
        CHECK(f[0].rule->severity == Severity::info);
        REQUIRE(f[0].facts.size() == 1);
        CHECK(std::get<MedicineFact>(f[0].facts[0]).written == "allopurinol");
    }
}

TEST_CASE("every rule is documented with evidence and source") {
    for (const auto& r : flag_rules()) {
        CHECK_FALSE(r.title.empty());
        CHECK_FALSE(r.explanation.empty());
        CHECK_FALSE(r.action.empty());
        CHECK_FALSE(r.evidence.empty());
    }
}
