#include "core/mass.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace mg {
namespace {
std::int64_t div_round(std::int64_t num, std::int64_t den) {
    const std::int64_t half = den / 2;
    return num >= 0 ? (num + half) / den : -((-num + half) / den);
}
}  // namespace

Magnesium Magnesium::from_mg_double(double mg) {
    return Magnesium(static_cast<std::int64_t>(std::llround(mg * 1000.0)));
}

Magnesium magnesium_in(std::int64_t ug_per_100g, std::int64_t food_mg) {
    // ug/100 g * mg food / (100 g = 100000 mg)
    return Magnesium::from_ug(div_round(ug_per_100g * food_mg, 100000));
}

std::string format_mg(Magnesium m) {
    return fmt::format("{}", div_round(m.ug(), 1000));
}

std::string format_mg_1(Magnesium m) {
    const std::int64_t tenths = div_round(m.ug(), 100);
    const std::int64_t a = tenths < 0 ? -tenths : tenths;
    return fmt::format("{}{}.{}", tenths < 0 ? "-" : "", a / 10, a % 10);
}

std::string format_grams(std::int64_t food_mg) {
    const std::int64_t hundredths = div_round(food_mg, 10);
    std::string s = fmt::format("{}.{:02}", hundredths / 100, hundredths % 100);
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
}

std::string format_thousandths(std::int64_t v) {
    // "-12.345", "12.3", "12": the integer part, then the thousandths without trailing zeros
    // (a hot path of export csv: no fmt).
    const std::uint64_t mag =
        v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    char buf[32];
    char* p = buf;
    if (v < 0) *p++ = '-';
    p = std::to_chars(p, buf + sizeof buf, mag / 1000).ptr;
    const auto frac = static_cast<unsigned>(mag % 1000);
    if (frac != 0) {
        const char digits[3] = {static_cast<char>('0' + frac / 100),
                                static_cast<char>('0' + frac / 10 % 10),
                                static_cast<char>('0' + frac % 10)};
        const int n = digits[2] != '0' ? 3 : digits[1] != '0' ? 2 : 1;
        *p++ = '.';
        for (int i = 0; i < n; ++i) *p++ = digits[i];
    }
    return std::string(buf, p);
}

namespace {

// "37.26", "27", "0.5": up to 12 integer digits and 3 decimals, read exactly. The value is
// the one the double path below gives: v * 1000 < 2^53, so its rounding error is far below
// the 0.5 that llround would need to round differently.
bool exact_thousandths(std::string_view s, std::int64_t& out) {
    std::int64_t whole = 0;
    size_t i = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) whole = whole * 10 + (s[i] - '0');
    if (i == 0 || i > 12) return false;
    std::int64_t frac = 0, scale = 1000;
    if (i < s.size()) {
        if (s[i] != '.' || s.size() - i - 1 > 3 || s.size() - i - 1 == 0) return false;
        for (++i; i < s.size(); ++i) {
            if (s[i] < '0' || s[i] > '9') return false;
            frac = frac * 10 + (s[i] - '0');
            scale /= 10;
        }
    }
    out = whole * 1000 + frac * scale;
    return true;
}

}  // namespace

bool parse_thousandths(std::string_view s, std::int64_t& out) {
    // The journal's own numbers take the exact path (a hot path of reading years of it).
    if (exact_thousandths(s, out)) return true;
    double v = 0;
    if (s.empty() || s.size() > 24) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(v) || v < 0 || v > 1e12)
        return false;
    out = std::llround(v * 1000);
    return true;
}

}  // namespace mg
