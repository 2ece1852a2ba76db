// The one place a journal entry's magnesium is computed (journal/make_entry): food amounts
// through the food's portions, supplements as elemental magnesium, compounds through the form.
#include <catch2/catch.hpp>

#include "journal/make_entry.hpp"

using namespace mg;

namespace {

Food spinach() {
    Food f;
    f.id = "spinach-boiled";
    f.name = "Spinach, boiled";
    f.group = "leafy-greens";
    f.ug_per_100g = 87000;
    f.source = "usda-sr28:11458";
    f.portions = {{.name = "1 cup", .amount = 1, .unit = "cup", .food_mg = 180000}};
    f.serving = "1 cup";
    return f;
}

}  // namespace

TEST_CASE("a food entry weighs the amount and computes its magnesium", "[make-entry]") {
    const JournalEntry e = food_entry(spinach(), "1/2 cup");
    CHECK(e.kind == EntryKind::food);
    CHECK(e.food_id == "spinach-boiled");
    CHECK(e.name == "Spinach, boiled");
    CHECK(e.amount == "1/2 cup");
    CHECK(e.food_mg == 90000);
    CHECK(e.magnesium == Magnesium::from_ug(78300));
    CHECK(food_entry(spinach(), "100 g").magnesium == Magnesium::from_mg(87));
}

TEST_CASE("a food amount that does not fit is refused with the food's portions", "[make-entry]") {
    CHECK_THROWS_AS(food_entry(spinach(), "1 handful"), InputError);
    CHECK_THROWS_AS(food_entry(spinach(), ""), InputError);
}

TEST_CASE("refreshing a food entry recomputes from its own amount, or changes nothing",
          "[make-entry]") {
    JournalEntry e = food_entry(spinach(), "1 cup");
    Food richer = spinach();
    richer.ug_per_100g = 100000;
    richer.name = "Spinach, boiled (new data)";
    refresh_food_entry(e, richer);
    CHECK(e.magnesium == Magnesium::from_mg(180));
    CHECK(e.name == "Spinach, boiled (new data)");
    JournalEntry bad = e;
    bad.amount = "1 handful";
    CHECK_THROWS_AS(refresh_food_entry(bad, spinach()), InputError);
    CHECK(bad.magnesium == e.magnesium);
}

TEST_CASE("a supplement entry is elemental magnesium times the units", "[make-entry]") {
    const JournalEntry e =
        supplement_entry({.name = "Nature Made Magnesium", .amount = "250 mg", .units = 2});
    CHECK(e.kind == EntryKind::supplement);
    CHECK(e.magnesium == Magnesium::from_mg(500));
    CHECK(e.units == 2);
    CHECK(e.form.empty());
    CHECK_THROWS_AS(supplement_entry({.name = "x", .amount = "1 cup"}), InputError);
}

TEST_CASE("a compound mass is converted through its form, and never guessed", "[make-entry]") {
    const JournalEntry e = supplement_entry({.name = "magnesium oxide 500",
                                             .amount = "500 mg",
                                             .form = match_form("magnesium oxide"),
                                             .compound = true});
    CHECK(e.form == "oxide");
    CHECK(e.magnesium == Magnesium::from_ug(301500));  // 60.3 %
    CHECK_THROWS_AS(supplement_entry({.name = "Magnesium Complex",
                                      .amount = "500 mg",
                                      .form = match_form("Magnesium Complex"),
                                      .compound = true}),
                    UsageError);
    JournalEntry edited = e;
    edited.units = 2;
    refresh_supplement_entry(edited);
    CHECK(edited.magnesium == Magnesium::from_ug(603000));
}
