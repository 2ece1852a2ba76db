// Who may be offered what, and the three kinds of suggestion (docs/methods.md#suggestions).
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <sstream>

#include "engine/eligibility.hpp"
#include "engine/suggest.hpp"
#include "foods/food_db.hpp"
#include "foods/suggestion_pool.hpp"

using namespace mg;

namespace {

const Date kDay = Date::from_ymd(2026, 3, 4);

Food mk(std::string id, std::string group, int mg100, std::vector<Portion> portions,
        std::vector<std::string> tags = {}) {
    Food f;
    f.id = id;
    f.name = id;
    f.group = std::move(group);
    f.ug_per_100g = mg100 * 1000;
    f.portions = std::move(portions);
    f.tags = std::move(tags);
    f.curated = true;
    return f;
}

Portion portion(std::string name, double amount, std::string unit, double grams) {
    return {.name = std::move(name),
            .amount = amount,
            .unit = std::move(unit),
            .food_mg = static_cast<std::int64_t>(grams * 1000)};
}

FoodDb db() {
    FoodDb d;
    std::vector<Diagnostic> errors;
    const Portion oz = portion("1 oz", 1, "oz", 28.35);
    d.add({mk("pumpkin-seeds", "nuts-seeds", 592, {oz}, {"choking-risk"}),
           mk("almonds", "nuts-seeds", 270, {oz}, {"tree-nut", "choking-risk"}),
           mk("peanut-butter", "nut-butters", 168, {portion("2 tbsp", 2, "tbsp", 32)}, {"peanut"}),
           mk("spinach", "leafy-greens", 87, {portion("1 cup", 1, "cup", 180)}),
           mk("black-beans", "legumes", 70, {portion("1 cup", 1, "cup", 172)}),
           mk("banana", "fruit", 27, {portion("1 medium", 1, "medium", 118)}),
           mk("wheat-bran", "whole-grains", 611, {portion("1 cup", 1, "cup", 58)}, {"gluten"}),
           mk("beer", "beverages", 6, {portion("1 can", 1, "can", 356)}, {"alcohol", "gluten"}),
           mk("espresso", "beverages", 80, {portion("1 fl oz", 1, "fl oz", 29.6)}, {"caffeine"}),
           mk("swordfish", "fish-seafood", 29, {portion("3 oz", 3, "oz", 85)},
              {"fish", "high-mercury-fish"}),
           mk("white-rice", "whole-grains", 12, {portion("1 cup", 1, "cup", 158)}),
           mk("brown-rice", "whole-grains", 39, {portion("1 cup", 1, "cup", 202)}),
           mk("milk-chocolate", "sweets", 63, {oz}, {"added-sugar", "dairy"}),
           mk("dark-chocolate", "sweets", 228, {oz}, {"added-sugar"})},
          errors);
    d.finish(errors);
    REQUIRE(errors.empty());
    return d;
}

SuggestionPool pool() {
    SuggestionPool p;
    p.categories = {{.id = "nuts", .racc = "30 g", .adult_g = 30, .status = "secondary"},
                    {.id = "veg", .racc = "85 g", .adult_g = 85, .toddler_g = 70},
                    {.id = "grain", .racc = "140 g", .adult_g = 140},
                    {.id = "drink", .racc = "240 mL", .adult_g = 240, .liquid = true}};
    auto s = [](std::string food, std::string serving, std::string cat) {
        return PoolServing{.food_id = food, .serving = serving, .category = cat};
    };
    p.servings = {s("pumpkin-seeds", "1 oz", "nuts"),   s("almonds", "1 oz", "nuts"),
                  s("peanut-butter", "2 tbsp", "nuts"), s("spinach", "1/2 cup", "veg"),
                  s("black-beans", "1/2 cup", "veg"),   s("banana", "1 medium", "veg"),
                  s("wheat-bran", "2 tbsp", "grain"),   s("beer", "1 can", "drink"),
                  s("espresso", "1 fl oz", "drink"),    s("swordfish", "3 oz", "nuts"),
                  s("brown-rice", "1 cup", "grain"),    s("dark-chocolate", "1 oz", "nuts")};
    p.servings.back().swap_only = true;
    p.servings[2].under_4_note = "spread thinly";
    p.swaps = {{.from = "white-rice", .to = "brown-rice", .role = "rice"},
               {.from = "milk-chocolate", .to = "dark-chocolate", .role = "chocolate"}};
    return p;
}

Profile person(int age) {
    Profile p;
    p.name = "t";
    p.age_years = age;
    return p;
}

JournalEntry ate(const std::string& food, Date d, const std::string& amount, double grams) {
    JournalEntry e;
    e.date = d;
    e.kind = EntryKind::food;
    e.food_id = food;
    e.amount = amount;
    e.food_mg = static_cast<std::int64_t>(grams * 1000);
    return e;
}

std::vector<std::string> ids(const std::vector<Suggestion>& v) {
    std::vector<std::string> out;
    for (const auto& s : v) out.push_back(s.food_id);
    return out;
}

std::vector<std::string> all_ids(const Suggestions& s) {
    std::vector<std::string> out;
    for (const auto* v : {&s.more, &s.swaps, &s.alone, &s.plan})
        for (const auto& x : *v) out.push_back(x.food_id);
    return out;
}

std::vector<std::string> rule_ids(const Eligibility& e) {
    std::vector<std::string> out;
    for (const auto& r : e.rules) out.push_back(r.id);
    return out;
}

}  // namespace

