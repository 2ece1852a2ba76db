#include <catch2/catch.hpp>
#include <cstring>

#include "foods/food_cache.hpp"
#include "foods/food_file.hpp"
#include "foods/food_table.hpp"

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
    return FoodCacheKey{.files = {{.path = "foods/a.yaml", .size = 100, .hash = hash}}};
}
// The foods of a cache file when its head is intact and its key is `k` (what the loader
// trusts), else nullopt; a damaged table throws FoodTableDamaged, from whichever part
// (foods, name index, search postings) is damaged.
std::optional<std::vector<Food>> decode(std::string_view bytes, const FoodCacheKey& k) {
    auto opened = open_food_cache(bytes);
    if (!opened || !(opened->key == k)) return std::nullopt;
    const FoodTable t(nullptr, opened->table);
    (void)t.by_name("soup");
    (void)t.with_word({.prefix = "s"}, [](std::string_view) { return true; });
    return t.decode_all();
}
bool trusted(std::string_view bytes, const FoodCacheKey& k) {
    try {
        return decode(bytes, k).has_value();
    } catch (const FoodTableDamaged&) {
        return false;
    }
}
}  // namespace

TEST_CASE("a cache round-trips every field", "[food-cache]") {
    const auto foods = sample();
    const auto back = decode(encode_food_cache(key(), FoodTable::encode(foods)), key());
    REQUIRE(back.has_value());
    REQUIRE(back->size() == 2);
    for (size_t i = 0; i < foods.size(); ++i)
        CHECK(food_to_line((*back)[i]) == food_to_line(foods[i]));
    CHECK((*back)[0].curated);
    CHECK((*back)[1].custom);
    CHECK((*back)[1].ingredients[0].amount == "2 cups");
    CHECK((*back)[0].portions[1].amount == 0.5);
}

TEST_CASE("a cache's key keeps the stamps it was hashed with, outside equality", "[food-cache]") {
    FoodCacheKey k = key();
    k.files[0].mtime_ns = 1'700'000'000'123'456'789;
    k.files[0].ctime_ns = 1'700'000'001'000'000'001;
    k.files[0].inode = 77;
    const auto opened = open_food_cache(encode_food_cache(k, FoodTable::encode(sample())));
    REQUIRE(opened.has_value());
    CHECK(opened->key.files[0].mtime_ns == k.files[0].mtime_ns);
    CHECK(opened->key.files[0].ctime_ns == k.files[0].ctime_ns);
    CHECK(opened->key.files[0].inode == 77);
    CHECK(opened->key == key());          // a new stamp alone does not make another key...
    CHECK_FALSE(opened->key == key(43));  // ...another content hash does
    FoodCacheKey resized = key();
    resized.files[0].size = 101;
    CHECK_FALSE(opened->key == resized);
}

TEST_CASE("a stale, foreign, truncated or corrupt cache is never trusted", "[food-cache]") {
    const std::string bytes = encode_food_cache(key(), FoodTable::encode(sample()));
    CHECK(trusted(bytes, key()));
    CHECK_FALSE(trusted(bytes, key(43)));  // a file changed
    CHECK_FALSE(trusted(bytes, FoodCacheKey{}));
    CHECK_FALSE(trusted("not a cache", key()));
    CHECK_FALSE(trusted("", key()));
    for (size_t n = 0; n < bytes.size(); ++n) CHECK_FALSE(trusted(bytes.substr(0, n), key()));
    for (size_t i = 0; i < bytes.size(); ++i) {
        std::string flipped = bytes;
        flipped[i] = static_cast<char>(flipped[i] ^ 0x5A);
        CHECK_FALSE(trusted(flipped, key()));
    }
}

TEST_CASE("a cache written by another mgcalc version or cache format is never trusted",
          "[food-cache]") {
    const FoodCacheKey current = key();
    CHECK(current.program == MGCALC_VERSION);
    CHECK(current.format == kFoodCacheFormat);
    FoodCacheKey older = current;
    older.program = "0.0.1";  // validated by another mgcalc, whose rules may differ
    const std::string table = FoodTable::encode(sample());
    const std::string bytes = encode_food_cache(older, table);
    CHECK(trusted(bytes, older));  // intact, so only the key refuses
    CHECK_FALSE(trusted(bytes, current));
    FoodCacheKey other_format = current;
    other_format.format = kFoodCacheFormat - 1;
    CHECK_FALSE(open_food_cache(encode_food_cache(other_format, table)).has_value());
    // A format-1 cache (magic "MGFCACH1", no version in its key) is not even opened.
    std::string v1 = encode_food_cache(current, table);
    v1[7] = '1';
    CHECK_FALSE(open_food_cache(v1).has_value());
}

TEST_CASE("a food table decodes only what is asked, each food checked", "[food-cache]") {
    std::vector<Food> foods = sample();
    foods.push_back(foods[0]);
    foods[2].id = "apple";
    foods[2].name = "Apple";
    foods[2].aliases = {"Pomme, raw", "SPINACH-free"};
    const std::string bytes = FoodTable::encode(foods);
    const FoodTable t(nullptr, bytes);
    REQUIRE(t.size() == 3);
    CHECK(t.by_id("apple") == &t.food(2));
    CHECK(t.by_id("soup") == &t.food(1));
    CHECK(t.by_id("pear") == nullptr);
    CHECK(t.by_name("spinach, boiled") == &t.food(0));
    CHECK(t.by_name("Apple") == nullptr);  // names are looked up lower-cased
    auto starting = [&](std::string_view p) {
        return t.with_word({.prefix = p}, [](std::string_view) { return true; });
    };
    CHECK(starting("pomm") == std::vector<std::uint32_t>{2});
    CHECK(starting("spinach") == std::vector<std::uint32_t>{0, 2});  // name and alias
    CHECK(starting("boiled") == std::vector<std::uint32_t>{0});
    CHECK(starting("free") == std::vector<std::uint32_t>{2});
    CHECK(starting("kiwi").empty());

    // A damaged food is refused when it is decoded, or replaced by `reload`'s bytes.
    std::string damaged = bytes;
    std::uint64_t records = 0;  // the table starts with the records' size
    std::memcpy(&records, bytes.data(), 8);
    damaged[8 + records - 3] ^= 0x11;  // in the last food's record
    const FoodTable bad(nullptr, damaged);
    CHECK(bad.by_id("soup") != nullptr);  // another food's record is intact
    CHECK_THROWS_AS(bad.food(2), FoodTableDamaged);
    int reloads = 0;
    const FoodTable healed(nullptr, damaged, [&] {
        ++reloads;
        return bytes;
    });
    const Food* soup = healed.by_id("soup");
    CHECK(healed.food(2).name == "Apple");
    CHECK(reloads == 1);
    CHECK(soup->name == "Soup");  // handed out before the reload, still valid

    // Bytes after the last section (a torn or appended file) are refused, not ignored.
    const std::string with_junk = bytes + "x";  // the table views it: it must outlive it
    const FoodTable longer(nullptr, with_junk);
    CHECK_THROWS_AS(longer.by_id("soup"), FoodTableDamaged);
}

TEST_CASE("content hash sees every byte", "[food-cache]") {
    const std::string a(100000, 'x');
    std::string b = a;
    b[54321] = 'y';
    CHECK(content_hash(a) != content_hash(b));
    CHECK(content_hash("abc") != content_hash("abd"));
    CHECK(content_hash("") != content_hash(std::string(1, '\0')));
}
