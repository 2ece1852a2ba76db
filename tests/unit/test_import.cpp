// Imports and exports of issue #14: journal/import_csv, cronometer (supplements, daily
// summaries), journal/interchange and store/import_merge.
#include <catch2/catch.hpp>

#include "journal/cronometer.hpp"
#include "journal/interchange.hpp"
#include "store/import_merge.hpp"

using namespace mg;

TEST_CASE("export dates: padded, unpadded and spreadsheet re-saves", "[import]") {
    CHECK(parse_export_date("2011-4-18") == Date::from_ymd(2011, 4, 18));
    CHECK(parse_export_date("1/27/2026") == Date::from_ymd(2026, 1, 27));
    CHECK_FALSE(parse_export_date("2026-02-30"));
    CHECK_FALSE(parse_export_date("27/1/26"));
    CHECK_FALSE(parse_export_number("-1"));
    CHECK(parse_export_number("0") == 0.0);
}

TEST_CASE("rows in a supplement group or category become supplements", "[import]") {
    const std::string csv =
        "Day,Group,Food Name,Amount,Magnesium (mg),Category\n"
        "2024-03-04,Supplements,Electrolyte stick,1.00 stick,60,\"\"\n"
        "2024-03-04,Breakfast,Protein shake,1.00 scoop,90,Supplements\n"
        "2024-03-04,Vitamins,Zinc,1.00 tablet,0,\n"
        "2024-03-04,Lunch,Rice,100.00 g,12.5,Grains\n";
    CronometerOptions o;
    o.supplement_groups.push_back("VITAMINS");
    const auto im = parse_cronometer("s.csv", csv, o);
    REQUIRE(im.errors.empty());
    REQUIRE(im.entries.size() == 4);
    CHECK(im.entries[0].kind == EntryKind::supplement);
    CHECK(im.entries[0].meal.empty());  // the group is where it was filed, not a meal
    CHECK(im.entries[1].kind == EntryKind::supplement);
    CHECK(im.entries[1].meal == "breakfast");
    CHECK(im.entries[1].magnesium == Magnesium::from_mg(90));
    CHECK(im.entries[2].kind == EntryKind::supplement);
    CHECK(im.entries[3].kind == EntryKind::food);
    CHECK(im.entries[3].food_mg == 100000);
}

TEST_CASE("a daily summary gives one total per day, Total rows over group rows", "[import]") {
    const std::string csv =
        "Date,Group,Energy (kcal),Magnesium (mg),Completed\n"
        "2025-06-01,Breakfast,400,90.5,true\n"
        "2025-06-01,Total,1100,240.75,true\n"
        "2025-06-01,Lunch,700,150.25,true\n"
        "2025-06-02,Breakfast,300,80,false\n"
        "2025-06-02,Dinner,650,120.5,false\n"
        "2025-06-03,Total,0,0,false\n";
    const auto im = parse_cronometer_daily("d.csv", csv);
    REQUIRE(im.errors.empty());
    REQUIRE(im.entries.size() == 3);
    CHECK(im.entries[0].kind == EntryKind::total);
    CHECK(im.entries[0].magnesium == Magnesium::from_ug(240750));
    CHECK(im.entries[1].kind == EntryKind::day);
    CHECK(im.entries[1].complete == true);
    CHECK(im.entries[2].magnesium == Magnesium::from_ug(200500));
    CHECK(im.empty_days == std::vector<int>{7});
}

namespace {
JournalEntry entry(EntryKind kind, Date d, std::int64_t ug, std::string key) {
    JournalEntry e;
    e.kind = kind;
    e.date = d;
    e.name = "x";
    e.amount = "1";
    e.food_id = "cronometer";
    e.magnesium = Magnesium::from_ug(ug);
    e.import_key = std::move(key);
    return e;
}
}  // namespace

TEST_CASE("servings win over a day total, in either order, and re-imports add nothing",
          "[import]") {
    const Date d = Date::from_ymd(2024, 3, 4);
    store::JournalStore::Months months;
    const std::vector<JournalEntry> totals = {entry(EntryKind::total, d, 300000, "t")};
    auto r = store::merge_import(months, totals, "now", {});
    CHECK(r.totals == 1);
    r = store::merge_import(months, totals, "now", {});
    CHECK(r.already_present == 1);
    CHECK(r.added() == 0);
    r = store::merge_import(months, {entry(EntryKind::food, d, 5000, "f")}, "now", {});
    CHECK(r.foods == 1);
    CHECK(r.totals_replaced == std::vector<Date>{d});
    REQUIRE(months["2024-03"].size() == 1);
    CHECK(months["2024-03"][0].kind == EntryKind::food);
    r = store::merge_import(months, totals, "now", {});
    CHECK(r.totals_skipped == std::vector<Date>{d});
}

TEST_CASE("export csv and json read back as the same entries", "[import]") {
    JournalEntry food = entry(EntryKind::food, Date::from_ymd(2026, 3, 4), 167832, "");
    food.id = "20260304-1";
    food.food_mg = 28350;
    food.note = "a \"handful\", salted";
    food.added = "2026-03-04T12:00:00Z";
    JournalEntry total = entry(EntryKind::total, Date::from_ymd(2026, 3, 5), 288150, "k");
    total.id = "20260305-1";
    total.amount.clear();
    total.food_id.clear();
    JournalEntry mark;
    mark.id = "20260305-2";
    mark.date = Date::from_ymd(2026, 3, 5);
    mark.kind = EntryKind::day;
    const std::vector<JournalEntry> all = {food, total, mark};
    for (const std::string& text : {export_csv(all), export_json(all).dump()}) {
        const ImportRows back = parse_mgcalc_export("x", text);
        REQUIRE(back.errors.empty());
        REQUIRE(back.entries.size() == 3);
        for (size_t i = 0; i < 3; ++i)
            CHECK(entry_to_line(back.entries[i]) == entry_to_line(all[i]));
    }
}

TEST_CASE("a day total is a journal line of its own kind", "[import]") {
    const auto f = parse_journal("j",
                                 "- {format: mgcalc-journal, version: 1}\n"
                                 "- {id: 20260305-1, date: 2026-03-05, kind: total, name: "
                                 "Cronometer daily total, mg: 288.15}\n"
                                 "- {id: 20260305-2, date: 2026-03-05, kind: total, name: "
                                 "T, mg: 1, grams: 3}\n");
    REQUIRE(f.entries.size() == 1);
    CHECK(f.entries[0].kind == EntryKind::total);
    CHECK(entry_to_line(f.entries[0]) ==
          "- {id: 20260305-1, date: 2026-03-05, kind: total, name: Cronometer daily total, mg: "
          "288.15}\n");
    REQUIRE(f.errors.size() == 1);
    CHECK(f.errors[0].message == "'grams' does not belong on a day total");
}
