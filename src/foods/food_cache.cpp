#include "foods/food_cache.hpp"

#include <cstring>

#include "core/binary.hpp"

namespace mg {

bool FoodCacheKey::operator==(const FoodCacheKey& o) const {
    if (program != o.program || format != o.format || files.size() != o.files.size()) return false;
    for (size_t i = 0; i < files.size(); ++i)
        if (files[i].path != o.files[i].path || files[i].size != o.files[i].size ||
            files[i].hash != o.files[i].hash)
            return false;
    return true;
}

std::uint64_t content_hash(std::string_view s) {
    // 8 bytes at a time, multiply-xorshift mixing; the tail byte-wise.
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ s.size();
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        h ^= w * 0xBF58476D1CE4E5B9ULL;
        h = (h << 27 | h >> 37) * 0x94D049BB133111EBULL;
    }
    for (; i < s.size(); ++i) h = (h ^ static_cast<unsigned char>(s[i])) * 0x100000001B3ULL;
    h ^= h >> 31;
    return h * 0xD6E8FEB86659FD93ULL;
}

namespace {

// Format 1 had "MGFCACH1" and no format number; from 2 on the number follows the header.
constexpr char kMagic[8] = {'M', 'G', 'F', 'C', 'A', 'C', 'H', 'E'};

// The codec shared by mgcalc's derived caches (core/binary.hpp).
using binary::Reader;
using binary::Writer;

void write_key(Writer& w, const FoodCacheKey& key) {
    w.u64(key.format);
    w.str(key.program);
    w.u64(key.files.size());
    for (const auto& f : key.files) {
        w.str(f.path);
        w.u64(f.size);
        w.u64(f.hash);
    }
}

}  // namespace

std::string encode_food_cache(const FoodCacheKey& key, const std::vector<Food>& foods) {
    Writer body;
    write_key(body, key);
    body.u64(foods.size());
    for (const auto& f : foods) {
        body.str(f.id);
        body.str(f.name);
        body.str(f.group);
        body.i64(f.ug_per_100g);
        std::uint64_t kcal_bits;
        std::memcpy(&kcal_bits, &f.kcal_per_100g, 8);
        body.u64(kcal_bits);
        body.str(f.mg_basis);
        body.str(f.source);
        body.u64(f.portions.size());
        for (const auto& p : f.portions) {
            body.str(p.name);
            std::uint64_t bits;
            std::memcpy(&bits, &p.amount, 8);
            body.u64(bits);
            body.str(p.unit);
            body.i64(p.food_mg);
        }
        body.str(f.serving);
        body.strs(f.aliases);
        body.strs(f.tags);
        body.u64((f.curated ? 1 : 0) | (f.custom ? 2 : 0));
        body.i64(f.serves);
        body.u64(f.ingredients.size());
        for (const auto& g : f.ingredients) {
            body.str(g.food);
            body.str(g.amount);
            body.i64(g.line);
        }
        body.str(f.file);
        body.i64(f.line);
    }
    Writer w;
    w.out.append(kMagic, 8);
    w.u64(content_hash(body.out));
    w.u64(body.out.size());
    return w.out + body.out;
}

namespace {
// Checks header, checksum and key; leaves `r` positioned after the key.
bool open_cache(std::string_view bytes, const FoodCacheKey& key, Reader& r) {
    if (bytes.size() < 24 || std::memcmp(bytes.data(), kMagic, 8) != 0) return false;
    Reader head{bytes.substr(8, 16)};
    const std::uint64_t hash = head.u64(), size = head.u64();
    const std::string_view body = bytes.substr(24);
    if (size != body.size() || hash != content_hash(body)) return false;
    r = Reader{body};
    FoodCacheKey stored;
    // Another format may lay out what follows differently: stop before reading it.
    if ((stored.format = r.u64()) != key.format) return false;
    stored.program = r.str();
    std::uint64_t n = 0;
    if (!r.count(n, 10000)) return false;
    for (std::uint64_t i = 0; i < n && r.ok; ++i) {
        FoodCacheKey::File f;
        f.path = r.str();
        f.size = r.u64();
        f.hash = r.u64();
        stored.files.push_back(std::move(f));
    }
    return r.ok && stored == key;
}
}  // namespace

bool food_cache_matches(std::string_view bytes, const FoodCacheKey& key) {
    Reader r{{}};
    return open_cache(bytes, key, r);
}

std::optional<std::vector<Food>> decode_food_cache(std::string_view bytes,
                                                   const FoodCacheKey& key) {
    Reader r{{}};
    if (!open_cache(bytes, key, r)) return std::nullopt;
    const std::string_view body = bytes.substr(24);
    std::uint64_t n = 0;
    std::vector<Food> foods;
    if (!r.count(n, 10'000'000)) return std::nullopt;
    foods.reserve(n);
    for (std::uint64_t i = 0; i < n && r.ok; ++i) {
        Food f;
        f.id = r.str();
        f.name = r.str();
        f.group = r.str();
        f.ug_per_100g = r.i64();
        const std::uint64_t kcal_bits = r.u64();
        std::memcpy(&f.kcal_per_100g, &kcal_bits, 8);
        f.mg_basis = r.str();
        f.source = r.str();
        std::uint64_t np = 0;
        if (!r.count(np, 10000)) break;
        f.portions.reserve(np);
        for (std::uint64_t k = 0; k < np && r.ok; ++k) {
            Portion p;
            p.name = r.str();
            const std::uint64_t bits = r.u64();
            std::memcpy(&p.amount, &bits, 8);
            p.unit = r.str();
            p.food_mg = r.i64();
            f.portions.push_back(std::move(p));
        }
        f.serving = r.str();
        f.aliases = r.strs();
        f.tags = r.strs();
        const std::uint64_t flags = r.u64();
        f.curated = flags & 1;
        f.custom = flags & 2;
        f.serves = static_cast<int>(r.i64());
        std::uint64_t ni = 0;
        if (!r.count(ni, 10000)) break;
        for (std::uint64_t k = 0; k < ni && r.ok; ++k) {
            Ingredient g;
            g.food = r.str();
            g.amount = r.str();
            g.line = static_cast<int>(r.i64());
            f.ingredients.push_back(std::move(g));
        }
        f.file = r.str();
        f.line = static_cast<int>(r.i64());
        foods.push_back(std::move(f));
    }
    if (!r.ok || r.pos != body.size()) return std::nullopt;
    return foods;
}

}  // namespace mg
