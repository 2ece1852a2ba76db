#include <catch2/catch.hpp>

#include "core/ynode.hpp"
#include "journal/entry.hpp"

using namespace mg;

namespace {

const std::string kHead = std::string(kJournalHeader) + "\n";
const Date kDay = Date::from_ymd(2026, 3, 4);

// A day mark line as mgcalc writes it; `extra` goes before `added`, which is last.
std::string day_line(const std::string& complete, const std::string& extra = "") {
    return "- {id: 20260304-3, date: 2026-03-04, kind: day, complete: " + complete + extra +
           ", added: \"2026-03-04T12:00:00Z\"}";
}

// The same line with `added` single-quoted: the fast reader refuses single quotes, so the
// line goes through yaml-cpp, and every column before `added` stays where it was.
std::string via_yaml_cpp(std::string line) {
    const size_t at = line.rfind("\"2026-03-04T12:00:00Z\"");
    REQUIRE(at != std::string::npos);
    line[at] = '\'';
    line[at + 21] = '\'';
    return line;
}

JournalEntry entry(Date d, EntryKind kind) {
    JournalEntry e;
    e.date = d;
    e.kind = kind;
    e.added = "2026-03-04T12:00:00Z";
    return e;
}

JournalEntry mark(Date d, std::optional<bool> complete) {
    JournalEntry e = entry(d, EntryKind::day);
    e.complete = complete;
    return e;
}

JournalEntry eaten(Date d, EntryKind kind) {
    JournalEntry e = entry(d, kind);
    e.magnesium = Magnesium::from_mg(50);
    return e;
}

}  // namespace

TEST_CASE("day marks round-trip: complete, incomplete and cleared", "[day]") {
    for (const char* c : {"true", "false", "null"}) {
        const std::string line = day_line(c, ", note: \"half the day\"") + "\n";
        const JournalFile f = parse_journal("j.yaml", kHead + line);
        REQUIRE(f.errors.empty());
        REQUIRE(f.entries.size() == 1);
        const JournalEntry& e = f.entries[0];
        CHECK(e.kind == EntryKind::day);
        CHECK(e.date == kDay);
        CHECK(e.magnesium == Magnesium());
        CHECK(e.name.empty());
        CHECK(e.note == "half the day");
        CHECK(e.complete == (std::string(c) == "null"   ? std::nullopt
                             : std::string(c) == "true" ? std::optional(true)
                                                        : std::optional(false)));
        CHECK(entry_to_line(e) == line);
    }
}

TEST_CASE("a bad day mark line is refused, each problem located", "[day]") {
    struct Case {
        std::string line;
        int column;
        std::string message;
    };
    const std::vector<Case> cases = {
        {day_line("true", ", mg: 5"), 65, "'mg' does not belong on a day mark"},
        {day_line("true", ", food: almonds"), 65, "'food' does not belong on a day mark"},
        {day_line("true", ", amount: \"1 g\""), 65, "'amount' does not belong on a day mark"},
        {day_line("true", ", meal: lunch"), 65, "'meal' does not belong on a day mark"},
        {day_line("true", ", colour: red"), 65, "unknown key 'colour' in journal entry"},
        {day_line("maybe"), 59, "complete 'maybe' must be true, false or null"},
        {day_line("True"), 59, "complete 'True' must be true, false or null"},
        {"- {id: 20260304-3, date: 2026-03-04, kind: day, added: \"2026-03-04T12:00:00Z\"}", 3,
         "entry is missing 'complete'"},
        {"- {id: 20260304-3, date: 2026-03-04, kind: food, food: a, name: A, amount: \"1 g\", "
         "mg: 1, complete: true, added: \"2026-03-04T12:00:00Z\"}",
         90, "'complete' belongs on day marks only"},
        {"- {id: 20260304-3, date: 2026-03-04, kind: week, complete: true, added: "
         "\"2026-03-04T12:00:00Z\"}",
         44, "kind 'week' must be food, supplement, total or day"},
    };
    for (const auto& c : cases) {
        INFO(c.line);
        const JournalFile f = parse_journal("j.yaml", kHead + c.line + "\n");
        CHECK(f.entries.empty());
        REQUIRE_FALSE(f.errors.empty());
        CHECK(f.errors[0].line == 2);
        CHECK(f.errors[0].column == c.column);
        CHECK(f.errors[0].message == c.message);
    }
}

TEST_CASE("the fast reader and yaml-cpp read day mark lines the same", "[day]") {
    const std::vector<std::string> lines = {
        day_line("true"),
        day_line("false", ", note: \"felt ill\""),
        day_line("null"),
        // `~` and `yes` are not what the writer emits: the fast reader declines them
        // (tests/unit/test_ynode.cpp), so both lines go through yaml-cpp.
        day_line("\"true\""),
        day_line("true", ", mg: 5"),
        day_line("true", ", amount: \"1 g\", food: x"),
        "- {id: 20260304-3, date: 2026-03-04, kind: day, added: \"2026-03-04T12:00:00Z\"}",
        "- {id: 20260304-3, date: 2026-03-04, kind: food, food: a, name: A, amount: \"1 g\", "
        "mg: 1, complete: false, added: \"2026-03-04T12:00:00Z\"}",
    };
    for (const auto& fast_line : lines) {
        const std::string slow_line = via_yaml_cpp(fast_line);
        INFO(fast_line);
        REQUIRE(parse_flat_map(fast_line, 2).has_value());
        REQUIRE_FALSE(parse_flat_map(slow_line, 2).has_value());
        const JournalFile fast = parse_journal("j.yaml", kHead + fast_line + "\n");
        const JournalFile slow = parse_journal("j.yaml", kHead + slow_line + "\n");
        REQUIRE(fast.entries.size() == slow.entries.size());
        for (size_t i = 0; i < fast.entries.size(); ++i)
            CHECK(entry_to_line(fast.entries[i]) == entry_to_line(slow.entries[i]));
        REQUIRE(fast.errors.size() == slow.errors.size());
        for (size_t i = 0; i < fast.errors.size(); ++i) {
            CHECK(fast.errors[i].message == slow.errors[i].message);
            CHECK(fast.errors[i].line == slow.errors[i].line);
            CHECK(fast.errors[i].column == slow.errors[i].column);
        }
    }
}

TEST_CASE("day_marks: the last mark of a date wins; a cleared mark removes it", "[day]") {
    const Date d1 = kDay, d2 = kDay.plus_days(1), d3 = kDay.plus_days(2);
    const std::vector<JournalEntry> entries = {
        eaten(d1, EntryKind::food),
        mark(d1, false),
        mark(d1, true),
        mark(d2, true),
        eaten(d2, EntryKind::supplement),
        mark(d2, std::nullopt),
        mark(d3, std::nullopt),
        mark(d3, false),
    };
    const std::map<Date, bool> marks = day_marks(entries);
    CHECK(marks == std::map<Date, bool>{{d1, true}, {d3, false}});
    CHECK(day_marks(std::vector{eaten(d1, EntryKind::food)}).empty());
    CHECK(day_marks({}).empty());
}

TEST_CASE("mark_word names each state", "[day]") {
    CHECK(mark_word(true) == "complete");
    CHECK(mark_word(false) == "incomplete");
    CHECK(mark_word(std::nullopt) == "cleared");
}
