#include <catch2/catch.hpp>

#include "core/diagnostic.hpp"
#include "foods/amount.hpp"

using namespace mg;

namespace {
Food spinach() {
    Food f;
    f.id = "spinach-boiled";
    f.ug_per_100g = 87000;
    f.portions = {{"1 cup", 1, "cup", 180000}};
    return f;
}
Food bread() {
    Food f;
    f.id = "bread";
    f.ug_per_100g = 50000;
    f.portions = {{"1 slice", 1, "slice", 29000},
                  {"1 oz", 1, "oz", 28350},
                  {"1 cup, crumbs", 1, "cup, crumbs", 45000}};
    return f;
}
Food biscuit() {
    Food f;
    f.id = "biscuit";
    f.portions = {{"1 biscuit, small", 1, "biscuit, small", 20000},
                  {"1 biscuit, large (4\" dia)", 1, "biscuit, large (4\" dia)", 60000},
                  {"0.5 cup", 0.5, "cup", 50000},
                  {"1 medium (7\" long)", 1, "medium (7\" long)", 118000},
                  {"1 NLEA serving", 1, "NLEA serving", 33000}};
    return f;
}
std::int64_t grams_mg(const std::string& text, const Food& f) {
    return resolve_amount(parse_amount(text), f).food_mg;
}
}  // namespace

TEST_CASE("quantities: decimals, fractions, mixed numbers, unicode fractions") {
    CHECK(parse_amount("30 g").num == 30);
    const Amount a = parse_amount("30g");
    CHECK((a.num == 30 && a.unit == "g"));
    CHECK(parse_amount("1.5 oz").quantity() == Approx(1.5));
    const Amount half = parse_amount("1/2 cup");
    CHECK((half.num == 1 && half.den == 2 && half.unit == "cup"));
    CHECK(parse_amount("\u00BD cup").quantity() == Approx(0.5));
    CHECK(parse_amount("1 1/2 cups").quantity() == Approx(1.5));
    CHECK(parse_amount("1\u00BD cups").quantity() == Approx(1.5));
    CHECK(parse_amount("1 \u00BC cup").quantity() == Approx(1.25));
    CHECK(parse_amount("2 T").unit == "T");
    CHECK(parse_amount("2 Tbsp").unit == "tbsp");
}

TEST_CASE("bad quantities are errors") {
    for (const char* bad :
         {"", "0 g", "-1 g", "abc", "1/0 cup", "0/2 cup", "1/2/3 cup", "cup", "1 2 cups"})
        CHECK_THROWS_AS(parse_amount(bad), InputError);
}

TEST_CASE("mass units convert directly") {
    const Food f = spinach();
    CHECK(grams_mg("30 g", f) == 30000);
    CHECK(grams_mg("1.5 oz", f) == 42524);
    CHECK(grams_mg("1 lb", f) == 453592);
    CHECK(grams_mg("2 ounces", f) == 56699);
    CHECK(grams_mg("0.5 kg", f) == 500000);
}

TEST_CASE("volume units go through the food's own volume portion") {
    const Food f = spinach();
    CHECK(grams_mg("1/2 cup", f) == 90000);
    CHECK(grams_mg("1 1/2 cups", f) == 270000);
    CHECK(grams_mg("2 tbsp", f) == 22500);  // 1/8 cup
    CHECK(grams_mg("2 tablespoons", f) == 22500);
    CHECK(grams_mg("2 T", f) == 22500);
    CHECK(grams_mg("2 tbs", f) == 22500);
    CHECK(grams_mg("1 tsp", f) == 3750);
    CHECK(grams_mg("250 ml", f) == 190204);  // 250 / 236.588 cup × 180 g
    // A food with no volume portion cannot take a volume.
    Food nuts;
    nuts.id = "nuts";
    nuts.portions = {{"1 oz", 1, "oz", 28350}};
    CHECK_THROWS_AS(grams_mg("1 cup", nuts), InputError);
}

TEST_CASE("count units match the food's portions, singular or plural") {
    CHECK(grams_mg("3 slices", bread()) == 87000);
    CHECK(grams_mg("1 slice", bread()) == 29000);
    CHECK(grams_mg("2 large biscuits", biscuit()) == 120000);
    CHECK(grams_mg("1 small biscuit", biscuit()) == 20000);
    CHECK(grams_mg("1 medium", biscuit()) == 118000);
    CHECK(grams_mg("1 serving", biscuit()) == 33000);
}

TEST_CASE("a unit the food has no portion for lists the portions it has") {
    try {
        grams_mg("2 slices", spinach());
        FAIL("expected an error");
    } catch (const InputError& e) {
        CHECK(e.diagnostics().front().message == "spinach-boiled has no portion 'slices'");
        CHECK(e.diagnostics().front().hint.find("1 cup (180 g)") != std::string::npos);
    }
    // A bare number is no longer an error: it is that many default servings (issue #16).
    CHECK(grams_mg("2", spinach()) == 2 * grams_mg("1 cup", spinach()));
}

TEST_CASE("absurd amounts are refused") {
    CHECK_THROWS_AS(grams_mg("6 kg", spinach()), InputError);
    CHECK_THROWS_AS(grams_mg("30 cups", spinach()), InputError);
    CHECK_NOTHROW(grams_mg("5 kg", spinach()));
}

TEST_CASE("magnesium in an amount is exact to the microgram") {
    CHECK(magnesium_in(87000, 90000).ug() == 78300);
    CHECK(magnesium_in(270000, 28350).ug() == 76545);
    CHECK(format_mg(Magnesium::from_ug(78500)) == "79");
    CHECK(format_mg_1(Magnesium::from_ug(76545)) == "76.5");
    CHECK(format_grams(28350) == "28.35");
}
