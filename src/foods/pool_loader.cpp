#include "foods/pool_loader.hpp"

#include <fmt/format.h>

#include "core/binary.hpp"
#include "foods/food_cache.hpp"
#include "store/fs.hpp"

namespace mg {

namespace {

constexpr char kMagic[8] = {'M', 'G', 'P', 'O', 'O', 'L', 'C', '1'};

void put(binary::Writer& w, const RaccCategory& c) {
    w.str(c.id);
    w.str(c.racc);
    w.f64(c.adult_g);
    w.boolean(c.toddler_g.has_value());
    w.f64(c.toddler_g.value_or(0));
    w.boolean(c.liquid);
    w.str(c.status);
}

RaccCategory get_category(binary::Reader& r) {
    RaccCategory c{.id = r.str(), .racc = r.str(), .adult_g = r.f64()};
    const bool has_toddler = r.boolean();
    const double toddler = r.f64();
    if (has_toddler) c.toddler_g = toddler;
    c.liquid = r.boolean();
    c.status = r.str();
    return c;
}

void put(binary::Writer& w, const PoolServing& s) {
    w.str(s.food_id);
    w.str(s.serving);
    w.str(s.category);
    w.str(s.toddler);
    w.str(s.under_4_note);
    w.boolean(s.swap_only);
    w.boolean(s.less_common);
    w.i64(s.line);
}

PoolServing get_serving(binary::Reader& r) {
    return {.food_id = r.str(),
            .serving = r.str(),
            .category = r.str(),
            .toddler = r.str(),
            .under_4_note = r.str(),
            .swap_only = r.boolean(),
            .less_common = r.boolean(),
            .line = static_cast<int>(r.i64())};
}

void put(binary::Writer& w, const Swap& s) {
    w.str(s.from);
    w.str(s.to);
    w.str(s.role);
    w.i64(s.line);
}

Swap get_swap(binary::Reader& r) {
    return {.from = r.str(), .to = r.str(), .role = r.str(), .line = static_cast<int>(r.i64())};
}

template <typename T, typename Get>
std::vector<T> get_list(binary::Reader& r, Get get) {
    std::vector<T> out;
    std::uint64_t n = 0;
    if (!r.count(n, 100000)) return out;
    for (std::uint64_t i = 0; i < n && r.ok; ++i) out.push_back(get(r));
    return out;
}

// What a cache must have been built from: this mgcalc, this layout, these bytes.
void put_key(binary::Writer& w, std::string_view pool_text) {
    w.str(MGCALC_VERSION);
    w.u64(kPoolCacheFormat);
    w.u64(pool_text.size());
    w.u64(content_hash(pool_text));
}

std::string cache_path(const std::string& dir, const std::string& pool_path) {
    return fmt::format("{}/pool-{:016x}.bin", dir, content_hash(pool_path));
}

}  // namespace

std::string encode_pool_cache(std::string_view pool_text, const SuggestionPool& pool) {
    binary::Writer body;
    put_key(body, pool_text);
    body.str(pool.path);
    body.u64(pool.categories.size());
    for (const auto& c : pool.categories) put(body, c);
    body.u64(pool.servings.size());
    for (const auto& s : pool.servings) put(body, s);
    body.u64(pool.swaps.size());
    for (const auto& s : pool.swaps) put(body, s);
    binary::Writer w;
    w.out.append(kMagic, 8);
    w.u64(content_hash(body.out));
    w.u64(body.out.size());
    w.out += body.out;
    return std::move(w.out);
}

std::optional<SuggestionPool> decode_pool_cache(std::string_view bytes,
                                                std::string_view pool_text) {
    if (bytes.size() < 24 || bytes.substr(0, 8) != std::string_view(kMagic, 8)) return std::nullopt;
    binary::Reader head{.in = bytes.substr(8, 16)};
    const std::uint64_t hash = head.u64(), size = head.u64();
    const std::string_view body = bytes.substr(24);
    if (size != body.size() || hash != content_hash(body)) return std::nullopt;
    binary::Writer key;
    put_key(key, pool_text);
    if (!body.starts_with(key.out)) return std::nullopt;
    binary::Reader r{.in = body, .pos = key.out.size()};
    SuggestionPool pool{.path = r.str()};
    pool.categories = get_list<RaccCategory>(r, get_category);
    pool.servings = get_list<PoolServing>(r, get_serving);
    pool.swaps = get_list<Swap>(r, get_swap);
    if (!r.ok || r.pos != body.size()) return std::nullopt;
    return pool;
}

std::optional<SuggestionPool> load_suggestion_pool(const std::string& path,
                                                   const std::string& cache_dir) {
    const auto text = store::read_file(path);
    if (!text) return std::nullopt;
    const std::string cached = cache_dir.empty() ? std::string() : cache_path(cache_dir, path);
    if (!cached.empty()) {
        try {
            if (auto bytes = store::read_file(cached))
                if (auto pool = decode_pool_cache(*bytes, *text)) return pool;
        } catch (const std::exception&) {
            // An unreadable cache is no cache.
        }
    }
    SuggestionPool pool = parse_suggestion_pool(path, *text);
    if (!cached.empty()) {
        try {
            store::make_dirs(cache_dir);
            const std::string bytes = encode_pool_cache(*text, pool);
            const std::string_view parts[] = {bytes};
            store::write_atomic(cached, parts, store::Sync::derived);
        } catch (const std::exception&) {
            // A read-only or full cache directory only costs speed.
        }
    }
    return pool;
}

}  // namespace mg
