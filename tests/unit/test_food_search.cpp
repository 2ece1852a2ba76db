// The one ranking (issue #15) on the shipped foods: what a person types, and the food that
// must come first. Curated everyday foods, then USDA FNDDS foods as eaten, then SR28
// ingredients; exact and whole-word matches before partial ones.
#include <catch2/catch.hpp>

#include "shipped_foods.hpp"

using namespace mg;

namespace {

using test::shipped_foods;

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
    // Unqualified words USDA codes to its "NFS" food (foods/source/fndds-words.yaml).
    {"soda", "fndds-92400000"},       // Soft drink, NFS; not "Whiskey and soda"
    {"diet soda", "fndds-92400100"},  // Soft drink, NFS, diet; not diet cream soda
    {"sweet tea", "fndds-92308000"},  // brewed iced tea with sugar; not unsweetened bottled
    {"omelet", "fndds-32129990"},     // egg omelet; not an egg-white omelet
    {"salad", "fndds-75143000"},      // lettuce salad, NFS; not salad dressing
    {"toast", "fndds-51000110"},      // Bread, NS as to major flour, toasted; not French toast
    {"fries", "fndds-71400990"},      // Potato, french fries, NFS; not fry sauce
    {"burger", "fndds-27510521"},     // Hamburger, NFS; not a restaurant's name
    // The kind of food comes last in English, first in USDA's names.
    {"cheese pizza", "fndds-58106210"},  // a pizza, not mozzarella ("pizza cheese")
    {"pizza cheese", "fndds-14107010"},  // Cheese, Mozzarella, NFS
    // Side foods rank last unless the query names their kind.
    {"whiskey and soda", "fndds-93301170"},
    {"fry sauce", "fndds-81308100"},
    {"salad dressing", "fndds-83200100"},
    {"root beer", "fndds-92410710"},   // a soft drink
    {"ginger ale", "fndds-92410610"},  // a soft drink, not whiskey and ginger ale
    {"cereal", "fndds-57100100"},      // Cereal, ready-to-eat, NFS; not shredded wheat
    {"protein bar", "fndds-53729000"},
    {"ranch", "fndds-83113500"},  // the dressing, not ranch-flavoured chips
};

// The ids of the first `n` results.
std::vector<std::string> first_ids(std::string_view query, size_t n) {
    std::vector<std::string> out;
    for (const auto& h : shipped_foods().search(query, n)) out.push_back(h.food->id);
    return out;
}

}  // namespace

TEST_CASE("everyday queries find what a person means first", "[food-search]") {
    STATIC_REQUIRE(std::size(kEveryday) >= 40);
    for (const auto& c : kEveryday) {
        INFO("query: " << c.query);
        const auto hits = shipped_foods().search(c.query, 5);
        REQUIRE_FALSE(hits.empty());
        CHECK(hits.front().food->id == c.first);
    }
}

TEST_CASE("log add picks the same food as search, and never an SR28 ingredient by guess",
          "[food-search]") {
    const Choice pizza = shipped_foods().choose("pizza", false);
    CHECK(pizza.guessed);
    CHECK(pizza.food->id == "fndds-58106210");
    CHECK_FALSE(pizza.others.empty());
    CHECK_FALSE(shipped_foods().choose("almonds", false).guessed);  // an exact alias
    CHECK_THROWS_AS(shipped_foods().choose("pizza", true), InputError);
    // Only SR28 has this one: a guess would be an ingredient, so it is refused.
    CHECK_THROWS_AS(shipped_foods().choose("rice bran crude", false), InputError);
    // Foods USDA uses only inside recipes are not offered by name.
    for (const auto& h : shipped_foods().search("spinach cooked as ingredient", 20))
        CHECK(h.food->group != "not-included-in-a-food-category");
}

TEST_CASE("drinks with alcohol, sauces and formula rank after the foods a query names",
          "[food-search]") {
    for (const auto& h : shipped_foods().search("soda", 5)) {
        INFO(h.food->name);
        CHECK(h.food->group != "liquor-and-cocktails");
    }
    for (const auto& h : shipped_foods().search("salad", 5)) {
        INFO(h.food->name);
        CHECK(h.food->group != "salad-dressings-and-vegetable-oils");
    }
    // Named, they are found: the penalty orders, it does not hide.
    const auto beer = first_ids("beer", 3);
    CHECK(std::find(beer.begin(), beer.end(), "fndds-93101000") != beer.end());
    const auto vodka = first_ids("vodka soda", 1);
    REQUIRE_FALSE(vodka.empty());
    CHECK(vodka.front() == "fndds-93301211");
}

TEST_CASE("a restaurant's name in parentheses is not the food's name", "[food-search]") {
    // "Cheeseburger (Burger King)" holds "burger" only in the restaurant's name: a partial
    // match, so it is never taken for "burger" by guess.
    for (const auto& h : shipped_foods().search("burger", 50)) {
        if (h.food->name.find("(Burger King)") == std::string::npos) continue;
        INFO(h.food->name);
        CHECK(h.match == MatchKind::partial);
    }
    // Lower-case qualifiers in parentheses stay part of the name: "(skim)", "(2%)".
    const auto skim = shipped_foods().search("milk skim", 5);
    REQUIRE_FALSE(skim.empty());
    CHECK(skim.front().match >= MatchKind::words);
}

TEST_CASE("a guess is never a side food the words do not ask for, nor another kind of food",
          "[food-search]") {
    // "ginger beer" names no alcohol: the Moscow mule is offered, never taken.
    CHECK_THROWS_AS(shipped_foods().choose("ginger beer", false), InputError);
    CHECK_THROWS_AS(shipped_foods().choose("formula milk", false), InputError);
    // Named, it is taken.
    CHECK(shipped_foods().choose("whiskey and soda", false).food->id == "fndds-93301170");
    // "coffee with cream" must be a coffee: no FNDDS food is, so nothing is guessed.
    CHECK_THROWS_AS(shipped_foods().choose("coffee with cream", false), InputError);
    CHECK(shipped_foods().choose("pasta with sauce", false).food->id == "fndds-58146210");
    CHECK(shipped_foods().choose("curry", false).food->group != "herbs-spices");
}
