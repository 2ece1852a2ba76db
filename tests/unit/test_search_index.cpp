// The word postings of the food tables (issue #18) only narrow which foods `search` scores:
// on the shipped foods, for typed queries, typos, prefixes, plurals and fillers, `search`
// gives exactly what scoring every food gives, in the same order.
#include <catch2/catch.hpp>

#include "shipped_foods.hpp"

using namespace mg;

namespace {

using test::shipped_foods;

// Queries made from the foods themselves: a word, its prefix, a typo of it, two words.
std::vector<std::string> generated(const FoodDb& db) {
    std::vector<std::string> out;
    const auto all = db.all();
    for (size_t i = 0; i < all.size(); i += 331) {
        const std::string& name = all[i]->name;
        const std::string first = name.substr(0, name.find_first_of(" ,("));
        if (first.size() < 3) continue;
        out.push_back(first);
        out.push_back(first.substr(0, 3));
        std::string typo = first;
        std::swap(typo[1], typo[2]);
        out.push_back(typo);
        out.push_back(typo + "s");
        out.push_back("q" + first.substr(1));                   // a typo of the first letter
        if (first.size() >= 6) out.push_back(first.substr(1));  // the head of a compound
        out.push_back(name.substr(0, std::min<size_t>(name.size(), 24)));
    }
    return out;
}

}  // namespace

TEST_CASE("search scores only the foods its postings name, with the same result",
          "[food-search][search-index]") {
    const FoodDb& db = shipped_foods();
    std::vector<std::string> queries = {"pizza",
                                        "pumpkin seeds",
                                        "pumkin seeds",
                                        "pumpkn sedes",
                                        "almonds",
                                        "mac and cheese",
                                        "rice with beans",
                                        "berries",
                                        "tomatoes",
                                        "spinnach",
                                        "chiken noodle soup",
                                        "NFS",
                                        "ns as to",
                                        "a",
                                        "1%",
                                        "milk, 2%",
                                        "yogurt greek",
                                        "quinoa",
                                        "kale raw",
                                        "tofu",
                                        "xyzzy",
                                        "br",
                                        "b",
                                        "oatmeal",
                                        "dark chocolate",
                                        "beans",
                                        "sweet potatoes",
                                        "peanut butter",
                                        "salmon",
                                        "avacado",
                                        "vanana",
                                        "burger",
                                        "xalmon",
                                        "berry",
                                        "bread",
                                        "kraut",
                                        "nut",
                                        "jalapeño",
                                        "jalapeno",
                                        "crème",
                                        "creme brulee",
                                        "açaí",
                                        "eggs",
                                        "oz"};
    for (auto& q : generated(db)) queries.push_back(q);
    for (const auto& q : queries) {
        INFO(q);
        const auto fast = db.search(q, 100000);
        const auto every = db.search_every_food(q, 100000);
        REQUIRE(fast.size() == every.size());
        for (size_t i = 0; i < fast.size(); ++i) {
            CHECK(fast[i].food == every[i].food);
            CHECK(fast[i].score == every[i].score);
            CHECK(fast[i].match == every[i].match);
        }
    }
}
