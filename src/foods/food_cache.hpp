#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "foods/food.hpp"

namespace mg {

/// The cache layout. Bump it whenever the layout changes or validation accepts less than
/// before (2: duplicate keys became errors; 3: energy and mg_basis), so that no cache of the
/// old rules is trusted.
inline constexpr std::uint64_t kFoodCacheFormat = 3;

/// What a cached food database was built from: every source file's path, size and content
/// hash, in load order, and the mgcalc that validated them. Any change to any byte of any
/// file, another mgcalc version or another cache format gives a different key.
struct FoodCacheKey {
    struct File {
        std::string path;
        std::uint64_t size = 0;
        std::uint64_t hash = 0;
    };
    std::vector<File> files;
    std::string program = MGCALC_VERSION;  ///< the validating mgcalc's version
    std::uint64_t format = kFoodCacheFormat;
    bool operator==(const FoodCacheKey&) const;
};

/// A fast 64-bit hash of file contents (not cryptographic; detects edits, not attacks).
std::uint64_t content_hash(std::string_view bytes);

/// Serialises validated foods (as parsed, before FoodDb::finish) with their key.
std::string encode_food_cache(const FoodCacheKey& key, const std::vector<Food>& foods);

/// Whether `bytes` is an intact cache built for exactly `key` (checks the header, the
/// payload checksum and the key, without decoding the foods).
bool food_cache_matches(std::string_view bytes, const FoodCacheKey& key);

/// The foods, when `bytes` is an intact cache built for exactly `key`; nullopt for a stale,
/// foreign, truncated or corrupt cache (which the caller rebuilds, never trusts). Never
/// throws and never reads out of bounds.
std::optional<std::vector<Food>> decode_food_cache(std::string_view bytes, const FoodCacheKey& key);

}  // namespace mg
