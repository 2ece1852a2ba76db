#include <catch2/catch.hpp>

#include "engine/adequacy.hpp"
#include "engine/check.hpp"
#include "engine/flags.hpp"
#include "engine/medicines.hpp"
#include "engine/suggest.hpp"

using namespace mg;

namespace {

Targets woman40() {
    return targets_for(LifeStageQuery{40, 0, Sex::female, false, false}, Standard::iom);
}

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

TEST_CASE("IOM worked example: woman 40, three days averaging 320 mg, about 85 % adequate") {
    const Adequacy a = assess_adequacy(Magnesium::from_mg(320), 3, woman40());
    REQUIRE(a.assessed);
    CHECK(a.sd_within_mg == Approx(86.0));
    CHECK_FALSE(a.sd_within_scaled);
    CHECK(*a.z == Approx(55.0 / 56.28).epsilon(0.01));
    CHECK(*a.probability == Approx(0.85).margin(0.02));
    CHECK(a.verdict == "probably adequate");
}

TEST_CASE("IOM example: 97.5 % confidence (z = 2) needs 445 mg for 1 day, 377 for 3, 349 for 7") {
    CHECK(*assess_adequacy(Magnesium::from_mg(445), 1, woman40()).z == Approx(2.0).margin(0.02));
    CHECK(*assess_adequacy(Magnesium::from_mg(377), 3, woman40()).z == Approx(2.0).margin(0.02));
    CHECK(*assess_adequacy(Magnesium::from_mg(349), 7, woman40()).z == Approx(2.0).margin(0.02));
}

TEST_CASE("normal CDF matches IOM00 Table B-1 (which rounds to two places)") {
    CHECK(normal_cdf(2.0) == Approx(0.98).margin(0.005));
    CHECK(normal_cdf(1.65) == Approx(0.95).margin(0.005));
    CHECK(normal_cdf(1.0) == Approx(0.85).margin(0.01));
    CHECK(normal_cdf(0.0) == Approx(0.5));
    CHECK(normal_cdf(-1.0) == Approx(0.15).margin(0.01));
}

TEST_CASE("verdict cut-offs") {
    CHECK(assess_adequacy(Magnesium::from_mg(150), 3, woman40()).verdict ==
          "very likely inadequate");
    CHECK(assess_adequacy(Magnesium::from_mg(250), 3, woman40()).verdict == "probably inadequate");
    CHECK(assess_adequacy(Magnesium::from_mg(300), 3, woman40()).verdict == "probably adequate");
    CHECK(assess_adequacy(Magnesium::from_mg(400), 3, woman40()).verdict == "very likely adequate");
    CHECK(assess_adequacy(Magnesium::from_mg(400), 0, woman40()).verdict == "no data");
}

TEST_CASE("infants get the one-sided AI test and never 'inadequate'") {
    const Targets infant =
        targets_for(LifeStageQuery{0, 8, Sex::male, false, false}, Standard::iom);
    const Adequacy low = assess_adequacy(Magnesium::from_mg(40), 2, infant);
    CHECK(low.method == "ai");
    CHECK(low.verdict == "cannot tell");
    const Adequacy high = assess_adequacy(Magnesium::from_mg(150), 5, infant);
    CHECK(high.verdict == "likely above the AI");
}

TEST_CASE("non-IOM standards are not given a probability") {
    const Targets efsa =
        targets_for(LifeStageQuery{40, 0, Sex::female, false, false}, Standard::efsa);
    const Adequacy a = assess_adequacy(Magnesium::from_mg(300), 3, efsa);
    CHECK_FALSE(a.assessed);
    CHECK_FALSE(a.probability.has_value());
}

TEST_CASE("medicine catalogue: generic, brand, case, typos, unknown") {
    CHECK(match_medicine("Omeprazole 20 mg").drug_class == DrugClass::ppi);
    CHECK(match_medicine("NEXIUM").drug_class == DrugClass::ppi);
    CHECK(match_medicine("lasix").drug_class == DrugClass::loop_diuretic);
    const MedicineMatch typo = match_medicine("furosemid");
    CHECK(typo.drug_class == DrugClass::loop_diuretic);
    CHECK(typo.fuzzy);
    CHECK(match_medicine("hydrochlorthiazide").drug_class == DrugClass::thiazide_diuretic);
    CHECK(match_medicine("spironolactone").drug_class == DrugClass::potassium_sparing_diuretic);
    CHECK(match_medicine("Fosamax").drug_class == DrugClass::bisphosphonate);
    CHECK(match_medicine("doxycycline").drug_class == DrugClass::tetracycline);
    CHECK(match_medicine("cipro floxacin").drug_class == std::nullopt);
    CHECK(match_medicine("ciprofloxacin").drug_class == DrugClass::quinolone);
    CHECK(match_medicine("Glucophage").drug_class == DrugClass::metformin);
    CHECK(match_medicine("tacrolimus").drug_class == DrugClass::calcineurin_inhibitor);
    CHECK(match_medicine("digoxin").drug_class == DrugClass::other_hypomagnesemia);
    CHECK_FALSE(match_medicine("allopurinol").drug_class.has_value());
    CHECK_FALSE(match_medicine("ace").drug_class.has_value());
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
        CHECK(has(f, "antibiotic-separation"));
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
        CHECK(ids(f) == std::vector<std::string>{
                            "calcineurin-inhibitor", "other-hypomagnesemia-drug", "metformin",
                            "diabetes", "malabsorption", "alcohol-dependence", "older-adult"});
        in.below_ear = true;
        CHECK(has(evaluate_flags(p, {}, in), "diabetes-low-intake"));
    }
    SECTION("unrecognised medicines are reported once, as info") {
        const auto f = evaluate_flags(p, meds({"allopurinol"}), in);
        REQUIRE(f.size() == 1);
        CHECK(f[0].rule->severity == Severity::info);
        CHECK(f[0].profile_facts == std::vector<std::string>{"medicine: allopurinol"});
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

namespace {
FoodDb small_db() {
    FoodDb db;
    std::vector<Diagnostic> errors;
    auto mk = [](std::string id, std::string group, int mg100, int grams,
                 std::vector<std::string> tags) {
        Food f;
        f.id = id;
        f.name = id;
        f.group = group;
        f.ug_per_100g = mg100 * 1000;
        f.portions = {{"1 serving", 1, "serving", grams * 1000}};
        f.serving = "1 serving";
        f.tags = std::move(tags);
        f.curated = true;
        return f;
    };
    db.add({mk("pumpkin-seeds", "nuts-seeds", 592, 28, {}),
            mk("almonds", "nuts-seeds", 270, 28, {"tree-nut"}),
            mk("spinach", "leafy-greens", 87, 180, {}), mk("black-beans", "legumes", 70, 172, {}),
            mk("banana", "fruit", 27, 118, {}), mk("basil", "herbs-spices", 711, 1, {})},
           errors);
    db.finish(errors);
    return db;
}
}  // namespace

TEST_CASE("suggestions: smallest sufficient single servings, exclusions, then a combination") {
    const FoodDb db = small_db();
    Profile p = person(40);
    auto s = suggest_foods(db, Magnesium::from_mg(70), p, {});
    REQUIRE(s.size() >= 2);
    CHECK(s[0].food_id == "almonds");  // 75.6 mg closes a 70 mg gap with least excess
    CHECK_FALSE(s[0].combination);
    p.exclude = {"tree-nut"};
    s = suggest_foods(db, Magnesium::from_mg(70), p, {});
    for (const auto& x : s) CHECK(x.food_id != "almonds");
    // Nothing closes 400 mg alone: a combination from different groups does.
    s = suggest_foods(db, Magnesium::from_mg(400), p, {});
    REQUIRE_FALSE(s.empty());
    Magnesium sum;
    for (const auto& x : s) {
        CHECK(x.combination);
        CHECK(x.food_id != "basil");
        sum += x.magnesium;
    }
    CHECK(sum >= Magnesium::from_mg(400));
}

TEST_CASE("suggestions prefer foods already logged") {
    const FoodDb db = small_db();
    JournalEntry e = food(kDay, 10);
    e.food_id = "black-beans";
    const auto s = suggest_foods(db, Magnesium::from_mg(100), person(40), {e});
    REQUIRE_FALSE(s.empty());
    CHECK(s[0].food_id == "black-beans");
}

TEST_CASE("check: means over logged days only; the UL counts supplements only") {
    const FoodDb db = small_db();
    const Profile p = person(40);
    const Targets t = woman40();
    // Three days in a 7-day window: 200, 300, 400 mg of food. Missing days are not zeros.
    std::vector<JournalEntry> es = {food(kDay, 200), food(kDay.plus_days(-2), 300),
                                    food(kDay.plus_days(-5), 400)};
    CheckResult r = run_check(p, t, es, db, kDay.plus_days(-6), kDay, kDay);
    CHECK(r.days.size() == 3);
    CHECK(r.total_mean == Magnesium::from_mg(300));
    CHECK(r.shortfall == Magnesium::from_mg(20));
    CHECK(r.adequacy.days_used == 3);
    // 600 mg of food: no UL flag.
    r = run_check(p, t, {food(kDay, 600)}, db, kDay, kDay, kDay);
    CHECK(ids(r.flags).empty());
    CHECK(r.shortfall == Magnesium());
    // 400 mg from supplements with little food: over the UL of 350.
    r = run_check(p, t, {food(kDay, 50), supplement(kDay, 400, "s1")}, db, kDay, kDay, kDay);
    REQUIRE(has(r.flags, "supplement-over-ul"));
    CHECK(r.flags[0].entry_ids == std::vector<std::string>{"s1"});
    CHECK(r.has_warning());
}

TEST_CASE("check with no entries: no shortfall claimed, no suggestions") {
    const FoodDb db = small_db();
    const CheckResult r = run_check(person(40), woman40(), {}, db, kDay, kDay, kDay);
    CHECK(r.days.empty());
    CHECK(r.adequacy.verdict == "no data");
    CHECK(r.suggestions.empty());
}