TEST_CASE("eligibility: alcohol never; caffeine under 18; choking risks under 4", "[suggest]") {
    const FoodDb d = db();
    const Eligibility adult = eligibility_for(person(40), kDay);
    CHECK(rule_ids(adult) == std::vector<std::string>{"alcohol"});
    CHECK(adult.excluded_by(*d.find("beer"))->id == "alcohol");
    CHECK(adult.excluded_by(*d.find("espresso")) == nullptr);
    const Eligibility six = eligibility_for(person(6), kDay);
    CHECK(six.excluded_by(*d.find("espresso"))->id == "caffeine-under-18");
    CHECK(six.excluded_by(*d.find("beer"))->id == "alcohol");
    CHECK(six.excluded_by(*d.find("swordfish"))->id == "mercury-fish");
    CHECK(six.excluded_by(*d.find("almonds")) == nullptr);
    const Eligibility two = eligibility_for(person(2), kDay);
    CHECK(two.excluded_by(*d.find("almonds"))->id == "choking-under-4");
    CHECK(two.excluded_by(*d.find("peanut-butter")) == nullptr);
    CHECK(two.excluded_by(*d.find("milk-chocolate")) == nullptr);
    CHECK(two.under_4);
    const Eligibility one = eligibility_for(person(1), kDay);
    REQUIRE(one.excluded_by(*d.find("milk-chocolate")) != nullptr);
    CHECK(one.excluded_by(*d.find("milk-chocolate"))->id == "added-sugar-under-2");
}

TEST_CASE("eligibility: pregnancy, coeliac disease, kidney disease, infants, own list",
          "[suggest]") {
    const FoodDb d = db();
    Profile p = person(17);
    p.pregnant = true;
    p.conditions = {"alcohol-dependence"};
    const Eligibility teen = eligibility_for(p, kDay);
    CHECK(teen.excluded_by(*d.find("beer")) != nullptr);
    CHECK(teen.excluded_by(*d.find("espresso")) != nullptr);
    CHECK(teen.excluded_by(*d.find("swordfish"))->id == "mercury-fish");
    Profile adult_pregnant = person(30);
    adult_pregnant.pregnant = true;
    CHECK(eligibility_for(adult_pregnant, kDay).excluded_by(*d.find("espresso"))->id ==
          "caffeine-pregnancy");
    Profile coeliac = person(40);
    coeliac.conditions = {"coeliac-disease"};
    CHECK(eligibility_for(coeliac, kDay).excluded_by(*d.find("wheat-bran"))->id ==
          "gluten-coeliac");
    Profile ckd = person(68);
    ckd.conditions = {"chronic-kidney-disease"};
    CHECK(eligibility_for(ckd, kDay).no_suggestions);
    CHECK(eligibility_for(person(0), kDay).no_suggestions);
    Profile vegan = person(30);
    vegan.exclude = {"meat", "fish", "shellfish", "dairy", "egg"};
    const Eligibility v = eligibility_for(vegan, kDay);
    CHECK(v.excluded_by(*d.find("swordfish"))->id == "profile-exclude");
    CHECK(v.excluded_by(*d.find("almonds")) == nullptr);
}

TEST_CASE("suggestions never include an ineligible food, for any age", "[suggest]") {
    const FoodDb d = db();
    const SuggestionPool p = pool();
    for (int age : {1, 2, 3, 6, 12, 17, 40}) {
        const Eligibility e = eligibility_for(person(age), kDay);
        for (int gap : {5, 21, 60, 140, 221, 400}) {
            const Suggestions s = suggest_foods(d, p, e, Magnesium::from_mg(gap), {});
            for (const auto& id : all_ids(s)) {
                INFO("age " << age << " gap " << gap << " food " << id);
                CHECK(e.excluded_by(*d.find(id)) == nullptr);
                CHECK(id != "dark-chocolate");  // swap only
            }
        }
    }
}

