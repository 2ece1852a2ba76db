// Issue #16: what people type. A table of phrases with the food, amount and grams they must
// give, against a small food database of known portions (so that the expectations do not move
// with the bundled data); FOOD AMOUNT pairs of `log add`; date words; scaling saved meals.
#include <catch2/catch.hpp>
#include <cmath>

#include "core/date.hpp"
#include "core/diagnostic.hpp"
#include "foods/amount.hpp"
#include "foods/phrase.hpp"
#include "journal/batch.hpp"
#include "journal/saved_meal.hpp"

using namespace mg;

namespace {

Portion portion(const std::string& name, double amount, const std::string& unit, double grams) {
    return {.name = name,
            .amount = amount,
            .unit = unit,
            .food_mg = static_cast<std::int64_t>(std::llround(grams * 1000))};
}

Food food(std::string id, std::string name, std::vector<std::string> aliases,
          std::vector<Portion> portions, std::string serving = {}) {
    Food f;
    f.id = std::move(id);
    f.name = std::move(name);
    f.group = "test";
    f.ug_per_100g = 50'000;
    f.source = "test";
    f.aliases = std::move(aliases);
    f.portions = std::move(portions);
    f.serving = std::move(serving);
    f.curated = true;
    return f;
}

const FoodDb& test_db() {
    static const FoodDb db = [] {
        FoodDb d;
        std::vector<Diagnostic> errors;
        d.add({food("oatmeal-cooked", "Oatmeal, cooked", {"oatmeal", "porridge"},
                    {portion("1 cup", 1, "cup", 234)}, "1 cup"),
               food("banana", "Banana", {},
                    {portion("1 cup, sliced", 1, "cup, sliced", 150),
                     portion("1 medium", 1, "medium", 118), portion("1 large", 1, "large", 136),
                     portion("1 NLEA serving", 1, "NLEA serving", 126)},
                    "1 medium"),
               food("peanut-butter", "Peanut butter", {"peanut butter"},
                    {portion("2 tbsp", 2, "tbsp", 32), portion("1 cup", 1, "cup", 258)}, "2 tbsp"),
               food("white-rice", "White rice, cooked", {"rice", "white rice"},
                    {portion("1 cup", 1, "cup", 158)}, "1 cup"),
               food("almonds", "Almonds", {},
                    {portion("1 oz (23 whole kernels)", 1, "oz (23 whole kernels)", 28.35)}),
               food("milk", "Milk, whole", {"whole milk"}, {portion("1 cup", 1, "cup", 244)},
                    "1 cup"),
               food("egg-boiled", "Egg, boiled", {"egg", "boiled egg"},
                    {portion("1 large", 1, "large", 50), portion("1 medium", 1, "medium", 44)},
                    "1 large"),
               food("whole-wheat-bread", "Whole-wheat bread", {"bread", "whole wheat bread"},
                    {portion("1 slice", 1, "slice", 32)}, "1 slice"),
               food("dried-apple", "Apple, dried", {"dried apple"}, {}),
               food("peach", "Peach", {}, {portion("1 medium", 1, "medium", 150)}, "1 medium"),
               food("cherry", "Cherries", {},
                    {portion("1 cup, with pits", 1, "cup, with pits", 138)}, "1 cup, with pits"),
               food("tomato", "Tomato", {}, {portion("1 medium", 1, "medium", 123)}, "1 medium"),
               food("honey", "Honey", {}, {portion("1 tbsp", 1, "tbsp", 21)}, "1 tbsp")},
              errors);
        d.set_table({});
        d.finish(errors);
        REQUIRE(errors.empty());
        return d;
    }();
    return db;
}

struct Row {
    const char* phrase;
    const char* food;
    const char* amount;
    double grams;
};

// What a person types, and what it must be understood as.
const Row kRows[] = {
    {"1 cup oatmeal", "oatmeal-cooked", "1 cup", 234},
    {"2 cups oatmeal", "oatmeal-cooked", "2 cups", 468},
    {"1/2 cup oatmeal", "oatmeal-cooked", "1/2 cup", 117},
    {"\u00BD cup oatmeal", "oatmeal-cooked", "1/2 cup", 117},
    {"1\u00BD cups oatmeal", "oatmeal-cooked", "1 1/2 cups", 351},
    {"1 1/2 cups oatmeal", "oatmeal-cooked", "1 1/2 cups", 351},
    {"1.5 cups oatmeal", "oatmeal-cooked", "1 1/2 cups", 351},
    {"0.5 cup oatmeal", "oatmeal-cooked", "1/2 cup", 117},
    {".5 cup oatmeal", "oatmeal-cooked", "1/2 cup", 117},
    {"half a cup of oatmeal", "oatmeal-cooked", "1/2 cup", 117},
    {"a cup of oatmeal", "oatmeal-cooked", "1 cup", 234},
    {"a half cup oatmeal", "oatmeal-cooked", "1/2 cup", 117},
    {"one cup oatmeal", "oatmeal-cooked", "1 cup", 234},
    {"two cups of porridge", "oatmeal-cooked", "2 cups", 468},
    {"1 cup OATMEAL", "oatmeal-cooked", "1 cup", 234},
    {"1 lb oatmeal", "oatmeal-cooked", "1 lb", 453.592},
    {"1 serving oatmeal", "oatmeal-cooked", "1 serving", 234},
    {"1 oatmeal", "oatmeal-cooked", "1", 234},
    {"1 medium banana", "banana", "1 medium", 118},
    {"a medium banana", "banana", "1 medium", 118},
    {"1 Medium Banana", "banana", "1 Medium", 118},
    {"2 large bananas", "banana", "2 large", 272},
    {"1 banana", "banana", "1", 118},
    {"a banana", "banana", "1", 118},
    {"an banana", "banana", "1", 118},
    {"half a banana", "banana", "1/2", 59},
    {"half banana", "banana", "1/2", 59},
    {"two bananas", "banana", "2", 236},
    {"3 bananas", "banana", "3", 354},
    {"1 cup of banana", "banana", "1 cup", 150},
    {"1 NLEA serving banana", "banana", "1 NLEA serving", 126},
    {"1 serving banana", "banana", "1 serving", 126},
    {"2 tbsp peanut butter", "peanut-butter", "2 tbsp", 32},
    {"1 tbsp peanut butter", "peanut-butter", "1 tbsp", 16},
    {"2 tablespoons of peanut butter", "peanut-butter", "2 tablespoons", 32},
    {"1 cup peanut butter", "peanut-butter", "1 cup", 256},
    {"1 peanut butter", "peanut-butter", "1", 32},
    {"1 cup rice", "white-rice", "1 cup", 158},
    {"half a cup of rice", "white-rice", "1/2 cup", 79},
    {"2 cups of white rice", "white-rice", "2 cups", 316},
    {"\u00BC cup rice", "white-rice", "1/4 cup", 39.5},
    {"1kg rice", "white-rice", "1 kg", 1000},
    {"30g almonds", "almonds", "30 g", 30},
    {"30 g almonds", "almonds", "30 g", 30},
    {"100 grams almonds", "almonds", "100 grams", 100},
    {"1 oz almonds", "almonds", "1 oz", 28.35},
    {"2 oz of almonds", "almonds", "2 oz", 56.699},
    {"1 almonds", "almonds", "1", 28.35},
    {"1 cup milk", "milk", "1 cup", 244},
    {"8 fl oz milk", "milk", "8 fl oz", 244},
    {"2 and a half cups milk", "milk", "2 1/2 cups", 610},
    {"two and a half cups of whole milk", "milk", "2 1/2 cups", 610},
    {"2 eggs", "egg-boiled", "2", 100},
    {"two eggs", "egg-boiled", "2", 100},
    {"an egg", "egg-boiled", "1", 50},
    {"1 large egg", "egg-boiled", "1 large", 50},
    {"3 medium eggs", "egg-boiled", "3 medium", 132},
    {"1 boiled egg", "egg-boiled", "1", 50},
    {"2 slices bread", "whole-wheat-bread", "2 slices", 64},
    {"2 slices of bread", "whole-wheat-bread", "2 slices", 64},
    {"a slice of whole wheat bread", "whole-wheat-bread", "1 slice", 32},
    {"1 slice bread", "whole-wheat-bread", "1 slice", 32},
    {"1 dried apple", "dried-apple", "1", 100},
    {"50 g dried apple", "dried-apple", "50 g", 50},
    {"2 peaches", "peach", "2", 300},
    {"1 medium peach", "peach", "1 medium", 150},
    {"1 cup cherries", "cherry", "1 cup", 138},
    {"1 cup of cherries", "cherry", "1 cup", 138},
    {"3 tomatoes", "tomato", "3", 369},
    {"1 tbsp honey", "honey", "1 tbsp", 21},
    {"1 teaspoon honey", "honey", "1 teaspoon", 7},
    {"twelve tomatoes", "tomato", "12", 1476},
};

}  // namespace

