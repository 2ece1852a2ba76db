// Reading a Cronometer servings.csv export (journal/cronometer.hpp, docs/import.md).
#include <catch2/catch.hpp>

#include "journal/cronometer.hpp"

using namespace mg;

namespace {

// Columns in Cronometer's order, with ones mgcalc does not use (Energy) in between.
const std::string kExport =
    "Day,Time,Group,Food Name,Amount,Energy (kcal),Magnesium (mg)\n"
    "2026-03-02,08:00,Breakfast,\"Oats, rolled\",50.00 g,190,69.0\n"
    "2026-03-02,,Snacks,Almonds,1.00 oz (28 g),164,76.5\n"
    "2026-3-3,,Uncategorized,Water,1.00 cup,0,\n"
    "2026-03-03,19:30,Dinner,\"Spinach, cooked\",1.00 cup (180 g),41,156.6\n"
    "2026-03-03,19:30,Dinner,\"Spinach, cooked\",1.00 cup (180 g),41,156.6\n"
    "2026-03-04,,Pre-workout,Banana,1.00 medium,105,31.9\n";

}  // namespace

TEST_CASE("a servings.csv export becomes food entries", "[cronometer]") {
    const CronometerImport im = parse_cronometer("servings.csv", kExport);
    REQUIRE(im.errors.empty());
    REQUIRE(im.entries.size() == 5);

    const JournalEntry& oats = im.entries[0];
    CHECK(oats.date == Date::from_ymd(2026, 3, 2));
    CHECK(oats.kind == EntryKind::food);
    CHECK(oats.food_id == "cronometer");
    CHECK(oats.name == "Oats, rolled");
    CHECK(oats.meal == "breakfast");
    CHECK(oats.amount == "50.00 g");
    CHECK(oats.food_mg == 50000);
    CHECK(oats.magnesium == Magnesium::from_mg(69));
    CHECK(oats.id.empty());  // the journal assigns ids

    const JournalEntry& almonds = im.entries[1];
    CHECK(almonds.meal == "snack");   // "Snacks"
    CHECK(almonds.food_mg == 28000);  // the grams in parentheses
    CHECK(almonds.magnesium == Magnesium::from_ug(76500));

    CHECK(im.entries[2].meal == "dinner");
    CHECK(im.entries[2].food_mg == 180000);
    // A diary group of the user's own is kept, lower-cased; an amount without grams gives 0.
    CHECK(im.entries[4].meal == "pre-workout");
    CHECK(im.entries[4].food_mg == 0);
    CHECK(im.entries[4].amount == "1.00 medium");
}

TEST_CASE("an empty Magnesium cell is unknown, not zero: the row is listed, not imported",
          "[cronometer]") {
    const CronometerImport im = parse_cronometer("servings.csv", kExport);
    CHECK(im.no_magnesium == std::vector<int>{4});
    for (const auto& e : im.entries) CHECK(e.name != "Water");
}

TEST_CASE("import keys are stable, and identical rows stay distinct", "[cronometer]") {
    const CronometerImport a = parse_cronometer("servings.csv", kExport);
    const CronometerImport b = parse_cronometer("other-name.csv", kExport);
    REQUIRE(a.entries.size() == b.entries.size());
    for (size_t i = 0; i < a.entries.size(); ++i) {
        CHECK(a.entries[i].import_key.rfind("cronometer:", 0) == 0);
        CHECK(a.entries[i].import_key == b.entries[i].import_key);
    }
    // The two identical spinach rows: same hash, occurrences 1 and 2.
    const std::string& k1 = a.entries[2].import_key;
    const std::string& k2 = a.entries[3].import_key;
    CHECK(k1.ends_with(":1"));
    CHECK(k2.ends_with(":2"));
    CHECK(k1.substr(0, k1.size() - 2) == k2.substr(0, k2.size() - 2));
    CHECK(a.entries[0].import_key != a.entries[1].import_key);
}

TEST_CASE("bad rows are reported by line; good rows are still read", "[cronometer]") {
    const CronometerImport im = parse_cronometer("servings.csv",
                                                 "Day,Group,Food Name,Amount,Magnesium (mg)\n"
                                                 "2026-02-30,Lunch,Bread,1 slice,20\n"
                                                 "2026-03-01,Lunch,,1 slice,20\n"
                                                 "2026-03-01,Lunch,Bread,1 slice,-5\n"
                                                 "2026-03-01,Lunch,Bread,1 slice\n"
                                                 "2026-03-01,Lunch,Bread,1 slice,12.5\n");
    REQUIRE(im.errors.size() == 4);
    CHECK(im.errors[0].line == 2);
    CHECK(im.errors[0].message == "Day '2026-02-30' is not a date");
    CHECK(im.errors[1].line == 3);
    CHECK(im.errors[1].message == "Food Name is empty");
    CHECK(im.errors[2].line == 4);
    CHECK(im.errors[2].message == "Magnesium (mg) '-5' is not a non-negative number");
    CHECK(im.errors[3].line == 5);
    CHECK(im.errors[3].message == "row has 4 fields, the header has 5");
    REQUIRE(im.entries.size() == 1);
    CHECK(im.entries[0].magnesium == Magnesium::from_ug(12500));
    CHECK(im.entries[0].meal == "lunch");
}

TEST_CASE("files that are not a servings.csv are refused as a whole", "[cronometer]") {
    const CronometerImport summary =
        parse_cronometer("dailysummary.csv", "Date,Energy (kcal),Magnesium (mg)\n2026-03-01,1,2\n");
    REQUIRE(summary.errors.size() == 1);
    CHECK(summary.errors[0].message ==
          "not a Cronometer servings.csv: no column Day, Food Name, Amount");
    CHECK(summary.errors[0].hint ==
          "this looks like dailysummary.csv: import it with 'mgcalc import cronometer-daily'");
    CHECK(summary.entries.empty());

    const CronometerImport empty = parse_cronometer("x.csv", "");
    REQUIRE(empty.errors.size() == 1);
    CHECK(empty.errors[0].message == "the file is empty");

    const CronometerImport unclosed =
        parse_cronometer("x.csv", "Day,Food Name,Amount,Magnesium (mg)\n2026-03-01,\"Oats,1 g,2\n");
    REQUIRE(unclosed.errors.size() == 1);
    CHECK(unclosed.errors[0].message == "a quoted field is never closed");
    CHECK(unclosed.entries.empty());
}
