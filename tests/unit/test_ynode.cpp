// The one-reading rule (docs/file-formats.md): the fast reader is a strict subset of yaml-cpp.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "../fuzz/differential.hpp"
#include "foods/food_file.hpp"
#include "foods/suggestion_pool.hpp"
#include "journal/entry.hpp"
#include "profile/profile.hpp"

using namespace mg;
using differential::Verdict;

namespace {

const std::string kJournalHead = std::string(kJournalHeader) + "\n";
const std::string kFoodHead = "format: mgcalc-foods\nversion: 1\nfoods:\n";

std::string slurp(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// A journal line as mgcalc writes it, with `field` (e.g. "name: X") replaced by `with`.
std::string journal_line(const std::string& field = "", const std::string& with = "") {
    std::string line =
        "- {id: 20260304-1, date: 2026-03-04, kind: food, food: x, name: X, amount: \"1 g\", "
        "mg: 3, added: \"2026-03-04T12:00:00Z\"}";
    if (!field.empty()) {
        const size_t at = line.find(field);
        REQUIRE(at != std::string::npos);
        line.replace(at, field.size(), with);
    }
    return line;
}

// A food line as mgcalc writes it, with `field` replaced by `with`.
std::string food_line(const std::string& field = "", const std::string& with = "") {
    std::string line =
        "- {id: x, name: X, group: g, mg_per_100g: 87, source: \"usda-sr28:11458\", portions: "
        "{\"1 cup\": 180}, serving: \"1 cup\", aliases: [ya, \"z, w\"], tags: []}";
    if (!field.empty()) {
        const size_t at = line.find(field);
        REQUIRE(at != std::string::npos);
        line.replace(at, field.size(), with);
    }
    return line;
}

// Runs the differential check on `text` as every kind of input; never `different`.
// Returns whether the fast reader accepted any reading of it.
bool agrees(const std::string& text) {
    INFO(text);
    bool accepted = false;
    auto check = [&](const differential::Result& r) {
        INFO(r.why);
        CHECK(r.verdict != Verdict::different);
        accepted |= r.verdict == Verdict::same;
    };
    check(differential::food_file(text));
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        check(differential::journal_line(line));
        if (line.starts_with("- ")) check(differential::food_line(line));
    }
    return accepted;
}

}  // namespace

TEST_CASE("plain scalars: only what the writer emits", "[ynode]") {
    for (const char* ok :
         {"spinach-boiled", "Spinach boiled", "78.3", "0", "0.5", "12", "2026-03-04", "20260304-12",
          "usda-11458", "7 Up", "a/b+c_d.e", "null", "true", "false"})
        CHECK(plain_scalar_ok(ok));
    for (const char* bad :
         {"",     " a",  "a ",   "a:b", "a: b",  "a #b",  "a?b",  "-a",   "~",     "NULL",
          "Null", "yes", "No",   "ON",  "off",   "y",     "N",    "True", "FALSE", "0x1F",
          "1e3",  "1E3", ".inf", "012", "1_000", "1.2.3", "3.",   "+1",   "-1",    "7up",
          "a\tb", "a'b", "a\"b", "a,b", "a[b",   "a{b",   "a}b",  "a]b",  "&a",    "*a",
          "!a",   "|",   ">",    "%a",  "@a",    "`a",    "Pâté", "a\\b", "a=b",   "<<"})
        CHECK_FALSE(plain_scalar_ok(bad));
}

