#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "foods/food.hpp"

namespace mg {

/// A quantity and unit as the user wrote it ("1 1/2 cups", "30g", "½ cup").
/// The quantity is kept as an exact fraction.
struct Amount {
    std::int64_t num = 0;
    std::int64_t den = 1;
    std::string unit;     ///< lower-cased, trimmed; may be empty
    std::string written;  ///< the original text

    double quantity() const { return static_cast<double>(num) / static_cast<double>(den); }
};

/// Parses the quantity and unit. Throws InputError for non-numeric, zero or negative amounts.
Amount parse_amount(std::string_view text);

/// How an amount of a particular food was resolved.
struct Resolved {
    std::int64_t food_mg = 0;  ///< weight in milligrams of food
    std::string via;           ///< the portion or unit used, e.g. "1 cup (180 g)"
};

/// Largest weight accepted in one entry (5 kg); more is almost certainly a typo.
constexpr std::int64_t kMaxEntryFoodMg = 5'000'000'000 / 1000;

/// Converts `amount` of `food` to grams through mass units or the food's own portions
/// (volume units convert through one of the food's volume portions, never a global density).
/// Throws InputError listing the food's portions when nothing fits, or for absurd weights.
Resolved resolve_amount(const Amount& amount, const Food& food);

/// A portion's display text: "1 cup (180 g)".
std::string describe_portion(const Portion& p);

}  // namespace mg