TEST_CASE("under 4: toddler or half servings, and the nut-butter note", "[suggest]") {
    const FoodDb d = db();
    const Suggestions s =
        suggest_foods(d, pool(), eligibility_for(person(2), kDay), Magnesium::from_mg(20), {});
    bool saw_pb = false;
    for (const auto* v : {&s.alone, &s.plan})
        for (const auto& x : *v) {
            if (x.food_id == "peanut-butter") {
                saw_pb = true;
                CHECK(x.amount.rfind("1 tbsp", 0) == 0);  // half of 2 tbsp
                CHECK(x.note == "spread thinly");
            }
            if (x.food_id == "spinach") CHECK(x.amount == "1/3 cup");  // 3/4 x 1/2, rounded
        }
    CHECK(saw_pb);
}

TEST_CASE("more of what you eat: logged foods first, with how often", "[suggest]") {
    const FoodDb d = db();
    std::vector<JournalEntry> h;
    for (int i = 0; i < 5; ++i) h.push_back(ate("black-beans", kDay.plus_days(-i), "1 cup", 172));
    h.push_back(ate("almonds", kDay.plus_days(-3), "1 oz", 28.35));
    const Suggestions s =
        suggest_foods(d, pool(), eligibility_for(person(40), kDay), Magnesium::from_mg(100), h);
    REQUIRE(s.more.size() == 2);
    CHECK(s.more[0].food_id == "black-beans");
    CHECK(s.more[0].days_eaten == 5);
    CHECK(s.more[0].kind == SuggestionKind::more);
    // The plan prefers known foods: almonds 76.5 + beans 60.2 close 100 without strangers.
    for (const auto& x : s.plan) CHECK(x.kind != SuggestionKind::new_food);
}