TEST_CASE("the fast reader declines what it could misread; yaml-cpp reads it", "[ynode]") {
    const std::vector<std::pair<std::string, std::string>> journal = {
        {"mg: 3", "mg:32"},
        {"name: X", "name:X"},
        {"name: X", "note: NULL"},
        {"name: X", "name: X, note: Null"},
        {"name: X", "name: ~"},
        {"name: X", "name: a?b"},
        {"name: X", "name: a:b"},
        {"name: X", "name: a: b"},
        {"name: X", "name: a #b"},
        {"mg: 3", "mg: 3, mg: 4"},
        {"name: X", "name: yes"},
        {"name: X", "name: no"},
        {"name: X", "name: on"},
        {"name: X", "name: Off"},
        {"name: X", "name: Y"},
        {"name: X", "name: True"},
        {"mg: 3", "mg: 0x1F"},
        {"mg: 3", "mg: 1e3"},
        {"mg: 3", "mg: .inf"},
        {"mg: 3", "mg: -.inf"},
        {"mg: 3", "mg: .NaN"},
        {"mg: 3", "mg: 012"},
        {"mg: 3", "mg: 1_000"},
        {"mg: 3", "mg: +3"},
        {"mg: 3", "mg: 0o17"},
        {"mg: 3", "mg: 3."},
        {"name: X", "name: 'it''s'"},
        {"name: X", "name: \"\\u00e9\""},
        {"name: X", "name: \"\\x41\""},
        {"name: X", "name: \"\\x0d\""},
        {"name: X", "name: \"a\\/b\""},
        {"name: X", "name: \"a\\rb\""},
        {"name: X", "name: \"a\tb\""},
        {"name: X", "name: \"a\rb\""},
        {"name: X", "name: X "},
        {"name: X", "name:  X"},
        {"name: X", "name: {a: b}"},
        {"name: X", "name: [a]"},
        {"name: X", "name: [a, {b: c}]"},
        {"name: X", "name:\tX"},
        {"name: X", "name: &a X"},
        {"name: X", "name: *a"},
        {"name: X", "name: !!str X"},
        {"name: X", "name: !x X"},
        {"name: X", "name: |"},
        {"name: X", "name: >"},
        {"name: X", "name: %x"},
        {"name: X", "name: @x"},
        {"name: X", "name: `x"},
        {"name: X", "? name: X"},
        {"name: X", "name: -x"},
        {"name: X", "name: - x"},
        {"name: X", "name: "},
        {"name: X", "name: Pâté"},
        {"name: X", "name: 'X'"},
        {"name: X", "name: \"X\" "},
        {"- {id", "- { id"},
        {", date", ",date"},
        {", date", " , date"},
        {"}", " }"},
        {"}", "} "},
        {"}", "} # comment"},
        {"}", "}#c"},
        {"}", "}, {a: b}"},
        {"name: X", "name: \"X\", name: Y"},
        {"name: X", "null: X"},
    };
    for (const auto& [field, with] : journal) {
        const std::string line = journal_line(field, with);
        INFO(line);
        CHECK_FALSE(parse_flat_map(line, 2).has_value());
        agrees(kJournalHead + line + "\n");
    }
    const std::string good = food_line() + "\n";
    const std::vector<std::string> foods = {
        kFoodHead + food_line("name: X", "name: a?b") + "\n",
        kFoodHead + food_line("name: X", "name: NULL") + "\n",
        kFoodHead + food_line("\"1 cup\": 180", "\"1 cup\":180") + "\n",
        kFoodHead + food_line("\"1 cup\": 180", "\"1 cup\": 180, \"1 cup\": 90") + "\n",
        kFoodHead + food_line("tags: []", "tags: [ ]") + "\n",
        kFoodHead + food_line("[ya,", "[ya ,") + "\n",
        kFoodHead + food_line("tags: []", "tags: [nut,]") + "\n",
        kFoodHead + "  " + good,
        kFoodHead + "\t" + good,
        kFoodHead,
        "format: mgcalc-foods # c\nversion: 1\nfoods:\n" + good,
        "format:  mgcalc-foods\nversion: 1\nfoods:\n" + good,
        "format: mgcalc-foods\nversion: 1 \nfoods:\n" + good,
        "format: mgcalc-foods\nversion: 1\nversion: 1\nfoods:\n" + good,
        "format: mgcalc-foods\nversion: 1\nfoods: []\n",
        "format: mgcalc-foods\nversion: 1\nfoods:\n- a\n",
        "format: mgcalc-foods\nversion: 1\nfoods:\n- [a]\n",
        "format: mgcalc-foods\nversion: 1\nfoods:\n-\n",
        "---\n" + kFoodHead + good,
        kFoodHead + good + "...\n",
        "%YAML 1.2\n---\n" + kFoodHead + good,
        "format: \"mgcalc-foods\nversion: 1\nfoods:\n" + good,
        " # c\n" + kFoodHead + good,
        "? format\n: mgcalc-foods\nversion: 1\nfoods:\n" + good,
        "format: mgcalc-foods\nversion: 1\nfoods:\n  - {id: a, name: A, group: g, mg_per_100g: 1, "
        "source: x}\n",
        "format: mgcalc-foods\nversion: 1\nfoods:\n- id: a\n  name: A\n",
        "format: mgcalc-foods\nversion: 1\nnotes:\nfoods:\n" + good,
        std::string(1001, 'k') + ": 1\n" + kFoodHead + good,
        "# only a comment\n",
    };
    for (const auto& text : foods) {
        INFO(text);
        CHECK_FALSE(fast_parse_document(text).has_value());
        agrees(text);
    }
}

