// Imports and exports of issue #14: journal/import_csv, cronometer (supplements, daily
// summaries), journal/interchange and store/import_merge.
#include <fmt/format.h>

#include <algorithm>
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

namespace {
JournalEntry manual(EntryKind kind, Date d, std::int64_t ug) {
    JournalEntry e = entry(kind, d, ug, "");
    e.id = d.compact() + "-1";
    if (kind == EntryKind::supplement) e.food_id.clear();
    return e;
}
int count_kind(const std::vector<JournalEntry>& v, EntryKind k) {
    return static_cast<int>(
        std::count_if(v.begin(), v.end(), [&](auto& e) { return e.kind == k; }));
}
}  // namespace

TEST_CASE("Cronometer servings replace a day total whatever else the day holds", "[import]") {
    const Date d = Date::from_ymd(2025, 5, 1);
    store::JournalStore::Months months;
    store::merge_import(months, {entry(EntryKind::total, d, 300000, "cronometer-daily:2025-05-01")},
                        "now", {});
    months["2025-05"].push_back(manual(EntryKind::food, d, 20000));  // a later 'log add'
    months["2025-05"].back().id = "20250501-2";
    const auto r = store::merge_import(
        months, {entry(EntryKind::food, d, 55200, "cronometer:00000000000000aa:1")}, "now", {});
    CHECK(r.totals_replaced == std::vector<Date>{d});
    CHECK(count_kind(months["2025-05"], EntryKind::total) == 0);
}

TEST_CASE("supplements logged in mgcalc do not block a day total", "[import]") {
    const Date d = Date::from_ymd(2025, 5, 2);
    store::JournalStore::Months months;
    months["2025-05"].push_back(manual(EntryKind::supplement, d, 200000));
    const auto r = store::merge_import(
        months, {entry(EntryKind::total, d, 280000, "cronometer-daily:2025-05-02")}, "now", {});
    CHECK(r.totals == 1);
    CHECK(r.totals_skipped.empty());
    CHECK(r.totals_beside_supplements == std::vector<Date>{d});
}

TEST_CASE("a re-import with other supplement groups reclassifies in place", "[import]") {
    const std::string csv =
        "Day,Group,Food Name,Amount,Magnesium (mg)\n"
        "2025-05-01,Vitamins,Electrolyte stick,1.00 stick,60\n"
        "2025-05-01,Lunch,Rice,100.00 g,12.5\n";
    store::JournalStore::Months months;
    store::merge_import(months, parse_cronometer("s.csv", csv).entries, "now", {});
    CronometerOptions o;
    o.supplement_groups.push_back("Vitamins");
    auto r = store::merge_import(months, parse_cronometer("s.csv", csv, o).entries, "now", {});
    CHECK(r.added() == 0);
    CHECK(r.to_supplement == 1);
    CHECK(count_kind(months["2025-05"], EntryKind::supplement) == 1);
    CHECK(months["2025-05"][0].food_id.empty());
    r = store::merge_import(months, parse_cronometer("s.csv", csv, o).entries, "now", {});
    CHECK(r.to_supplement + r.to_food + r.added() == 0);
    r = store::merge_import(months, parse_cronometer("s.csv", csv).entries, "now", {});
    CHECK(r.to_food == 1);
}

TEST_CASE("import keys survive a spreadsheet re-save and match the earlier scheme", "[import]") {
    const auto a = parse_cronometer("a.csv",
                                    "Day,Time,Food Name,Amount,Magnesium (mg)\n"
                                    "2022-11-03,09:00,Oats,40.00 g,90.00\n");
    const auto b = parse_cronometer("b.csv",
                                    "Day,Time,Food Name,Amount,Magnesium (mg)\n"
                                    "11/3/2022,9:00 AM,Oats,40.00 g,90\n");
    REQUIRE(a.entries.size() == 1);
    REQUIRE(b.entries.size() == 1);
    CHECK(a.entries[0].import_key == b.entries[0].import_key);
    // What an earlier release wrote: the raw cells hashed; still matched, never duplicated.
    const std::uint64_t old = import_hash(
        "2022-11-03\x1f"
        "09:00\x1f\x1fOats\x1f"
        "40.00 g\x1f"
        "90.00");
    CHECK(a.entries[0].legacy_import_key == fmt::format("cronometer:{:016x}:1", old));
    store::JournalStore::Months months;
    JournalEntry written = a.entries[0];
    written.import_key = written.legacy_import_key;
    written.legacy_import_key.clear();
    written.id = "20221103-1";
    months["2022-11"].push_back(written);
    auto r = store::merge_import(months, a.entries, "now", {});
    CHECK(r.added() == 0);
    CHECK(r.already_present == 1);
    // Matched by the old key, the entry takes the new one: a re-save imported later (its
    // raw cells, so its old key, differ) still matches.
    CHECK(months["2022-11"][0].import_key == a.entries[0].import_key);
    r = store::merge_import(months, b.entries, "now", {});
    CHECK(r.added() == 0);
}

