#include "foods/food_loader.hpp"

#include <fmt/format.h>

#include <functional>
#include <iterator>
#include <optional>
#include <vector>

#include "core/diagnostic.hpp"
#include "foods/food_cache.hpp"
#include "foods/food_file.hpp"
#include "store/fs.hpp"

namespace mg {
namespace {

// One tier of the food database: its files, their texts, and the cache key they make.
struct Tier {
    std::vector<std::string> paths;
    std::vector<bool> custom;
    std::vector<std::string> texts;
    FoodCacheKey key;
};

// The everyday tier (bundled, then the user's own), the as-eaten tier (usda-fndds*.yaml) and
// the ingredient table (the other usda-*.yaml).
struct Tiers {
    Tier core, as_eaten, table;
};

// The lazy tiers: their files, the id prefix their foods must have, their cache name.
struct LazySpec {
    const char* cache_name;
    const char* id_prefix;
    void (FoodDb::*set)(std::vector<Food>);
    void (FoodDb::*set_loader)(std::function<std::vector<Food>()>);
};
constexpr LazySpec kAsEaten{"fndds", "fndds-", &FoodDb::set_as_eaten, &FoodDb::set_as_eaten_loader};
constexpr LazySpec kTable{"table", "usda-", &FoodDb::set_table, &FoodDb::set_table_loader};

Tiers tiers_of(const FoodSources& s) {
    const std::vector<std::string> files = store::is_directory(s.foods_path)
                                               ? store::list_yaml(s.foods_path)
                                               : std::vector<std::string>{s.foods_path};
    if (files.empty())
        throw InputError::plain(fmt::format("no food files (*.yaml) in {}", s.foods_path));
    Tiers t;
    for (const auto& f : files) {
        const std::string stem = store::stem_of(f);
        Tier& tier = stem.rfind("usda-fndds", 0) == 0 ? t.as_eaten
                     : stem.rfind("usda-", 0) == 0    ? t.table
                                                      : t.core;
        tier.paths.push_back(f);
        tier.custom.push_back(false);
    }
    for (const auto& f : store::list_yaml(s.custom_dir)) {
        t.core.paths.push_back(f);
        t.core.custom.push_back(true);
    }
    return t;
}

void read_tier(Tier& t) {
    for (const auto& p : t.paths) {
        t.texts.push_back(store::read_required(p, "food file"));
        t.key.files.push_back({p, t.texts.back().size(), content_hash(t.texts.back())});
    }
}

// The cache file of a tier: one per set of paths, so that databases do not evict each other.
std::string cache_path(const std::string& cache_dir, const char* tier, const Tier& t) {
    if (cache_dir.empty()) return {};
    std::string paths;
    for (const auto& p : t.paths) paths += p + '\n';
    return fmt::format("{}/foods-{}-{:016x}.bin", cache_dir, tier, content_hash(paths));
}

std::optional<std::vector<Food>> from_cache(const std::string& path, const FoodCacheKey& key) {
    if (path.empty()) return std::nullopt;
    try {
        if (auto bytes = store::read_file(path)) return decode_food_cache(*bytes, key);
    } catch (const std::exception&) {
        // An unreadable cache is no cache.
    }
    return std::nullopt;
}

bool cache_matches(const std::string& path, const FoodCacheKey& key) {
    if (path.empty()) return false;
    try {
        if (auto bytes = store::read_file(path)) return food_cache_matches(*bytes, key);
    } catch (const std::exception&) {
        // An unreadable cache is no cache.
    }
    return false;
}

void to_cache(const std::string& dir, const std::string& path, const FoodCacheKey& key,
              const std::vector<Food>& foods) {
    if (path.empty()) return;
    try {
        store::make_dirs(dir);
        store::write_atomic(path, encode_food_cache(key, foods));
    } catch (const std::exception&) {
        // A read-only or full cache directory only costs speed.
    }
}

std::vector<Food> parse_tier(const Tier& t, std::vector<Diagnostic>& errors) {
    std::vector<Food> out;
    for (size_t i = 0; i < t.texts.size(); ++i) {
        std::vector<Food> foods = parse_food_file(t.paths[i], t.texts[i], errors);
        for (auto& f : foods) {
            f.custom = t.custom[i];
            f.curated = !t.custom[i] && f.tier() == FoodTier::everyday;
        }
        out.insert(out.end(), std::make_move_iterator(foods.begin()),
                   std::make_move_iterator(foods.end()));
    }
    return out;
}

// A lazy tier: decoded lazily from a matching cache (validated when it was written), or
// parsed and validated now and cached when the whole database has no error so far.
void load_lazy(FoodDb& db, const LazySpec& spec, const Tier& table, const std::string& cache_dir,
               std::vector<Diagnostic>& errors) {
    const std::string cache = cache_path(cache_dir, spec.cache_name, table);
    if (cache_matches(cache, table.key)) {
        (db.*spec.set_loader)([cache, key = table.key] {
            auto foods = from_cache(cache, key);
            if (!foods)
                throw SystemError(
                    "the food cache changed while mgcalc was running; run the command again");
            return std::move(*foods);
        });
        return;
    }
    std::vector<Food> foods = parse_tier(table, errors);
    for (const auto& f : foods)
        if (f.id.rfind(spec.id_prefix, 0) != 0)
            errors.push_back(Diagnostic{
                .file = f.file,
                .line = f.line,
                .column = 0,
                .message = fmt::format("food '{}' in this table file must have a {} id", f.id,
                                       spec.id_prefix),
                .source_line = {},
                .hint = "usda-fndds*.yaml holds fndds- ids, the other usda-*.yaml usda- ids"});
    if (errors.empty()) to_cache(cache_dir, cache, table.key, foods);
    (db.*spec.set)(std::move(foods));
}

[[noreturn]] void refuse(std::vector<Diagnostic> errors) {
    if (errors.size() > 50) {
        const size_t n = errors.size();
        errors.resize(50);
        errors.push_back(Diagnostic{.file = {},
                                    .line = 0,
                                    .column = 0,
                                    .message = fmt::format("... and {} more problems", n - 50),
                                    .source_line = {},
                                    .hint = {}});
    }
    errors.push_back(
        Diagnostic{.file = {},
                   .line = 0,
                   .column = 0,
                   .message = "the food database has errors; mgcalc will not run on it",
                   .source_line = {},
                   .hint = "fix the files above (nothing was skipped silently)"});
    throw InputError(errors);
}

}  // namespace

FoodDb load_food_db(const FoodSources& sources) {
    auto [core, as_eaten, table] = tiers_of(sources);
    read_tier(core);
    read_tier(as_eaten);
    read_tier(table);
    const std::string core_cache = cache_path(sources.cache_dir, "core", core);
    FoodDb db;
    std::vector<Diagnostic> errors;
    auto cached_core = from_cache(core_cache, core.key);
    const bool core_from_cache = cached_core.has_value();
    std::vector<Food> core_foods =
        core_from_cache ? std::move(*cached_core) : parse_tier(core, errors);
    // The cache holds foods as parsed, before FoodDb::add and finish change them.
    std::vector<Food> core_copy;
    if (!core_from_cache) core_copy = core_foods;
    db.add(std::move(core_foods), errors);
    load_lazy(db, kAsEaten, as_eaten, sources.cache_dir, errors);
    load_lazy(db, kTable, table, sources.cache_dir, errors);
    db.finish(errors);
    if (!errors.empty()) refuse(std::move(errors));
    if (!core_from_cache) to_cache(sources.cache_dir, core_cache, core.key, core_copy);
    return db;
}

}  // namespace mg
