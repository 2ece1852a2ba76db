// Logging again what was logged before: copying a day, the copy that is already there, and
// the foods logged lately (src/journal/reuse.*).
#include <catch2/catch.hpp>

#include "journal/reuse.hpp"

using namespace mg;

namespace {

JournalEntry food(Date d, std::string id, std::string amount, std::string meal = "breakfast") {
    JournalEntry e;
    e.id = d.iso() + "-x";
    e.date = d;
    e.meal = std::move(meal);
    e.kind = EntryKind::food;
    e.food_id = id;
    e.name = id;
    e.amount = std::move(amount);
    return e;
}

const Date kMon = Date::from_ymd(2026, 3, 2);
const Date kTue = Date::from_ymd(2026, 3, 3);

}  // namespace

TEST_CASE("a copy gets the new day, no id, no import key", "[reuse]") {
    auto oats = food(kMon, "oatmeal", "1 cup");
    oats.import_key = "cronometer:abc";
    auto mark = food(kMon, "", "");
    mark.kind = EntryKind::day;
    const auto copies =
        copy_entries({oats, food(kMon, "banana", "1", "lunch"), mark}, kMon, "breakfast", kTue,
                     "2026-03-03T08:00:00Z");
    REQUIRE(copies.size() == 1);
    CHECK(copies[0].date == kTue);
    CHECK(copies[0].id.empty());
    CHECK(copies[0].import_key.empty());
    CHECK(copies[0].added == "2026-03-03T08:00:00Z");
}

TEST_CASE("already_logged counts each entry of the day once", "[reuse]") {
    const auto copies = copy_entries({food(kMon, "oatmeal", "1 cup"), food(kMon, "oatmeal", "1 cup")},
                                     kMon, "", kTue, "t");
    CHECK(already_logged(copies, {}) == 0);
    // One oatmeal on Tuesday matches one of the two copies, not both.
    CHECK(already_logged(copies, {food(kTue, "oatmeal", "1 cup")}) == 1);
    CHECK(already_logged(copies, {food(kTue, "oatmeal", "1 cup"), food(kTue, "oatmeal", "1 cup")}) ==
          2);
    // Another amount or meal is another entry.
    CHECK(already_logged(copies, {food(kTue, "oatmeal", "2 cups"),
                                  food(kTue, "oatmeal", "1 cup", "dinner")}) == 0);
}

TEST_CASE("recent foods: most often first, imports and the future left out", "[reuse]") {
    auto imported = food(kTue, "cronometer-x", "1 g");
    imported.import_key = "k";
    const auto recent = recent_foods({food(kMon, "banana", "1"), food(kTue, "banana", "1"),
                                      food(kTue, "oatmeal", "1 cup"), imported,
                                      food(kTue.plus_days(1), "kale", "1 cup")},
                                     kTue);
    REQUIRE(recent.size() == 2);
    CHECK(recent[0].food_id == "banana");
    CHECK(recent[0].times == 2);
    CHECK(recent[1].food_id == "oatmeal");
}
