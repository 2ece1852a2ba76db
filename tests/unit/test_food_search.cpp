// The one ranking (issue #15) on the shipped foods: what a person types, and the food that
// must come first. Curated everyday foods, then USDA FNDDS foods as eaten, then SR28
// ingredients; exact and whole-word matches before partial ones.
#include <catch2/catch.hpp>

#include "foods/food_db.hpp"
#include "foods/food_loader.hpp"

using namespace mg;

namespace {

const FoodDb& shipped() {
    static const FoodDb db =
        load_food_db({.foods_path = MGCALC_SOURCE_FOODS, .custom_dir = {}, .cache_dir = {}});
    return db;
}

struct Case {
    const char* query;
    const char* first;
};

// Reviewed by hand: each is the food a person most likely means.
const Case kEveryday[] = {
    {"pizza", "fndds-58106210"},       // USDA's "pizza, NS as to source, topping and crust"
    {"lasagna", "fndds-58130011"},     // "lasagna NFS"
    {"smoothie", "fndds-11553100"},    // Fruit smoothie, NFS
    {"black beans", "black-beans"},    // curated alias
    {"chili", "fndds-27111400"},       // Chili, NFS
    {"burrito", "fndds-58102300"},     // Burrito, NFS
    {"fried rice", "fndds-58150310"},  // Rice, fried, NFS
    {"macaroni and cheese", "fndds-58145110"},
    {"taco", "fndds-58102000"},
    {"chicken noodle soup", "fndds-58403040"},
    {"french fries", "fndds-71400990"},
    {"caesar salad", "fndds-72116150"},
    {"apple pie", "fndds-53301000"},
    {"pancakes", "fndds-55100005"},
    {"pumpkin seeds", "pumpkin-seeds"},
    {"seeds pumpkin", "pumpkin-seeds"},  // any word order
    {"almonds", "almonds"},
    {"almond", "almonds"},  // singular
    {"oatmeal", "oatmeal-cooked"},
    {"spinach", "spinach-raw"},
    {"cooked spinach", "spinach-boiled"},
    {"spinnach", "spinach-raw"},  // a typo
    {"banana", "banana"},
    {"bananas", "banana"},
    {"peanut butter", "peanut-butter"},
    {"brown rice", "brown-rice"},
    {"quinoa", "quinoa"},
    {"tofu", "tofu-firm"},
    {"greek yogurt", "greek-yogurt"},
    {"milk", "milk-whole"},
    {"soy milk", "soy-milk"},
    {"dark chocolate", "dark-chocolate-70"},
    {"avocado", "avocado"},
    {"salmon", "salmon-farmed"},
    {"chicken breast", "chicken-breast"},
    {"whole wheat bread", "whole-wheat-bread"},
    {"hummus", "hummus"},
    {"lentils", "lentils"},
    {"edamame", "edamame"},
    {"sweet potato", "sweet-potato-baked"},
    {"broccoli", "broccoli-boiled"},
    {"orange juice", "orange-juice"},
    {"spaghetti", "spaghetti"},
    {"bagel", "bagel"},
    {"cashews", "cashews"},
    {"popcorn", "popcorn"},
};

}  // namespace

TEST_CASE("everyday queries find what a person means first", "[food-search]") {
    STATIC_REQUIRE(std::size(kEveryday) >= 40);
    for (const auto& c : kEveryday) {
        INFO("query: " << c.query);
        const auto hits = shipped().search(c.query, 5);
        REQUIRE_FALSE(hits.empty());
        CHECK(hits.front().food->id == c.first);
    }
}

TEST_CASE("log add picks the same food as search, and never an SR28 ingredient by guess",
          "[food-search]") {
    const Choice pizza = shipped().choose("pizza", false);
    CHECK(pizza.guessed);
    CHECK(pizza.food->id == "fndds-58106210");
    CHECK_FALSE(pizza.others.empty());
    CHECK_FALSE(shipped().choose("almonds", false).guessed);  // an exact alias
    CHECK_THROWS_AS(shipped().choose("pizza", true), InputError);
    // Only SR28 has this one: a guess would be an ingredient, so it is refused.
    CHECK_THROWS_AS(shipped().choose("rice bran crude", false), InputError);
    // Foods USDA uses only inside recipes are not offered by name.
    for (const auto& h : shipped().search("spinach cooked as ingredient", 20))
        CHECK(h.food->group != "not-included-in-a-food-category");
}