TEST_CASE("what the fast reader accepts, yaml-cpp reads the same", "[ynode]") {
    const std::vector<std::string> journal = {
        std::string(kJournalHeader),
        journal_line(),
        journal_line("name: X", "name: \"Spinach, boiled \\\"fresh\\\" \\\\ \\n\\t\\x0D\\x7F\""),
        journal_line("name: X", "name: \"Pâté ✓ 😀\""),
        journal_line("name: X", "name: null"),
        journal_line("name: X", "\"name\": X"),
        journal_line("name: X", "name: 7 Up"),
        journal_line("id: 20260304-1, ", ""),
        "- {}",
        "- {id: 20260304-3, date: 2026-03-04, kind: day, complete: null, added: "
        "\"2026-03-04T21:40:02Z\"}",
    };
    for (const auto& line : journal) {
        INFO(line);
        CHECK(parse_flat_map(line, 2).has_value());
        CHECK(differential::journal_line(line).verdict == Verdict::same);
    }
    for (const auto& line : {food_line(), food_line("tags: []", "tags: [nut, \"a: b\"]"),
                             food_line("portions: {\"1 cup\": 180}", "portions: {}"),
                             food_line("serving: \"1 cup\"", "serving: null"),
                             food_line("mg_per_100g: 87",
                                       "serves: 4, ingredients: [{food: a, amount: \"1 cup\"}, "
                                       "{food: b, amount: \"2 g\"}]")}) {
        INFO(line);
        CHECK(differential::food_line(line).verdict == Verdict::same);
    }
    const std::string file = "# c\n#\n\nformat: mgcalc-foods\n\nversion: 1\nfoods:\n# c\n" +
                             food_line() + "\n\n" + food_line("id: x", "id: x2") + "\nnote: z\n";
    CHECK(differential::food_file(file).verdict == Verdict::same);
}