TEST_CASE("typed phrases give the food, the amount and the grams expected", "[phrase]") {
    STATIC_REQUIRE(sizeof(kRows) / sizeof(kRows[0]) >= 60);
    for (const Row& r : kRows) {
        INFO(r.phrase);
        const Understood u = understand_phrase(r.phrase, test_db());
        REQUIRE(u.food != nullptr);
        CHECK(u.food->id == r.food);
        CHECK(u.amount == r.amount);
        const Resolved got = resolve_amount(parse_amount(u.amount), *u.food);
        CHECK(static_cast<double>(got.food_mg) / 1000.0 == Approx(r.grams).margin(0.01));
    }
}

TEST_CASE("phrases are never guessed: each problem is an error with a hint", "[phrase]") {
    struct Bad {
        const char* phrase;
        const char* message;
        const char* hint;
    };
    const Bad bad[] = {
        {"oatmeal", "does not start with an amount", "write the amount first"},
        {"1 cup", "names no food", "write the food after the amount"},
        {"1 cup of", "names no food", "write the food after the amount"},
        {"1 cup oatmeel", "unknown food 'oatmeel'", "did you mean 'Oatmeal, cooked'"},
        {"a handful of almonds", "almonds has no portion 'handful'", "1 oz (23 whole kernels)"},
        {"1 bowl of rice", "white-rice has no portion 'bowl'", "1 cup (158 g)"},
        {"1 cup dried apple", "no volume portion", "its portions: none"},
        {"0 cups oatmeal", "is zero", ""},
    };
    for (const Bad& b : bad) {
        INFO(b.phrase);
        try {
            understand_phrase(b.phrase, test_db());
            FAIL("no error");
        } catch (const InputError& e) {
            const Diagnostic& d = e.diagnostics().front();
            CHECK_THAT(d.message, Catch::Contains(b.message));
            CHECK_THAT(d.hint, Catch::Contains(b.hint));
        }
    }
}

