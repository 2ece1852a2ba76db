// The suggestion pool's derived cache: it round-trips every field of the shipped pool, and
// is never trusted for other bytes, another layout or a damaged file.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "foods/pool_loader.hpp"

using namespace mg;

namespace {

std::string shipped_text() {
    std::ifstream in(std::string(MGCALC_SOURCE_FOODS) + "/source/suggestions.yaml");
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("the pool cache round-trips every field of the shipped pool", "[pool-cache]") {
    const std::string text = shipped_text();
    const SuggestionPool pool = parse_suggestion_pool("suggestions.yaml", text);
    const auto back = decode_pool_cache(encode_pool_cache(text, pool), text);
    REQUIRE(back.has_value());
    CHECK(back->path == pool.path);
    REQUIRE(back->categories.size() == pool.categories.size());
    for (size_t i = 0; i < pool.categories.size(); ++i) {
        const auto &a = pool.categories[i], &b = back->categories[i];
        CHECK(std::tie(a.id, a.racc, a.adult_g, a.toddler_g, a.liquid, a.status) ==
              std::tie(b.id, b.racc, b.adult_g, b.toddler_g, b.liquid, b.status));
    }
    REQUIRE(back->servings.size() == pool.servings.size());
    for (size_t i = 0; i < pool.servings.size(); ++i) {
        const auto &a = pool.servings[i], &b = back->servings[i];
        CHECK(std::tie(a.food_id, a.serving, a.category, a.toddler, a.under_4_note, a.swap_only,
                       a.less_common, a.line) == std::tie(b.food_id, b.serving, b.category,
                                                          b.toddler, b.under_4_note, b.swap_only,
                                                          b.less_common, b.line));
    }
    REQUIRE(back->swaps.size() == pool.swaps.size());
    for (size_t i = 0; i < pool.swaps.size(); ++i)
        CHECK(std::tie(pool.swaps[i].from, pool.swaps[i].to, pool.swaps[i].role,
                       pool.swaps[i].line) == std::tie(back->swaps[i].from, back->swaps[i].to,
                                                       back->swaps[i].role, back->swaps[i].line));
}

TEST_CASE("a pool cache is refused for other bytes or when damaged", "[pool-cache]") {
    const std::string text = shipped_text();
    const std::string bytes = encode_pool_cache(text, parse_suggestion_pool("s.yaml", text));
    CHECK_FALSE(decode_pool_cache(bytes, text + " ").has_value());
    CHECK_FALSE(decode_pool_cache(bytes.substr(0, bytes.size() - 1), text).has_value());
    CHECK_FALSE(decode_pool_cache("", text).has_value());
    for (size_t at : {size_t{0}, size_t{9}, size_t{30}, bytes.size() / 2, bytes.size() - 1}) {
        std::string damaged = bytes;
        damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
        CHECK_FALSE(decode_pool_cache(damaged, text).has_value());
    }
}
