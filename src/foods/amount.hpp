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

/// Parses the quantity and unit. The quantity may be written in digits ("1", "1.5", "1/2",
/// "1 1/2", "½", "1½") or in words at the start ("a", "an", "one" ... "twelve", "half",
/// "half a", "a half", "a quarter", "two and a half"). Throws InputError for non-numeric,
/// zero or negative amounts. A number with no unit ("2") means that many default servings
/// (resolve_amount).
Amount parse_amount(std::string_view text);

/// The quantity of `a` in digits, as a person writes it: "2", "1/2", "1 1/2".
std::string quantity_text(const Amount& a);

/// A food's default serving (docs/food-data.md#default-servings): its reviewed `serving`
/// portion, else its first household portion, else 100 g.
struct DefaultServing {
    std::int64_t food_mg = 0;
    std::string text;  ///< "1 medium (118 g)" or "100 g"
};
DefaultServing default_serving(const Food& food);

/// How an amount of a particular food was resolved.
struct Resolved {
    std::int64_t food_mg = 0;  ///< weight in milligrams of food
    std::string via;           ///< the portion or unit used, e.g. "1 cup (180 g)"
};

/// Largest weight accepted in one entry (5 kg); more is almost certainly a typo.
constexpr std::int64_t kMaxEntryFoodMg = 5'000'000'000 / 1000;

/// Converts `amount` of `food` to grams through mass units or the food's own portions
/// (volume units convert through one of the food's volume portions, never a global density).
/// No unit, "default serving(s)", or "serving(s)" when the food has no portion of that name,
/// is that many of the food's default serving.
/// Throws InputError listing the food's portions when nothing fits, or for absurd weights.
Resolved resolve_amount(const Amount& amount, const Food& food);

/// True when `unit` is a mass or volume unit ("g", "oz", "cups", "tbsp", "fl oz"), as
/// opposed to a food's own portion ("medium", "slice").
bool is_measure_unit(const std::string& unit);

/// True when `unit` is a volume unit ("tbsp", "ml", "cups", "fl oz").
bool is_volume_unit(const std::string& unit);

/// A portion's display text: "1 cup (180 g)".
std::string describe_portion(const Portion& p);

}  // namespace mg