TEST_CASE("every line the writers emit is read by the fast path", "[ynode]") {
    const std::vector<std::string> texts = {"Spinach, boiled",
                                            "plain name",
                                            "NULL",
                                            "null",
                                            "Null",
                                            "~",
                                            "yes",
                                            "No",
                                            "on",
                                            "true",
                                            "1e3",
                                            "0x1F",
                                            ".inf",
                                            "012",
                                            "7 Up",
                                            "7up",
                                            "-3",
                                            "a: b",
                                            "a #b",
                                            "it's",
                                            "\"quoted\"",
                                            "back\\slash",
                                            "tab\there",
                                            "new\nline",
                                            "cr\rhere",
                                            std::string("ctl\x01\x1f\x7f", 6),
                                            "Pâté ✓",
                                            " lead",
                                            "trail ",
                                            "[x]",
                                            "{y}",
                                            "&a",
                                            "*b",
                                            "!t",
                                            "|",
                                            ">",
                                            "%",
                                            "@",
                                            "`"};
    int lines = 0;
    for (const auto& t : texts) {
        INFO(t);
        JournalEntry food;
        food.id = "20260304-1";
        food.date = Date::from_ymd(2026, 3, 4);
        food.meal = t;
        food.food_id = t;
        food.name = t;
        food.amount = t;
        food.food_mg = 90500;
        food.magnesium = Magnesium::from_ug(78300);
        food.note = t;
        food.import_key = t;
        food.added = "2026-03-04T12:01:09Z";
        JournalEntry supp = food;
        supp.kind = EntryKind::supplement;
        supp.form = t;
        supp.units = 2;
        supp.compound = true;
        JournalEntry day = food;
        day.kind = EntryKind::day;
        day.complete = t.size() % 2 == 0;
        JournalEntry cleared = day;
        cleared.complete.reset();
        for (const JournalEntry& e : {food, supp, day, cleared}) {
            std::string line = entry_to_line(e);
            line.pop_back();
            INFO(line);
            REQUIRE(parse_flat_map(line, 2).has_value());
            CHECK(differential::journal_line(line).verdict == Verdict::same);
            const JournalFile back = parse_journal("j.yaml", kJournalHead + line + "\n");
            REQUIRE(back.errors.empty());
            REQUIRE(back.entries.size() == 1);
            CHECK(entry_to_line(back.entries[0]) == line + "\n");
            ++lines;
        }
        Food f;
        f.id = t;
        f.name = t;
        f.group = t;
        f.ug_per_100g = 87125;
        f.source = t;
        f.portions = {{"1 " + t, 1, t, 180000}, {"0.5 cup", 0.5, "cup", 90500}};
        f.serving = "1 " + t;
        f.aliases = {t, "other"};
        f.tags = {t};
        Food recipe = f;
        recipe.serves = 4;
        recipe.ingredients = {{t, t, 0}, {"b", "2 g", 0}};
        const std::string file = food_file_header("foods") + food_to_line(f) + food_to_line(recipe);
        INFO(file);
        REQUIRE(fast_parse_document(file).has_value());
        CHECK(differential::food_file(file).verdict == Verdict::same);
    }
    CHECK(lines == static_cast<int>(texts.size()) * 4);
}

TEST_CASE("the committed food files and fuzz corpus: fast reader and yaml-cpp agree", "[ynode]") {
    for (const char* name : {"/curated.yaml", "/usda-sr28.yaml"}) {
        const std::string text = slurp(std::string(MGCALC_SOURCE_FOODS) + name);
        const auto r = differential::food_file(text);
        INFO(name << ": " << r.why);
        CHECK(r.verdict == Verdict::same);
    }
    const std::string dir = std::string(MGCALC_TEST_DATA) + "/../fuzz/corpus/differential";
    int files = 0, accepted = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        std::vector<Diagnostic> errors;
        const std::string text = clean_text("c", slurp(entry.path().string()), {}, errors);
        if (!errors.empty()) continue;
        ++files;
        accepted += agrees(text);
    }
    CHECK(files >= 10);
    CHECK(accepted >= 5);  // the seeds exercise the fast path, not only the declines
}

