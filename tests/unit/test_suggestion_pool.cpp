// The shipped suggestion pool, walked food by food (docs/methods.md#realistic-servings).
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <sstream>

#include "engine/eligibility.hpp"
#include "engine/suggest.hpp"
#include "foods/amount.hpp"
#include "foods/food_db.hpp"
#include "foods/food_file.hpp"
#include "foods/suggestion_pool.hpp"

using namespace mg;

namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

const FoodDb& curated() {
    static const FoodDb db = [] {
        FoodDb d;
        std::vector<Diagnostic> errors;
        const std::string path = std::string(MGCALC_SOURCE_FOODS) + "/curated.yaml";
        d.add(parse_food_file(path, slurp(path), errors), errors);
        d.finish(errors);
        REQUIRE(errors.empty());
        return d;
    }();
    return db;
}

const SuggestionPool& shipped() {
    static const SuggestionPool pool = [] {
        const std::string path = std::string(MGCALC_SOURCE_FOODS) + "/source/suggestions.yaml";
        return parse_suggestion_pool(path, slurp(path));
    }();
    return pool;
}

bool any_tag(const Food& f, std::initializer_list<const char*> tags) {
    for (const char* t : tags)
        if (std::find(f.tags.begin(), f.tags.end(), t) != f.tags.end()) return true;
    return false;
}

