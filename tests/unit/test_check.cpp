// What counts as a day, the means, the UL, infants and kidney disease (docs/methods.md#days).
#include <catch2/catch.hpp>

#include "engine/check.hpp"

using namespace mg;

namespace {

const Date kDay = Date::from_ymd(2026, 3, 4);

Profile person(int age) {
    Profile p;
    p.name = "t";
    p.age_years = age;
    return p;
}

Targets targets(const Profile& p) {
    return targets_for(life_stage_query(p, kDay), Standard::iom);
}

JournalEntry food(Date d, int mg, const std::string& id = "f") {
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

CheckResult check(const Profile& p, const std::vector<JournalEntry>& es, int days = 7) {
    static const FoodDb db;
    return run_check(p, targets(p), es, db, nullptr, kDay.plus_days(1 - days), kDay, kDay);
}

bool has(const CheckResult& r, const std::string& id) {
    for (const auto& f : r.flags)
        if (f.rule->id == id) return true;
    return false;
}

}  // namespace

TEST_CASE("check: means over food days only; missing days are not zeros", "[check]") {
    const CheckResult r = check(person(40), {food(kDay, 200), food(kDay.plus_days(-2), 300),
                                             food(kDay.plus_days(-5), 400)});
    CHECK(r.days.size() == 3);
    CHECK(r.food_days == 3);
    CHECK(r.total_mean == Magnesium::from_mg(300));
    CHECK(r.shortfall == Magnesium::from_mg(20));
    CHECK(r.adequacy.days_used == 3);
}

TEST_CASE("check: a supplement-only day is not a food day with zero food", "[check]") {
    // Issue #12 case 3: food on 1 of 7 days (300 mg), a 100 mg supplement every day.
    std::vector<JournalEntry> es = {food(kDay, 300)};
    for (int i = 0; i < 7; ++i) es.push_back(supplement(kDay.plus_days(-i), 100));
    const CheckResult r = check(person(40), es);
    CHECK(r.food_days == 1);
    CHECK(r.supplement_only_days == 6);
    CHECK(r.food_mean == Magnesium::from_mg(300));
    CHECK(r.supplement_mean == Magnesium::from_mg(100));
    CHECK(r.total_mean == Magnesium::from_mg(400));
    CHECK(r.adequacy.days_used == 1);
    CHECK(r.adequacy.verdict != Verdict::very_likely_needs_improving);
}

TEST_CASE("check: only supplements, no food days: no verdict, no shortfall", "[check]") {
    const CheckResult r = check(person(40), {supplement(kDay, 200)});
    CHECK(r.food_days == 0);
    CHECK(r.adequacy.verdict == Verdict::no_data);
    CHECK(r.shortfall == Magnesium());
}

TEST_CASE("check: the UL counts supplements only", "[check]") {
    CHECK_FALSE(has(check(person(40), {food(kDay, 600)}, 1), "supplement-over-ul"));
    const CheckResult r = check(person(40), {food(kDay, 50), supplement(kDay, 400, "s1")}, 1);
    REQUIRE(has(r, "supplement-over-ul"));
    CHECK(r.flags[0].entry_ids == std::vector<std::string>{"s1"});
    CHECK(r.has_warning());
}

TEST_CASE("check: infants judged on food only, and supplements raise a warning", "[check]") {
    Profile baby;
    baby.name = "b";
    baby.age_years = 0;
    baby.age_months = 4;
    const CheckResult r = check(baby, {food(kDay, 20), supplement(kDay, 400)}, 1);
    CHECK(r.adequacy.method == "ai");
    CHECK(r.adequacy.verdict == Verdict::cannot_tell);  // 20 mg food < AI 30; supplement ignored
    CHECK(r.shortfall == Magnesium());                  // below an AI is never called a shortfall
    CHECK_FALSE(r.frames_shortfall());
    CHECK(has(r, "infant-supplement"));
    CHECK(r.suggestions.empty());
}

TEST_CASE("check: kidney disease shows numbers without a shortfall or verdict", "[check]") {
    Profile p = person(68);
    p.sex = Sex::male;
    p.conditions = {"chronic-kidney-disease"};
    const CheckResult r = check(p, {food(kDay, 150)}, 1);
    CHECK(r.ckd);
    CHECK(r.shortfall == Magnesium());
    CHECK(r.adequacy.verdict == Verdict::not_judged);
    CHECK(r.total_mean == Magnesium::from_mg(150));
    CHECK(r.suggestions.empty());
}

TEST_CASE("check: a kidney transplant is deferred like kidney disease, named as given", "[check]") {
    Profile p = person(50);
    p.conditions = {"kidney-transplant"};
    const CheckResult r = check(p, {food(kDay, 150)}, 1);
    CHECK(r.ckd);
    CHECK(r.shortfall == Magnesium());
    CHECK(r.adequacy.verdict == Verdict::not_judged);
    CHECK(r.adequacy.note.find("with a kidney transplant") != std::string::npos);
    CHECK(r.adequacy.note.find("clinician who treats your kidneys") != std::string::npos);
    CHECK(r.eligibility.no_suggestions);
    CHECK(r.eligibility.no_suggestions_why.find("a kidney transplant") != std::string::npos);
    CHECK(has(r, "kidney-transplant"));
    CHECK_FALSE(has(r, "ckd"));
}

TEST_CASE("check with no entries: no shortfall claimed, no suggestions", "[check]") {
    const CheckResult r = check(person(40), {}, 1);
    CHECK(r.days.empty());
    CHECK(r.adequacy.verdict == Verdict::no_data);
    CHECK(r.suggestions.empty());
}
