// Journal lines: writing and reading them back, torn lines, versions, ids (journal/entry.hpp).
#include <catch2/catch.hpp>

#include "journal/entry.hpp"

using namespace mg;

namespace {

const Date kDay = Date::from_ymd(2026, 3, 4);

JournalEntry spinach() {
    JournalEntry e;
    e.id = "20260304-1";
    e.date = kDay;
    e.meal = "lunch";
    e.kind = EntryKind::food;
    e.food_id = "spinach-boiled";
    e.name = "Spinach, boiled";
    e.amount = "1/2 cup";
    e.food_mg = 90000;
    e.magnesium = Magnesium::from_ug(78300);
    e.added = "2026-03-04T12:00:00Z";
    return e;
}

JournalEntry glycinate() {
    JournalEntry e;
    e.id = "20260304-2";
    e.date = kDay;
    e.kind = EntryKind::supplement;
    e.name = "magnesium glycinate";
    e.amount = "100 mg";
    e.magnesium = Magnesium::from_mg(200);
    e.form = "glycinate";
    e.units = 2;
    e.compound = true;
    e.note = "with dinner: \"two\" caps";
    e.import_key = "test:1";
    return e;
}

std::string journal(const std::string& lines) {
    return "# a comment\n" + std::string(kJournalHeader) + "\n" + lines;
}

}  // namespace

TEST_CASE("a food entry is written as one flow line", "[entry]") {
    JournalEntry e = spinach();
    e.added.clear();
    CHECK(entry_to_line(e) ==
          "- {id: 20260304-1, date: 2026-03-04, meal: lunch, kind: food, food: spinach-boiled, "
          "name: \"Spinach, boiled\", amount: \"1/2 cup\", grams: 90, mg: 78.3}\n");
}

TEST_CASE("food and supplement entries read back as they were written", "[entry]") {
    const JournalFile f =
        parse_journal("j.yaml", journal(entry_to_line(spinach()) + entry_to_line(glycinate())));
    REQUIRE(f.errors.empty());
    CHECK(f.has_header);
    REQUIRE(f.entries.size() == 2);

    const JournalEntry& a = f.entries[0];
    CHECK(a.id == "20260304-1");
    CHECK(a.date == kDay);
    CHECK(a.meal == "lunch");
    CHECK(a.kind == EntryKind::food);
    CHECK(a.food_id == "spinach-boiled");
    CHECK(a.name == "Spinach, boiled");
    CHECK(a.amount == "1/2 cup");
    CHECK(a.food_mg == 90000);
    CHECK(a.magnesium == Magnesium::from_ug(78300));
    CHECK(a.added == "2026-03-04T12:00:00Z");
    CHECK(a.units == 1);
    CHECK(a.line == 3);

    const JournalEntry& s = f.entries[1];
    CHECK(s.kind == EntryKind::supplement);
    CHECK(s.meal.empty());
    CHECK(s.food_id.empty());
    CHECK(s.name == "magnesium glycinate");
    CHECK(s.amount == "100 mg");
    CHECK(s.magnesium == Magnesium::from_mg(200));
    CHECK(s.form == "glycinate");
    CHECK(s.units == 2);
    CHECK(s.compound);
    CHECK(s.note == "with dinner: \"two\" caps");
    CHECK(s.import_key == "test:1");
    CHECK(s.line == 4);
    // Written again, each is the same line.
    CHECK(entry_to_line(a) == entry_to_line(spinach()));
    CHECK(entry_to_line(s) == entry_to_line(glycinate()));
}

TEST_CASE("a day mark reads back with its state", "[entry]") {
    JournalEntry m;
    m.id = "20260304-3";
    m.date = kDay;
    m.kind = EntryKind::day;
    m.complete = false;
    CHECK(entry_to_line(m) == "- {id: 20260304-3, date: 2026-03-04, kind: day, complete: false}\n");
    const JournalFile f = parse_journal("j.yaml", journal(entry_to_line(m)));
    REQUIRE(f.errors.empty());
    REQUIRE(f.entries.size() == 1);
    CHECK(f.entries[0].kind == EntryKind::day);
    CHECK(f.entries[0].complete == std::optional<bool>(false));
}

TEST_CASE("a torn last line is reported, and the whole lines before it are kept", "[entry]") {
    std::string text = journal(entry_to_line(spinach()) + entry_to_line(glycinate()));
    text.pop_back();  // the final newline never reached the disk
    const JournalFile f = parse_journal("j.yaml", text);
    REQUIRE(f.entries.size() == 1);
    CHECK(f.entries[0].id == "20260304-1");
    REQUIRE(f.errors.size() == 1);
    CHECK(f.errors[0].line == 4);
    CHECK(f.errors[0].message == "last line is incomplete (no newline): a write was interrupted");
}

TEST_CASE("an unknown format version is refused, and nothing is read", "[entry]") {
    const JournalFile f = parse_journal(
        "j.yaml", "- {format: mgcalc-journal, version: 2}\n" + entry_to_line(spinach()));
    CHECK(f.entries.empty());
    CHECK_FALSE(f.has_header);
    REQUIRE(f.errors.size() == 1);
    CHECK(f.errors[0].line == 1);
    CHECK(f.errors[0].message ==
          "journal format version '2' is not supported (this mgcalc reads version 1); the file "
          "is left untouched");
}

TEST_CASE("a journal without its format line is refused", "[entry]") {
    const JournalFile f = parse_journal("j.yaml", entry_to_line(spinach()));
    CHECK(f.entries.empty());
    REQUIRE(f.errors.size() == 1);
    CHECK(f.errors[0].message == "journal does not start with its format line");
}

TEST_CASE("every bad line is reported with its line number", "[entry]") {
    const JournalFile f = parse_journal(
        "j.yaml", journal("- {id: 20260304-1, date: 2026-02-30, kind: food, food: a, name: A, "
                          "amount: \"1 g\", mg: 1}\n"
                          "not a journal line\n" +
                          entry_to_line(glycinate())));
    CHECK(f.entries.size() == 1);
    REQUIRE(f.errors.size() == 2);
    CHECK(f.errors[0].line == 3);
    CHECK(f.errors[0].message == "date '2026-02-30' is not a date");
    CHECK(f.errors[1].line == 4);
    CHECK(f.errors[1].message == "a journal line must start with '- '");
}

TEST_CASE("next_entry_id counts up from the highest id of that date", "[entry]") {
    auto with_id = [](const char* id) {
        JournalEntry e;
        e.id = id;
        return e;
    };
    const std::vector<JournalEntry> es = {with_id("20260304-1"), with_id("20260304-3"),
                                          with_id("20260303-7")};
    CHECK(next_entry_id(es, kDay) == "20260304-4");  // after the highest, not after the count
    CHECK(next_entry_id(es, Date::from_ymd(2026, 3, 3)) == "20260303-8");
    CHECK(next_entry_id(es, Date::from_ymd(2026, 3, 5)) == "20260305-1");
    CHECK(next_entry_id({}, kDay) == "20260304-1");
    // 20260304-10 sorts before -9 as text, but counts as ten.
    CHECK(next_entry_id(std::vector{with_id("20260304-10"), with_id("20260304-9")}, kDay) ==
          "20260304-11");
}
