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

// Layout: magic, u64 format, u64 head size, u64 head hash, head, table. The format comes
// first so that another format's head is not even read.
constexpr size_t kPreamble = 32;

}  // namespace

std::string food_cache_head(const FoodCacheKey& key) {
    Writer head;
    head.str(key.program);
    head.u64(key.files.size());
    for (const auto& f : key.files) {
        head.str(f.path);
        head.u64(f.size);
        head.u64(f.hash);
        head.i64(f.mtime_ns);
        head.i64(f.ctime_ns);
        head.u64(f.inode);
    }
    Writer w;
    w.out.append(kMagic, 8);
    w.u64(key.format);
    w.u64(head.out.size());
    w.u64(content_hash(head.out));
    w.out += head.out;
    return std::move(w.out);
}

std::string encode_food_cache(const FoodCacheKey& key, std::string_view table) {
    std::string out = food_cache_head(key);
    out += table;
    return out;
}

std::optional<OpenedFoodCache> open_food_cache(std::string_view bytes) {
    if (bytes.size() < kPreamble || std::memcmp(bytes.data(), kMagic, 8) != 0) return std::nullopt;
    Reader pre{bytes.substr(8, kPreamble - 8)};
    OpenedFoodCache out;
    // Another format may lay out what follows differently: stop before reading it.
    if ((out.key.format = pre.u64()) != kFoodCacheFormat) return std::nullopt;
    const std::uint64_t size = pre.u64(), hash = pre.u64();
    if (size > bytes.size() - kPreamble) return std::nullopt;
    const std::string_view head = bytes.substr(kPreamble, size);
    if (content_hash(head) != hash) return std::nullopt;
    Reader r{head};
    out.key.program = r.str();
    std::uint64_t n = 0;
    if (!r.count(n, 10000)) return std::nullopt;
    for (std::uint64_t i = 0; i < n && r.ok; ++i)
        out.key.files.push_back({.path = r.str(),
                                 .size = r.u64(),
                                 .hash = r.u64(),
                                 .mtime_ns = r.i64(),
                                 .ctime_ns = r.i64(),
                                 .inode = r.u64()});
    if (!r.ok || r.pos != head.size()) return std::nullopt;
    out.table = bytes.substr(kPreamble + size);
    return out;
}

}  // namespace mg
