#include <catch2/catch.hpp>

#include "core/diagnostic.hpp"
#include "profile/profile.hpp"
#include "profile/vocabulary.hpp"

using namespace mg;

namespace {
const Date kToday = Date::from_ymd(2026, 3, 4);

std::vector<Diagnostic> problems(const std::string& text) {
    try {
        parse_profile("p.yaml", text, kToday);
    } catch (const InputError& e) {
        return e.diagnostics();
    }
    return {};
}
}  // namespace

TEST_CASE("a full profile parses, with conditions and tags normalised") {
    const Profile p = parse_profile("p.yaml",
                                    "name: Maria\nbirthdate: 1972-05-14\nsex: female\nmedicines: [omeprazole]\n"
                                    "conditions: [CKD, \"Crohn's\", type 2 diabetes]\nexclude: [Tree Nut]\n",
                                    kToday);
    CHECK(p.name == "Maria");
    CHECK(p.conditions == std::vector<std::string>{"chronic-kidney-disease", "crohns-disease", "type-2-diabetes"});
    CHECK(p.exclude == std::vector<std::string>{"tree-nut"});
    const LifeStageQuery q = life_stage_query(p, kToday);
    CHECK(q.age_years == 53);
}

TEST_CASE("age from the birthdate changes on the birthday, not before") {
    Profile p;
    p.birthdate = Date::from_ymd(2007, 3, 5);
    CHECK(life_stage_query(p, kToday).age_years == 18);
    p.birthdate = Date::from_ymd(2007, 3, 4);
    CHECK(life_stage_query(p, kToday).age_years == 19);
}

TEST_CASE("infants: months from the birthdate") {
    Profile p;
    p.birthdate = Date::from_ymd(2025, 8, 5);
    const LifeStageQuery q = life_stage_query(p, kToday);
    CHECK(q.age_years == 0);
    CHECK(q.age_months == 6);
}

TEST_CASE("every problem is reported at once, each located") {
    const auto d = problems("name: X\nsex: femal\npregant: true\nage: 200\nconditions: gout\n");
    REQUIRE(d.size() == 4);
    CHECK(d[0].line == 2);
    CHECK(d[0].hint.find("'female'") != std::string::npos);
    CHECK(d[1].message == "unknown key 'pregant'");
    CHECK(d[1].hint == "did you mean 'pregnant'?");
    CHECK(d[2].line == 4);
    CHECK(d[3].message == "'conditions' must be a list");
}

TEST_CASE("impossible people and missing facts are errors") {
    CHECK(problems("age: 40\nsex: male\npregnant: true\n").front().message == "a male cannot be pregnant");
    CHECK(problems("age: 6\nsex: female\nlactating: yes\n").front().message == "lactation at age 6 is not possible");
    CHECK(problems("age: 40\n").front().message == "profile has no 'sex'");
    CHECK(problems("sex: male\n").front().message.find("neither 'birthdate' nor 'age'") != std::string::npos);
    CHECK(problems("birthdate: 2030-01-01\nsex: male\n").front().message == "birthdate 2030-01-01 is in the future");
    CHECK(problems("age: 1\nmonths: 3\nsex: male\nversion: 2\n").front().message.find("version 2") != std::string::npos);
    CHECK(problems("- a\n- b\n").front().message.find("mapping") != std::string::npos);
}

TEST_CASE("a serialised profile reads back the same") {
    Profile p;
    p.name = "Ann \"the\" tester";
    p.birthdate = Date::from_ymd(1980, 1, 2);
    p.sex = Sex::female;
    p.lactating = true;
    p.medicines = {"Nexium 20 mg"};
    p.conditions = {"insulin-resistance"};
    p.exclude = {"dairy", "soy"};
    const Profile back = parse_profile("p.yaml", serialize_profile(p), kToday);
    CHECK(back.name == p.name);
    CHECK(back.lactating);
    CHECK(back.medicines == p.medicines);
    CHECK(back.conditions == p.conditions);
    CHECK(back.exclude == p.exclude);
}