TEST_CASE("a daily summary's Supplements group is a supplement entry", "[import]") {
    const std::string csv =
        "Date,Group,Energy (kcal),Magnesium (mg)\n"
        "2025-06-10,Breakfast,500,100\n"
        "2025-06-10,Supplements,0,120\n"
        "2025-06-10,Total,1100,370\n"
        "2025-06-11,Breakfast,500,100\n"
        "2025-06-11,Vitamins,0,60\n";
    CronometerOptions o;
    o.supplement_groups.push_back("Vitamins");
    const auto im = parse_cronometer_daily("d.csv", csv, o);
    REQUIRE(im.errors.empty());
    REQUIRE(im.entries.size() == 4);
    CHECK(im.entries[0].kind == EntryKind::total);
    CHECK(im.entries[0].magnesium == Magnesium::from_mg(250));
    CHECK(im.entries[1].kind == EntryKind::supplement);
    CHECK(im.entries[1].magnesium == Magnesium::from_mg(120));
    CHECK(im.entries[2].magnesium == Magnesium::from_mg(100));
    CHECK(im.entries[3].kind == EntryKind::supplement);
    const auto flat = parse_cronometer_daily("d.csv",
                                             "Date,Energy (kcal),Magnesium (mg)\n"
                                             "2026-02-10,0.00,400.00\n");
    CHECK(flat.no_energy == std::vector<Date>{Date::from_ymd(2026, 2, 10)});
    CHECK(flat.entries.at(0).kind == EntryKind::total);
}

TEST_CASE("a JSON export is refused when too deep or of the wrong types", "[import]") {
    std::string deep =
        "{\"format\":\"mgcalc-journal-export\",\"version\":1,\"entries\":[{\"note\":";
    deep += std::string(50000, '[') + std::string(50000, ']') + "}]}";
    const auto d = parse_mgcalc_export("deep.json", deep);
    REQUIRE(d.errors.size() == 1);
    CHECK(d.errors[0].message == "JSON nested more than 64 levels deep");
    CHECK(d.errors[0].column == 127);
    const auto t = parse_mgcalc_export("t.json",
                                       R"({"format":"mgcalc-journal-export","version":1,"entries":[
        {"date":"2025-05-01","kind":"food","food_id":"oats","name":"Oats","magnesium_mg":"55","amount":"40 g"},
        {"date":"2025-05-01","kind":"food","food_id":"oats","name":{"x":[1]},"magnesium_mg":55,"amount":"40 g","note":[1]},
        {"date":"2025-05-01","kind":"food","food_id":"oats","name":"Oats","magnesium_mg":55,"amount":"40 g"}]})");
    CHECK(t.entries.size() == 1);
    CHECK(t.malformed == std::vector<int>{1, 2});
    CHECK(t.by_entry);
    REQUIRE(t.errors.size() == 3);
    CHECK(t.errors[0].message == "entry 1: 'magnesium_mg' must be a number, not the string \"55\"");
    CHECK(t.errors[1].message == "entry 2: 'name' must be a string, not object");
    CHECK(t.errors[2].message == "entry 2: 'note' must be a string, not array");
}

TEST_CASE("Cronometer row problems are located by column; huge numbers are too large", "[import]") {
    const auto im = parse_cronometer("s.csv",
                                     "Day,Food Name,Amount,Magnesium (mg)\n"
                                     "2025-05-01,Oats,40 g,1e308\n"
                                     "2025-05-01,Oats,40 g,lots\n");
    REQUIRE(im.errors.size() == 2);
    CHECK(im.errors[0].column == 4);
    CHECK(im.errors[0].message == "Magnesium (mg) '1e308' is too large (at most 999999)");
    CHECK(im.errors[1].message == "Magnesium (mg) 'lots' is not a non-negative number");
}
