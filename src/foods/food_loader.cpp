#include "foods/food_loader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <future>
#include <iterator>
#include <memory>
#include <optional>
#include <vector>

#include "core/diagnostic.hpp"
#include "foods/food_cache.hpp"
#include "foods/food_file.hpp"
#include "foods/food_table.hpp"
#include "store/file_stamp.hpp"
#include "store/fs.hpp"

namespace mg {
namespace {

// One tier of the food database: its files, and their texts once read.
struct Tier {
    const char* cache_name = "";
    std::vector<std::string> paths = {};
    std::vector<bool> custom = {};
    std::vector<std::optional<std::string>> texts = {};
};

// The everyday tier (bundled, then the user's own), the as-eaten tier (usda-fndds*.yaml) and
// the ingredient table (the other usda-*.yaml).
struct Tiers {
    Tier core{.cache_name = "core"}, as_eaten{.cache_name = "fndds"}, table{.cache_name = "table"};
};

// The lazy tiers: the id prefix their foods must have, and where they go.
struct LazySpec {
    const char* id_prefix;
    void (FoodDb::*set)(FoodTable);
};
constexpr LazySpec kAsEaten{"fndds-", &FoodDb::set_encoded_as_eaten};
constexpr LazySpec kTable{"usda-", &FoodDb::set_encoded_table};

// A file changed within this long before its cache was written (or last confirmed) may have
// changed again within the same clock tick without a new stamp: its stamp is not trusted.
constexpr std::int64_t kRacyNs = 2'000'000'000;

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
    for (Tier* tier : {&t.core, &t.as_eaten, &t.table}) tier->texts.resize(tier->paths.size());
    return t;
}

const std::string& text_of(Tier& t, size_t i) {
    if (!t.texts[i]) t.texts[i] = store::read_required(t.paths[i], "food file");
    return *t.texts[i];
}

// The cache file of a tier: one per set of paths, so that databases do not evict each other.
std::string cache_path(const std::string& cache_dir, const Tier& t) {
    if (cache_dir.empty()) return {};
    std::string paths;
    for (const auto& p : t.paths) paths += p + '\n';
    return fmt::format("{}/foods-{}-{:016x}.bin", cache_dir, t.cache_name, content_hash(paths));
}

// What the cache of a tier says, once its head is intact.
struct Cached {
    std::shared_ptr<const store::MappedFile> file;
    OpenedFoodCache opened;
};

std::optional<Cached> open_cache(const std::string& path) {
    if (path.empty()) return std::nullopt;
    auto file = store::MappedFile::open(path);
    if (!file) return std::nullopt;
    auto opened = open_food_cache(file->bytes());
    if (!opened) return std::nullopt;
    return Cached{.file = std::move(file), .opened = std::move(*opened)};
}

// How the tier's files stand against a cache's key.
struct KeyCheck {
    FoodCacheKey key;        // the files as they are now
    bool rehashed = false;   // some file's stamp could not vouch for its stored hash
    bool restamped = false;  // ... and its stamp changed since (so the stored one is stale)
};

// The key of the tier's files now (docs/performance.md, "the cache key"): a file whose stamp
// (size, modification and change times, inode) is the one stored in the cache, and whose
// change is older than the cache by more than kRacyNs, keeps its stored hash; any other file
// is read and hashed.
KeyCheck current_key(Tier& t, const Cached* cached) {
    KeyCheck c;
    for (size_t i = 0; i < t.paths.size(); ++i) {
        const auto stamp = store::stamp_of(t.paths[i]);
        const FoodCacheKey::File* old = nullptr;
        if (cached && i < cached->opened.key.files.size() &&
            cached->opened.key.files[i].path == t.paths[i])
            old = &cached->opened.key.files[i];
        FoodCacheKey::File f{.path = t.paths[i]};
        if (stamp) {
            f.mtime_ns = stamp->mtime_ns;
            f.ctime_ns = stamp->ctime_ns;
            f.inode = stamp->inode;
        }
        const bool same_stamp = stamp && old && old->size == stamp->size &&
                                old->mtime_ns == stamp->mtime_ns &&
                                old->ctime_ns == stamp->ctime_ns && old->inode == stamp->inode;
        const bool settled =
            same_stamp && stamp->changed_ns() + kRacyNs < cached->file->stamp().mtime_ns;
        if (settled) {
            f.size = old->size;
            f.hash = old->hash;
        } else {
            const std::string& text = text_of(t, i);
            f.size = text.size();
            f.hash = content_hash(text);
            c.rehashed = true;
            c.restamped = c.restamped || (old && !same_stamp);
        }
        c.key.files.push_back(std::move(f));
    }
    return c;
}

void to_cache(const std::string& path, const FoodCacheKey& key, std::string_view table) {
    if (path.empty()) return;
    try {
        store::make_dirs(store::dir_of(path));
        const std::string head = food_cache_head(key);
        const std::string_view parts[] = {head, table};
        store::write_atomic(path, parts, store::Sync::derived);
    } catch (const std::exception&) {
        // A read-only or full cache directory only costs speed.
    }
}

std::vector<Food> parse_tier(Tier& t, std::vector<Diagnostic>& errors) {
    std::vector<Food> out;
    for (size_t i = 0; i < t.paths.size(); ++i) {
        std::vector<Food> foods = parse_food_file(t.paths[i], text_of(t, i), errors);
        for (auto& f : foods) {
            f.custom = t.custom[i];
            f.curated = !t.custom[i] && f.tier() == FoodTier::everyday;
        }
        if (out.empty())
            out = std::move(foods);  // a generated tier is one file: no copy
        else
            out.insert(out.end(), std::make_move_iterator(foods.begin()),
                       std::make_move_iterator(foods.end()));
    }
    return out;
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

// A valid cache of the tier, when there is one: its key matches the files now. A key that
// only matched by re-hashing is written back (new stamps) or the cache touched (a racy
// stamp), so that the next run can trust the stamps.
std::optional<Cached> valid_cache(Tier& t, const std::string& path, KeyCheck& check) {
    auto cached = open_cache(path);
    check = current_key(t, cached ? &*cached : nullptr);
    if (!cached || !(cached->opened.key == check.key)) return std::nullopt;
    if (check.restamped)
        to_cache(path, check.key, cached->opened.table);
    else if (check.rehashed)
        store::touch(path);
    return cached;
}

// A lazy tier's foods, parsed and validated, in id order.
std::vector<Food> parse_lazy(Tier& t, const LazySpec& spec, std::vector<Diagnostic>& errors) {
    std::vector<Food> foods = parse_tier(t, errors);
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
    // Generated files are already in id order: usually this only checks.
    auto by_id = [](const Food& a, const Food& b) { return a.id < b.id; };
    if (!std::is_sorted(foods.begin(), foods.end(), by_id))
        std::stable_sort(foods.begin(), foods.end(), by_id);
    return foods;
}

// A lazy tier on its way into the database: its cache when valid, else its foods parsed
// and encoded now (`fresh`), with the problems found.
struct LazyTier {
    std::string path;  // its cache file
    KeyCheck check;
    std::optional<Cached> cached;
    std::shared_ptr<const std::string> fresh;
    std::vector<Diagnostic> errors;
};

LazyTier open_lazy(Tier& t, const std::string& cache_dir) {
    LazyTier l;
    l.path = cache_path(cache_dir, t);
    l.cached = valid_cache(t, l.path, l.check);
    return l;
}

// Parses and validates the tier, and encodes its table (touches only `t` and `l`, so that the
// two lazy tiers can be parsed at the same time).
void parse_now(LazyTier& l, Tier& t, const LazySpec& spec) {
    l.fresh = std::make_shared<const std::string>(FoodTable::encode(parse_lazy(t, spec, l.errors)));
}

// Both lazy tiers as loaded: from their valid caches, or parsed now. When neither has a valid
// cache (a new mgcalc version, an empty or deleted cache directory), they are parsed on two
// threads: they share nothing, and the first run after an upgrade then costs the larger
// parse, not the sum (docs/performance.md).
void open_lazy_tiers(LazyTier& as_eaten, Tier& as_eaten_files, LazyTier& table, Tier& table_files) {
    std::future<void> other;
    if (!as_eaten.cached && !table.cached)
        other =
            std::async(std::launch::async, [&] { parse_now(as_eaten, as_eaten_files, kAsEaten); });
    else if (!as_eaten.cached)
        parse_now(as_eaten, as_eaten_files, kAsEaten);
    if (!table.cached) parse_now(table, table_files, kTable);
    if (other.valid()) other.get();
}

// A lazy tier into the database: from a valid cache (validated when it was written; its foods
// are checked as they are decoded, and a damaged cache is replaced from the YAML), or as
// parsed now, cached when the whole database has no error so far.
void set_lazy(FoodDb& db, const LazySpec& spec, Tier& t, LazyTier& l,
              const std::vector<Diagnostic>& errors) {
    if (auto& cached = l.cached) {
        // The files may have changed since: the fresh cache gets the key of what is read now.
        auto reload = [paths = t.paths, custom = t.custom, spec, path = l.path] {
            Tier fresh{.cache_name = "", .paths = paths, .custom = custom, .texts = {}};
            fresh.texts.resize(paths.size());
            const FoodCacheKey key = current_key(fresh, nullptr).key;
            std::vector<Diagnostic> problems;
            std::string bytes = FoodTable::encode(parse_lazy(fresh, spec, problems));
            if (!problems.empty()) refuse(std::move(problems));
            to_cache(path, key, bytes);
            return bytes;
        };
        const std::string_view table = cached->opened.table;
        (db.*spec.set)(FoodTable(std::move(cached->file), table, std::move(reload)));
        return;
    }
    if (errors.empty()) to_cache(l.path, l.check.key, *l.fresh);
    const std::string_view table = *l.fresh;
    (db.*spec.set)(FoodTable(std::move(l.fresh), table));
}

// The everyday tier's foods as parsed (before FoodDb::add and finish change them), and
// whether they came from the cache.
std::vector<Food> core_foods(Tier& t, const std::string& path, bool& from_cache, KeyCheck& check,
                             std::vector<Diagnostic>& errors) {
    if (auto cached = valid_cache(t, path, check)) {
        try {
            from_cache = true;
            return FoodTable(std::move(cached->file), cached->opened.table).decode_all();
        } catch (const FoodTableDamaged&) {
            // A damaged cache is no cache.
        }
    }
    from_cache = false;
    return parse_tier(t, errors);
}

}  // namespace

FoodDb load_food_db(const FoodSources& sources) {
    auto [core, as_eaten, table] = tiers_of(sources);
    const std::string core_cache = cache_path(sources.cache_dir, core);
    FoodDb db;
    std::vector<Diagnostic> errors;
    bool core_from_cache = false;
    KeyCheck core_key;
    std::vector<Food> foods = core_foods(core, core_cache, core_from_cache, core_key, errors);
    std::string core_bytes;
    if (!core_from_cache) core_bytes = FoodTable::encode(foods);
    db.add(std::move(foods), errors);
    LazyTier as_eaten_tier = open_lazy(as_eaten, sources.cache_dir);
    LazyTier table_tier = open_lazy(table, sources.cache_dir);
    open_lazy_tiers(as_eaten_tier, as_eaten, table_tier, table);
    // In the order they were reported before the two tiers could be parsed at once.
    errors.insert(errors.end(), as_eaten_tier.errors.begin(), as_eaten_tier.errors.end());
    set_lazy(db, kAsEaten, as_eaten, as_eaten_tier, errors);
    errors.insert(errors.end(), table_tier.errors.begin(), table_tier.errors.end());
    set_lazy(db, kTable, table, table_tier, errors);
    db.finish(errors);
    if (!errors.empty()) refuse(std::move(errors));
    if (!core_from_cache) to_cache(core_cache, core_key.key, core_bytes);
    return db;
}

}  // namespace mg