TEST_CASE("phrases split on semicolons and lines", "[phrase]") {
    CHECK(split_phrases("1 cup oatmeal; 1 banana;\n 2 eggs \n\n") ==
          std::vector<std::string>{"1 cup oatmeal", "1 banana", "2 eggs"});
}

TEST_CASE("log add words pair up as FOOD AMOUNT, or are one food and its amount", "[phrase]") {
    auto items = pair_food_words({"oatmeal", "1 cup", "banana", "1", "peanut butter", "2 tbsp"});
    REQUIRE(items.size() == 3);
    CHECK(items[1].food == "banana");
    CHECK(items[1].amount == "1");
    items = pair_food_words({"spinach-boiled", "1", "cup"});
    REQUIRE(items.size() == 1);
    CHECK(items[0].amount == "1 cup");
    items = pair_food_words({"spinach-boiled", "1", "1/2", "cups"});
    REQUIRE(items.size() == 1);
    CHECK(items[0].amount == "1 1/2 cups");
    CHECK(pair_food_words({"banana"}).empty());
    // A food whose name starts with a number is not an amount.
    items = pair_food_words({"2% milk", "1 cup", "banana", "1"});
    REQUIRE(items.size() == 2);
    CHECK(items[0].food == "2% milk");
    CHECK(items[0].amount == "1 cup");
    items = pair_food_words({"almonds", "30g", "7-up", "½"});
    REQUIRE(items.size() == 2);
    CHECK(items[1].food == "7-up");
    CHECK(items[1].amount == "½");
}