bool name_has(const Food& f, std::initializer_list<const char*> words) {
    const std::string n = f.name;
    for (const char* w : words)
        if (n.find(w) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("the shipped pool resolves against the shipped foods", "[pool]") {
    const auto problems = check_suggestion_pool(shipped(), curated());
    for (const auto& d : problems) INFO(format_diagnostic(d));
    CHECK(problems.empty());
    CHECK(shipped().servings.size() >= 60);
    CHECK(shipped().swaps.size() >= 8);
}

TEST_CASE("every suggestable food has a sane reviewed serving in an allowed category", "[pool]") {
    for (const auto& s : shipped().servings) {
        const Food* f = curated().find(s.food_id);
        REQUIRE(f != nullptr);
        INFO(f->id << " serving " << s.serving);
        const RaccCategory* c = shipped().category(s.category);
        REQUIRE(c != nullptr);
        const double grams =
            static_cast<double>(resolve_amount(parse_amount(s.serving), *f).food_mg) / 1000.0;
        CHECK(grams <= (c->liquid ? kMaxDrinkMl : kMaxServingGrams));
        CHECK(grams > 0);
        // Never: alcohol, caffeinated drinks, herbs and spices, sweets and syrups, raw
        // ingredients, whole packages.
        CHECK_FALSE(any_tag(*f, {"alcohol"}));
        if (any_tag(*f, {"caffeine"}) || f->group == "cocoa-chocolate") CHECK(s.swap_only);
        CHECK(f->group != "herbs-spices");
        CHECK_FALSE(name_has(*f, {"syrup", "Syrup", "candy", "Candies", "chips", "uncooked",
                                  "flour", "Flour", "Cornmeal", "Baking"}));
        CHECK_FALSE(f->name.ends_with(", dry"));
        CHECK(s.serving.find("package") == std::string::npos);
        // Brans and wheat germ only by the spoonful.
        if (name_has(*f, {"bran", "Bran", "germ"}) && !name_has(*f, {"cereal", "flakes", "Flakes"}))
            CHECK(s.serving.find("tbsp") != std::string::npos);
    }
}

TEST_CASE("whole beans and all fish and shellfish say how to serve them under 4", "[pool]") {
    // Chunks of meat are choking hazards under 4 (reference §9b); whole firm beans our cautious
    // choice, said so in the note;
    // lentils, split peas and baked beans cook soft.
    for (const auto& s : shipped().servings) {
        INFO(s.food_id);
        const bool soft =
            s.food_id == "lentils" || s.food_id == "split-peas" || s.food_id == "baked-beans";
        if (s.category == "fish-shellfish" ||
            ((s.category == "beans" || s.category == "beans-canned") && !soft))
            CHECK_FALSE(s.under_4_note.empty());
    }
}

TEST_CASE("no serving for a child under 4 weighs more than the CFR's amount for them", "[pool]") {
    // Reference §9a, foods made for children under 4: fruits 125 g, vegetables 70 g, prepared
    // cereal 110 g. A cup of guava, pineapple or strawberries (152-165 g) was offered whole.
    Eligibility toddler;
    toddler.under_4 = true;
    int fruit = 0;
    for (const auto& s : shipped().servings) {
        const RaccCategory* c = shipped().category(s.category);
        const Food* f = curated().find(s.food_id);
        // Hand-set toddler amounts too: oatmeal's "1/2 cup" (117 g) passed a 110 g cap.
        if (!c || !c->toddler_g || !f) continue;
        INFO(s.food_id << " " << s.serving);
        const auto sg = pool_serving(*f, s, shipped(), toddler);
        REQUIRE(sg);
        CHECK(sg->food_mg <= static_cast<std::int64_t>(*c->toddler_g * 1000));
        fruit += s.category == "fruit";
    }
    CHECK(fruit >= 10);
}

TEST_CASE("an under-4 note states no hazard the AAP list does not name, unless it says so",
          "[pool]") {
    // Reference §9b lists nuts and seeds, popcorn, peanut butter, whole grapes, raw
    // vegetables, hard or sticky candy, chunks of meat or cheese. A note naming a hazard for
    // another food (dried fruit, cherries, fish) must say that it is our cautious choice.
    for (const auto& s : shipped().servings) {
        if (s.under_4_note.empty()) continue;
        INFO(s.food_id << ": " << s.under_4_note);
        const bool ours = s.under_4_note.find("our cautious choice") != std::string::npos;
        const bool listed = s.under_4_note.find("AAP list of choking hazards") != std::string::npos;
        CHECK((ours || listed));
    }
}

TEST_CASE("the under-4 notes say alike whether the AAP list names the food", "[pool]") {
    // Reference §9b lists chunks of meat (poultry) among choking hazards under 4; whole firm
    // beans, peas, kernels and shellfish it does not name: those notes say it is our choice.
    const std::string beans =
        "mashed or halved (our cautious choice: whole firm beans, peas and kernels are not on "
        "the AAP list, but are hard for a young child to chew)";
    const std::string listed = "on the AAP list of choking hazards under 4)";
    const std::string ours = "(our cautious choice: ";
    const std::set<std::string> shellfish = {"crab", "oysters", "shrimp", "mussels", "scallops"};
    int seen = 0;
    for (const auto& s : shipped().servings) {
        INFO(s.food_id);
        if (s.food_id == "edamame" || s.food_id == "green-peas" || s.food_id == "soybeans") {
            CHECK(s.under_4_note == beans);
            ++seen;
        } else if (s.category == "poultry") {
            CHECK(s.under_4_note.ends_with(listed));
            CHECK(s.under_4_note.find(ours) == std::string::npos);
            ++seen;
        } else if (shellfish.count(s.food_id)) {
            CHECK(s.under_4_note.find(ours) != std::string::npos);
            ++seen;
        }
    }
    CHECK(seen >= 10);
}

TEST_CASE("only pool foods, eligible for the person, are ever suggested", "[pool]") {
    const Date today = Date::from_ymd(2026, 3, 4);
    std::vector<Profile> people;
    for (int age : {1, 2, 3, 6, 10, 16, 17, 30, 54, 75}) {
        Profile p;
        p.name = "p";
        p.age_years = age;
        people.push_back(p);
    }
    people[6].pregnant = true;
    people[6].conditions = {"alcohol-dependence"};
    people[7].conditions = {"coeliac-disease"};
    people[8].exclude = {"meat", "fish", "shellfish", "dairy", "egg"};
    for (const auto& p : people) {
        const Eligibility e = eligibility_for(p, today);
        for (int gap : {8, 21, 60, 140, 221, 350}) {
            const Suggestions s =
                suggest_foods(curated(), shipped(), e, Magnesium::from_mg(gap), {});
            CHECK_FALSE(s.plan.empty());
            for (const auto* v : {&s.more, &s.swaps, &s.alone, &s.plan})
                for (const auto& x : *v) {
                    INFO("age " << *p.age_years << " gap " << gap << " " << x.food_id << " "
                                << x.amount);
                    const PoolServing* ps = shipped().serving_for(x.food_id);
                    REQUIRE(ps != nullptr);
                    CHECK_FALSE(ps->swap_only);
                    CHECK(e.excluded_by(*curated().find(x.food_id)) == nullptr);
                    CHECK(static_cast<double>(x.food_mg) <= 2 * kMaxServingGrams * 1000);
                }
        }
    }
}
