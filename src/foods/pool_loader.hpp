#pragma once
#include <optional>
#include <string>

#include "foods/suggestion_pool.hpp"

namespace mg {

/// The cache layout of the suggestion pool; bump it when the layout or the pool's validation
/// rules change.
inline constexpr std::uint64_t kPoolCacheFormat = 1;

/// Serialises a parsed pool, keyed by the pool file's bytes and this mgcalc's version.
std::string encode_pool_cache(std::string_view pool_text, const SuggestionPool& pool);

/// The pool, when `bytes` is an intact cache (magic, checksum) built by this mgcalc from
/// exactly `pool_text`; nullopt otherwise. Never throws, never reads out of bounds.
std::optional<SuggestionPool> decode_pool_cache(std::string_view bytes, std::string_view pool_text);

/// Reads the reviewed suggestion pool at `path`: nullopt when the file does not exist.
/// yaml-cpp's reading (parse_suggestion_pool) is the definition; a cache in `cache_dir`
/// (empty: none), keyed by the file's content hash, the program's version and the cache
/// format, only spares that parse. A stale, corrupt or unwritable cache only costs speed.
/// Throws InputError (every problem, located) for a broken pool file.
std::optional<SuggestionPool> load_suggestion_pool(const std::string& path,
                                                   const std::string& cache_dir);

}  // namespace mg
