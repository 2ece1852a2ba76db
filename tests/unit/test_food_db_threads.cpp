// Threads share one FoodDb (the web server does, issue #17): its tiers load and its foods
// decode on first use, under locks, so that concurrent searches and lookups on a database
// nothing has touched yet give exactly the answers one thread gets.
#include <catch2/catch.hpp>
#include <thread>

#include "foods/food_db.hpp"
#include "foods/food_loader.hpp"

using namespace mg;

namespace {

FoodDb shipped() {
    return load_food_db({.foods_path = MGCALC_SOURCE_FOODS, .custom_dir = {}, .cache_dir = {}});
}

// Every answer `db` gives to the queries, as text.
std::vector<std::string> answers(const FoodDb& db, size_t rotate) {
    const std::vector<std::string> queries{
        "pumpkin seeds", "spinach",    "pizza",          "milk",       "beans black",
        "almnd",         "usda-12014", "fndds-11100000", "usda:11458", "Spinach, raw"};
    std::vector<std::string> out(queries.size());
    for (size_t k = 0; k < queries.size(); ++k) {
        const size_t i = (k + rotate) % queries.size();  // threads start on different tiers
        std::string& a = out[i];
        for (const auto& h : db.search(queries[i], 10)) a += h.food->id + ":" + h.food->name + ";";
        if (const Food* f = db.find(queries[i])) a += "=" + f->id + std::to_string(f->ug_per_100g);
    }
    return out;
}

}  // namespace

TEST_CASE("threads sharing a fresh FoodDb get the answers one thread gets", "[food-db][threads]") {
    const std::vector<std::string> expected = answers(shipped(), 0);
    const FoodDb shared = shipped();
    constexpr size_t kThreads = 8;
    std::vector<std::vector<std::string>> got(kThreads);
    std::vector<std::thread> threads;
    for (size_t t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] { got[t] = answers(shared, t); });
    for (auto& t : threads) t.join();
    for (size_t t = 0; t < kThreads; ++t) {
        INFO("thread " << t);
        CHECK(got[t] == expected);
    }
}
