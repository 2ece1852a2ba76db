#include <catch2/catch.hpp>

#include "foods/food_cache.hpp"
#include "foods/food_file.hpp"

using namespace mg;

namespace {
std::vector<Food> sample() {
    Food a;
    a.id = "spinach";
    a.name = "Spinach, boiled";
    a.group = "leafy-greens";
    a.ug_per_100g = 87000;
    a.source = "usda-sr28:11458";
    a.portions = {{"1 cup", 1, "cup", 180000}, {"0.5 cup", 0.5, "cup", 90000}};
    a.serving = "1 cup";
    a.aliases = {"cooked spinach"};
    a.curated = true;
    Food r;
    r.id = "soup";
    r.name = "Soup";
    r.group = "recipes";
    r.source = "recipe";
    r.serves = 4;
    r.ingredients = {{"spinach", "2 cups", 0}};
    r.custom = true;
    return {a, r};
}
FoodCacheKey key(std::uint64_t hash = 42) {
    return FoodCacheKey{{{"foods/a.yaml", 100, hash}}};
}
}  // namespace

TEST_CASE("a cache round-trips every field", "[food-cache]") {
    const auto foods = sample();
    const auto back = decode_food_cache(encode_food_cache(key(), foods), key());
    REQUIRE(back.has_value());
    REQUIRE(back->size() == 2);
    for (size_t i = 0; i < foods.size(); ++i)
        CHECK(food_to_line((*back)[i]) == food_to_line(foods[i]));
    CHECK((*back)[0].curated);
    CHECK((*back)[1].custom);
    CHECK((*back)[1].ingredients[0].amount == "2 cups");
    CHECK((*back)[0].portions[1].amount == 0.5);
}

TEST_CASE("a stale, foreign, truncated or corrupt cache is never trusted", "[food-cache]") {
    const std::string bytes = encode_food_cache(key(), sample());
    CHECK_FALSE(decode_food_cache(bytes, key(43)).has_value());  // a file changed
    CHECK_FALSE(decode_food_cache(bytes, FoodCacheKey{}).has_value());
    CHECK_FALSE(decode_food_cache("not a cache", key()).has_value());
    CHECK_FALSE(decode_food_cache("", key()).has_value());
    for (size_t n = 0; n < bytes.size(); ++n)
        CHECK_FALSE(decode_food_cache(bytes.substr(0, n), key()).has_value());
    for (size_t i = 0; i < bytes.size(); i += 7) {
        std::string flipped = bytes;
        flipped[i] = static_cast<char>(flipped[i] ^ 0x5A);
        CHECK_FALSE(decode_food_cache(flipped, key()).has_value());
    }
    CHECK(food_cache_matches(bytes, key()));
    CHECK_FALSE(food_cache_matches(bytes, key(7)));
}

TEST_CASE("a cache written by another mgcalc version or cache format is never trusted",
          "[food-cache]") {
    const FoodCacheKey current = key();
    CHECK(current.program == MGCALC_VERSION);
    CHECK(current.format == kFoodCacheFormat);
    FoodCacheKey older = current;
    older.program = "0.0.1";  // validated by another mgcalc, whose rules may differ
    FoodCacheKey other_format = current;
    other_format.format = kFoodCacheFormat - 1;
    for (const FoodCacheKey& written : {older, other_format}) {
        const std::string bytes = encode_food_cache(written, sample());
        CHECK(decode_food_cache(bytes, written).has_value());  // intact, so only the key refuses
        CHECK_FALSE(decode_food_cache(bytes, current).has_value());
        CHECK_FALSE(food_cache_matches(bytes, current));
    }
    // A format-1 cache (magic "MGFCACH1", no version in its key) is not even opened.
    std::string v1 = encode_food_cache(current, sample());
    v1[7] = '1';
    CHECK_FALSE(decode_food_cache(v1, current).has_value());
}

TEST_CASE("content hash sees every byte", "[food-cache]") {
    const std::string a(100000, 'x');
    std::string b = a;
    b[54321] = 'y';
    CHECK(content_hash(a) != content_hash(b));
    CHECK(content_hash("abc") != content_hash("abd"));
    CHECK(content_hash("") != content_hash(std::string(1, '\0')));
}
