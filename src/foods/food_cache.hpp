#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mg {

/// The cache layout. Bump it whenever the layout changes or validation accepts less than
/// before (2: duplicate keys became errors; 3: energy and mg_basis; 4: a head with file
/// stamps and a FoodTable with indexes and per-food checksums; 5: the search vocabulary in two
/// more orders; 6: the FoodTable's records first), so that no cache of the old
/// rules is trusted.
inline constexpr std::uint64_t kFoodCacheFormat = 6;

/// What a cached food table was built from: every source file's path, size and content
/// hash, in load order, and the mgcalc that validated them. Any change to any byte of any
/// file, another mgcalc version or another cache format gives a different key.
///
/// Each file also records the stamp (modification and change times, inode) it had when it
/// was hashed, so that the loader can take the hash from the cache instead of re-reading an
/// unchanged file (docs/performance.md, "the cache key"); the stamps are not part of
/// equality.
struct FoodCacheKey {
    struct File {
        std::string path;
        std::uint64_t size = 0;
        std::uint64_t hash = 0;
        std::int64_t mtime_ns = 0;
        std::int64_t ctime_ns = 0;
        std::uint64_t inode = 0;
    };
    std::vector<File> files;
    std::string program = MGCALC_VERSION;  ///< the validating mgcalc's version
    std::uint64_t format = kFoodCacheFormat;
    /// Same program, format, and files' paths, sizes and hashes (stamps aside).
    bool operator==(const FoodCacheKey&) const;
};

/// A fast 64-bit hash of file contents (not cryptographic; detects edits, not attacks).
std::uint64_t content_hash(std::string_view bytes);

/// A cache file: a head (its key, with its own checksum) followed by the bytes of a
/// FoodTable (which checks itself as it is read).
std::string encode_food_cache(const FoodCacheKey& key, std::string_view table);
/// The head alone: encode_food_cache(key, table) is food_cache_head(key) + table, so that a
/// writer can write the two without copying the table.
std::string food_cache_head(const FoodCacheKey& key);

/// An opened cache file: the key it was built for and its table's bytes (not yet checked).
struct OpenedFoodCache {
    FoodCacheKey key;
    std::string_view table;
};

/// The key and table of `bytes` when its head is intact and of this cache format; nullopt
/// for a foreign, truncated or corrupt head. Reads only the head: never throws and never reads
/// out of bounds.
std::optional<OpenedFoodCache> open_food_cache(std::string_view bytes);

}  // namespace mg
