#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace mg {

/// An amount of magnesium, held as whole micrograms so that sums never drift.
/// Values are rounded only when rendered (see `format_mg`).
class Magnesium {
  public:
    constexpr Magnesium() = default;
    static constexpr Magnesium from_ug(std::int64_t ug) { return Magnesium(ug); }
    static constexpr Magnesium from_mg(std::int64_t mg) { return Magnesium(mg * 1000); }
    /// Rounds a (possibly fractional) milligram value to the nearest microgram.
    static Magnesium from_mg_double(double mg);

    constexpr std::int64_t ug() const { return ug_; }
    constexpr double mg() const { return static_cast<double>(ug_) / 1000.0; }

    constexpr Magnesium operator+(Magnesium o) const { return Magnesium(ug_ + o.ug_); }
    constexpr Magnesium operator-(Magnesium o) const { return Magnesium(ug_ - o.ug_); }
    constexpr Magnesium& operator+=(Magnesium o) {
        ug_ += o.ug_;
        return *this;
    }
    constexpr auto operator<=>(const Magnesium&) const = default;

  private:
    explicit constexpr Magnesium(std::int64_t ug) : ug_(ug) {}
    std::int64_t ug_ = 0;
};

/// Magnesium in `food_mg` milligrams of a food with `ug_per_100g` micrograms per 100 g,
/// rounded half away from zero to the nearest microgram.
Magnesium magnesium_in(std::int64_t ug_per_100g, std::int64_t food_mg);

/// Whole milligrams for display ("78"), rounded half away from zero.
std::string format_mg(Magnesium m);
/// Milligrams with one decimal for machine output and journals ("78.3").
std::string format_mg_1(Magnesium m);
/// Grams for display, at most two decimals: "90", "28.35", "190.2".
std::string format_grams(std::int64_t food_mg);
/// A stored thousandth (µg of magnesium, mg of food) at full precision, trailing zeros
/// dropped: 3930 → "3.93", 200000 → "200". What the journal and lossless exports write.
std::string format_thousandths(std::int64_t v);
/// Reads what `format_thousandths` writes (any non-negative decimal up to 1e12, rounded to
/// the nearest thousandth). False for anything else.
bool parse_thousandths(std::string_view s, std::int64_t& out);

}  // namespace mg