TEST_CASE("duplicate keys are errors, located, in every file type", "[ynode]") {
    SECTION("journal: fast layout and hand-edited") {
        for (const std::string& line :
             {journal_line("mg: 3", "mg: 3, mg: 4"), journal_line("mg: 3", "mg: 3,  mg: 4")}) {
            INFO(line);
            const JournalFile f = parse_journal("j.yaml", kJournalHead + line + "\n");
            CHECK(f.entries.empty());
            REQUIRE(f.errors.size() == 1);
            CHECK(f.errors[0].message == "duplicate key 'mg'");
            CHECK(f.errors[0].line == 2);
            CHECK(f.errors[0].column == static_cast<int>(line.rfind("mg:")) + 1);
        }
    }
    SECTION("food files: in a food, in portions, at the top, in block style") {
        const std::vector<std::pair<std::string, int>> cases = {
            {kFoodHead + food_line("group: g", "group: g, name: Y") + "\n", 4},
            {kFoodHead + food_line("\"1 cup\": 180", "\"1 cup\": 180, \"1 cup\": 90") + "\n", 4},
            {"format: mgcalc-foods\nversion: 1\nfoods:\n" + food_line() + "\nversion: 1\n", 5},
            {kFoodHead + "- id: a\n  name: A\n  id: b\n", 6},
        };
        for (const auto& [text, line] : cases) {
            INFO(text);
            std::vector<Diagnostic> errors;
            CHECK(parse_food_file("f.yaml", text, errors).empty());
            REQUIRE(errors.size() == 1);
            CHECK(errors[0].message.starts_with("duplicate key '"));
            CHECK(errors[0].file == "f.yaml");
            CHECK(errors[0].line == line);
            CHECK(errors[0].column > 0);
            CHECK_FALSE(errors[0].source_line.empty());
        }
    }
    SECTION("profiles") {
        try {
            parse_profile("p.yaml", "sex: female\nage: 40\nage: 41\n", Date::from_ymd(2026, 3, 4));
            FAIL("a duplicate key was accepted");
        } catch (const InputError& e) {
            REQUIRE(e.diagnostics().size() == 1);
            const Diagnostic& d = e.diagnostics()[0];
            CHECK(d.message == "duplicate key 'age'");
            CHECK(d.line == 3);
            CHECK(d.column == 1);
            CHECK(d.hint.find("line 2, column 1") != std::string::npos);
        }
    }
    SECTION("the suggestion pool") {
        try {
            parse_suggestion_pool("s.yaml",
                                  "format: mgcalc-suggestions\nversion: 1\ncategories: []\n"
                                  "servings:\n- {food: a, serving: \"1 g\", category: c, food: b}\n"
                                  "swaps: []\n");
            FAIL("a duplicate key was accepted");
        } catch (const InputError& e) {
            REQUIRE_FALSE(e.diagnostics().empty());
            CHECK(e.diagnostics()[0].message == "duplicate key 'food'");
            CHECK(e.diagnostics()[0].line == 5);
            CHECK(e.diagnostics()[0].column == 42);
        }
    }
}

TEST_CASE("control characters round-trip through a journal note", "[ynode]") {
    JournalEntry e;
    e.id = "20260304-1";
    e.date = Date::from_ymd(2026, 3, 4);
    e.kind = EntryKind::day;
    e.complete = true;
    e.note = "line\r\nnext\x01\x7F end";
    const std::string line = entry_to_line(e);
    CHECK(line.find("\\x0D\\n") != std::string::npos);
    const JournalFile back = parse_journal("j.yaml", kJournalHead + line);
    REQUIRE(back.errors.empty());
    REQUIRE(back.entries.size() == 1);
    CHECK(back.entries[0].note == e.note);
}

TEST_CASE("the journal's in-place reader keeps each unescaped value apart, line after line") {
    // Escapes are undone into one buffer per field: were they shared, the first value would
    // read as the last one, and a reused FlatViews would keep the previous line's text.
    FlatViews views;
    const std::string first = R"(- {note: "a\tb", name: "c\"d", amount: "e\\f", id: x})";
    REQUIRE(parse_flat_map(first, 2, views));
    REQUIRE(views.fields.size() == 4);
    CHECK(views.fields[0].value == "a\tb");
    CHECK(views.fields[1].value == "c\"d");
    CHECK(views.fields[2].value == "e\\f");
    CHECK(views.fields[3].value == "x");
    const std::string second = R"(- {"k\ty": "1\n2", b: plain})";
    REQUIRE(parse_flat_map(second, 2, views));
    REQUIRE(views.fields.size() == 2);
    CHECK(views.fields[0].key == "k\ty");
    CHECK(views.fields[0].value == "1\n2");
    CHECK(views.fields[1].value == "plain");
    // The owning reader is built on this one and agrees with yaml-cpp on both lines.
    CHECK(differential::journal_line(first).verdict == Verdict::same);
    CHECK(differential::journal_line(second).verdict == Verdict::same);
}
