#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace mg::binary {

// The little binary codec of mgcalc's derived caches: fixed 8-byte integers in host order
// (a cache never leaves the machine that wrote it) and length-prefixed strings.

/// Appends values to `out`.
struct Writer {
    std::string out;
    void u64(std::uint64_t v) { out.append(reinterpret_cast<const char*>(&v), 8); }
    void u32(std::uint32_t v) { out.append(reinterpret_cast<const char*>(&v), 4); }
    void i64(std::int64_t v) { u64(static_cast<std::uint64_t>(v)); }
    void f64(double v) {
        std::uint64_t bits;
        std::memcpy(&bits, &v, 8);
        u64(bits);
    }
    void boolean(bool v) { u64(v ? 1 : 0); }
    void str(std::string_view s) {
        u64(s.size());
        out.append(s);
    }
    void strs(const std::vector<std::string>& v) {
        u64(v.size());
        for (const auto& s : v) str(s);
    }
};

/// Reads what a Writer wrote. Never reads out of bounds: on truncated or inconsistent input
/// `ok` turns false and every later read returns a zero value.
struct Reader {
    std::string_view in;
    size_t pos = 0;
    bool ok = true;
    std::uint64_t u64() {
        if (!ok || in.size() - pos < 8) return ok = false, 0;
        std::uint64_t v;
        std::memcpy(&v, in.data() + pos, 8);
        pos += 8;
        return v;
    }
    std::uint32_t u32() {
        if (!ok || in.size() - pos < 4) return ok = false, 0;
        std::uint32_t v;
        std::memcpy(&v, in.data() + pos, 4);
        pos += 4;
        return v;
    }
    std::int64_t i64() { return static_cast<std::int64_t>(u64()); }
    double f64() {
        const std::uint64_t bits = u64();
        double v;
        std::memcpy(&v, &bits, 8);
        return v;
    }
    bool boolean() { return u64() != 0; }
    std::string str() {
        const std::uint64_t n = u64();
        if (!ok || n > in.size() - pos) return ok = false, std::string();
        std::string s(in.substr(pos, n));
        pos += n;
        return s;
    }
    /// The next `n` bytes, without copying (empty and !ok when fewer are left).
    std::string_view bytes(std::uint64_t n) {
        if (!ok || n > in.size() - pos) return ok = false, std::string_view();
        const std::string_view s = in.substr(pos, n);
        pos += n;
        return s;
    }
    /// A string as `str` wrote it, without copying.
    std::string_view view() { return bytes(u64()); }
    /// Reads a count and checks it against `max`, so that a corrupt count cannot allocate.
    bool count(std::uint64_t& n, std::uint64_t max) {
        n = u64();
        return ok = ok && n <= max;
    }
    std::vector<std::string> strs() {
        std::vector<std::string> v;
        std::uint64_t n = 0;
        if (!count(n, 100000)) return v;
        for (std::uint64_t i = 0; i < n && ok; ++i) v.push_back(str());
        return v;
    }
};

}  // namespace mg::binary