TEST_CASE("swaps: white rice eaten daily gets brown rice with the gain for the usual amount",
          "[suggest]") {
    const FoodDb d = db();
    std::vector<JournalEntry> h;
    for (int i = 0; i < 7; ++i) h.push_back(ate("white-rice", kDay.plus_days(-i), "1 cup", 158));
    const Suggestions s =
        suggest_foods(d, pool(), eligibility_for(person(40), kDay), Magnesium::from_mg(120), h);
    REQUIRE(s.swaps.size() == 1);
    const Suggestion& w = s.swaps[0];
    CHECK(w.food_id == "brown-rice");
    CHECK(w.replaces_id == "white-rice");
    CHECK(w.amount == "1 cup");
    CHECK(w.food_mg == 202'000);
    // 202 g x 39 mg/100 g - 158 g x 12 mg/100 g = 78.78 - 18.96 = 59.82 mg
    CHECK(w.gain == Magnesium::from_ug(59'820));
    CHECK(w.days_eaten == 7);
}

TEST_CASE("swaps only from foods eaten on two days or more, and only to eligible foods",
          "[suggest]") {
    const FoodDb d = db();
    const std::vector<JournalEntry> once = {ate("white-rice", kDay, "1 cup", 158)};
    CHECK(suggest_foods(d, pool(), eligibility_for(person(40), kDay), Magnesium::from_mg(120), once)
              .swaps.empty());
    std::vector<JournalEntry> choc;
    for (int i = 0; i < 3; ++i)
        choc.push_back(ate("milk-chocolate", kDay.plus_days(-i), "1 oz", 28.35));
    const Suggestions adult =
        suggest_foods(d, pool(), eligibility_for(person(40), kDay), Magnesium::from_mg(120), choc);
    CHECK(ids(adult.swaps) == std::vector<std::string>{"dark-chocolate"});
    // Under 2 no added sugar: no chocolate swap either.
    const Suggestions baby =
        suggest_foods(d, pool(), eligibility_for(person(1), kDay), Magnesium::from_mg(50), choc);
    CHECK(baby.swaps.empty());
}

TEST_CASE("plan: closes the gap, different groups, no item for a tiny remainder", "[suggest]") {
    const FoodDb d = db();
    const Eligibility e = eligibility_for(person(40), kDay);
    for (int gap : {30, 80, 140, 221, 300}) {
        const Suggestions s = suggest_foods(d, pool(), e, Magnesium::from_mg(gap), {});
        INFO("gap " << gap);
        REQUIRE_FALSE(s.plan.empty());
        REQUIRE(s.plan.size() <= 3);
        std::set<std::string> groups;
        Magnesium total;
        for (const auto& x : s.plan) {
            CHECK(groups.insert(x.group).second);
            total += x.gain;
            CHECK(x.scale <= 2);
        }
        CHECK(total == s.plan_total);
        const Magnesium g = Magnesium::from_mg(gap);
        const Magnesium tol = Magnesium::from_ug(
            std::min<std::int64_t>(std::max<std::int64_t>(10'000, g.ug() / 20), g.ug() / 2));
        if (s.plan_closes) {
            CHECK(total >= g - tol);
            // Every item is needed: no 20 mg item to cover a remainder under the tolerance.
            for (const auto& x : s.plan) CHECK(total - x.gain < g - tol);
        }
    }
}

TEST_CASE("no suggestions for a zero gap, for infants or with kidney disease", "[suggest]") {
    const FoodDb d = db();
    CHECK(suggest_foods(d, pool(), eligibility_for(person(40), kDay), Magnesium(), {}).empty());
    Profile ckd = person(68);
    ckd.conditions = {"chronic-kidney-disease"};
    CHECK(
        suggest_foods(d, pool(), eligibility_for(ckd, kDay), Magnesium::from_mg(200), {}).empty());
    CHECK(suggest_foods(d, pool(), eligibility_for(person(0), kDay), Magnesium::from_mg(20), {})
              .empty());
}

TEST_CASE("scale_amount keeps household fractions", "[suggest]") {
    CHECK(scale_amount("1/2 cup", 2, 1) == "1 cup");
    CHECK(scale_amount("1 oz", 2, 1) == "2 oz");
    CHECK(scale_amount("2 tbsp", 1, 2) == "1 tbsp");
    CHECK(scale_amount("1/2 cup", 3, 4) == "1/3 cup");  // 3/8: the nearest household measure
    CHECK(scale_amount("3/4 cup", 2, 1) == "1 1/2 cup");
    CHECK(scale_amount("1 oz square Bakers", 1, 2) == "1/2 oz square Bakers");
    // Scaling down never rounds up to the adult amount; small cups become tablespoons.
    CHECK(scale_amount("1/4 cup", 1, 2) == "2 tbsp");
    CHECK(scale_amount("1/4 cup, halves", 1, 2) == "2 tbsp");
    CHECK(scale_amount("3 oz", 1, 2) == "1 1/2 oz");
    CHECK(scale_amount("2 slices", 1, 2) == "1 slice");
    CHECK(scale_amount("2 dates, pitted", 1, 2) == "1 date, pitted");
    CHECK(scale_amount("1 medium", 3, 4) == "3/4 medium");
}

TEST_CASE("every eligibility rule cites keys that docs/methods.md defines", "[suggest]") {
    std::ifstream in(std::string(MGCALC_SOURCE_FOODS) + "/../docs/methods.md");
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string doc = ss.str();
    REQUIRE_FALSE(doc.empty());
    Profile everyone = person(1);
    everyone.pregnant = true;
    everyone.conditions = {"coeliac-disease"};
    everyone.exclude = {"dairy"};
    Profile adult = person(30);
    adult.pregnant = true;
    for (const auto* p : {&everyone, &adult})
        for (const auto& r : eligibility_for(*p, kDay).rules) {
            std::stringstream keys(r.source);
            for (std::string key; std::getline(keys, key, ';');) {
                key.erase(0, key.find_first_not_of(' '));
                INFO(r.id << " cites " << key);
                CHECK(doc.find("| " + key + " |") != std::string::npos);
            }
        }
}

TEST_CASE("a broken suggestion pool is refused with every problem located", "[suggest]") {
    const std::string text =
        "format: mgcalc-suggestions\nversion: 1\ncategories:\n"
        "- {id: nuts, racc: \"30 g\", adult_g: 30, status: secondary}\n"
        "servings:\n- {food: almonds, serving: \"1 oz\", category: nuts, colour: red}\n"
        "- {food: banana, serving: \"1 medium\"}\nswaps: []\n";
    try {
        parse_suggestion_pool("pool.yaml", text);
        FAIL("accepted a broken pool");
    } catch (const InputError& e) {
        REQUIRE(e.diagnostics().size() == 2);
        CHECK(e.diagnostics()[0].message == "unknown key 'colour'");
        CHECK(e.diagnostics()[0].line == 6);
        CHECK(e.diagnostics()[1].message == "'category' is required");
        CHECK(e.diagnostics()[1].line == 7);
    }
    SuggestionPool p = pool();
    p.servings.push_back({.food_id = "nope", .serving = "1 oz", .category = "nuts", .line = 9});
    p.servings.push_back(
        {.food_id = "white-rice", .serving = "3 cup", .category = "grain", .line = 10});
    const auto before = check_suggestion_pool(pool(), db()).size();
    const auto problems = check_suggestion_pool(p, db());
    REQUIRE(problems.size() == before + 2);
    CHECK(problems[before].message == "no bundled food with id 'nope'");
    CHECK(problems[before].line == 9);
    CHECK(problems[before + 1].message.find("over the 350 g limit") != std::string::npos);
}