TEST_CASE("typed text: at most 200 items, and no control characters", "[phrase]") {
    std::vector<std::string> many(kMaxBatchItems + 1, "1 banana");
    CHECK_THROWS_AS(check_typed(many, "phrases"), InputError);
    many.pop_back();
    CHECK_NOTHROW(check_typed(many, "phrases"));
    try {
        check_typed({"1 cup oats", "1 \x1b[2Jbanana", "2 eggs\x07"}, "phrases");
        FAIL("no error");
    } catch (const InputError& e) {
        REQUIRE(e.diagnostics().size() == 2);
        CHECK(e.diagnostics()[0].message == "'1 \\x1B[2Jbanana' contains a control character");
    }
    CHECK_NOTHROW(check_typed({"1\tcup oats"}, "phrases"));  // a tab is a space
}

TEST_CASE("a batch reports every bad item, and makes no entry", "[phrase]") {
    try {
        food_entries(test_db(), {{"oatmeal", "1 cup"}, {"bananna", "1"}, {"honey", "1 bowl"}});
        FAIL("no error");
    } catch (const InputError& e) {
        REQUIRE(e.diagnostics().size() == 2);
        CHECK_THAT(e.diagnostics()[0].message, Catch::StartsWith("bananna 1: unknown food"));
        CHECK_THAT(e.diagnostics()[1].message, Catch::StartsWith("honey 1 bowl: "));
    }
    const auto es = food_entries(test_db(), {{"banana", "2"}});
    REQUIRE(es.size() == 1);
    CHECK(es[0].amount == "2 default servings");
    CHECK(es[0].food_mg == 236'000);
}

TEST_CASE("date words are relative to the today passed in", "[date]") {
    const Date wed = *Date::parse("2026-03-04");
    CHECK(parse_date_word("today", wed) == wed);
    CHECK(parse_date_word("Yesterday", wed) == *Date::parse("2026-03-03"));
    CHECK(parse_date_word("monday", wed) == *Date::parse("2026-03-02"));
    CHECK(parse_date_word("tue", wed) == *Date::parse("2026-03-03"));
    CHECK(parse_date_word("wednesday", wed) == *Date::parse("2026-02-25"));
    CHECK(parse_date_word("thursday", wed) == *Date::parse("2026-02-26"));
    CHECK(parse_date_word("2026-01-02", wed) == *Date::parse("2026-01-02"));
    CHECK_FALSE(parse_date_word("someday", wed));
    CHECK_FALSE(parse_date_word("2026-02-30", wed));
}

TEST_CASE("saved meal amounts scale exactly", "[meal]") {
    CHECK(scale_amount("1/2 cup", parse_amount("0.5")) == "1/4 cup");
    CHECK(scale_amount("2", parse_amount("1.5")) == "3");
    CHECK(scale_amount("1 default serving", parse_amount("1/2")) == "1/2 default serving");
}

TEST_CASE("a saved meal file is validated, every problem located", "[meal]") {
    const std::string good =
        "format: mgcalc-meal\nversion: 1\nname: usual\nmeal: breakfast\nfoods:\n"
        "  - {food: banana, amount: 1 medium}\n";
    const SavedMeal m = parse_saved_meal("usual.yaml", good, "usual");
    REQUIRE(m.items.size() == 1);
    CHECK(m.items[0].line == 6);
    CHECK(parse_saved_meal("usual.yaml", render_saved_meal(m), "usual").items[0].amount ==
          "1 medium");
    const std::string bad =
        "format: mgcalc-meal\nversion: 1\nname: other\nmeal: brunch\nfoods:\n"
        "  - {food: banana, amount: lots, colour: red}\n";
    try {
        parse_saved_meal("usual.yaml", bad, "usual");
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.diagnostics().size() == 4);  // name, meal, unknown key, amount
        for (const auto& d : e.diagnostics()) CHECK(d.line > 0);
    }
    CHECK_THROWS_AS(parse_saved_meal("u.yaml", "name: a\nname: b\n", "a"), InputError);
}
