// Known yaml-cpp 0.7 hazards and input limits (docs/hardening.md): each must end in a clear,
// located error, never a hang, a stack overflow or the misleading "bad file".
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <string>

#include "core/diagnostic.hpp"
#include "core/yaml_doc.hpp"
#include "foods/food_file.hpp"
#include "journal/entry.hpp"
#include "profile/profile.hpp"

using namespace mg;

namespace {
std::string first_error(const std::string& text) {
    try {
        parse_yaml("t.yaml", text);
    } catch (const InputError& e) {
        return e.diagnostics().front().message;
    }
    return "";
}
const Date kToday = Date::from_ymd(2026, 3, 4);
}  // namespace

TEST_CASE("the one-byte input ',' ends promptly (YAML::LoadAll would hang on it)") {
    // parse_yaml uses YAML::Load on one document; a lone comma is a scalar or a syntax error,
    // either way it returns.
    CHECK_NOTHROW([] {
        try {
            parse_yaml("t.yaml", ",");
        } catch (const InputError&) {
        }
    }());
    std::vector<Diagnostic> errors;
    CHECK(parse_food_file("f.yaml", ",", errors).empty());
    CHECK_FALSE(errors.empty());
}

TEST_CASE("billion laughs: anchors and aliases are refused before any expansion") {
    std::string bomb =
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; ++c, ++prev)
        bomb += fmt::format("{}: &{} [*{},*{},*{},*{},*{},*{},*{},*{},*{}]\n", c, c, prev, prev,
                            prev, prev, prev, prev, prev, prev, prev);
    CHECK(first_error(bomb) == "YAML anchors and aliases are not allowed");
}

TEST_CASE("a self-referencing alias is refused (it would overflow the stack when walked)") {
    CHECK(first_error("a: &x [*x]\n") == "YAML anchors and aliases are not allowed");
    CHECK(first_error("&x {a: *x}\n") == "YAML anchors and aliases are not allowed");
}

TEST_CASE("deep nesting is reported as nesting, not as 'bad file'") {
    CHECK(first_error(std::string(100000, '[')) == "nesting deeper than 32 levels");
    CHECK(first_error(std::string(5000, '{')) == "nesting deeper than 32 levels");
    std::string block;
    for (int i = 0; i < 400; ++i) block += std::string(static_cast<size_t>(i), ' ') + "a:\n";
    CHECK(first_error(block).find("deeper than 32 levels") != std::string::npos);
    CHECK(first_error(std::string(600, '-') + " x\n").find("deeper than 32 levels") !=
          std::string::npos);
}

TEST_CASE("ampersands and asterisks inside quotes or words are not aliases") {
    CHECK(first_error("name: \"salt & pepper *hot*\"\nb: R&D\n").empty());
}

TEST_CASE("size, line-length and binary limits give clear errors") {
    std::vector<Diagnostic> errors;
    clean_text("big", std::string(100, 'x'), InputLimits{50, 1000, 32, 1}, errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message.find("over the limit of 50 bytes") != std::string::npos);
    errors.clear();
    clean_text("long", std::string(200, 'x'), InputLimits{1000, 100, 32, 1}, errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message == "line longer than 100 bytes");
    errors.clear();
    clean_text("bin", std::string("ab\0cd", 5), InputLimits{}, errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].column == 3);
    errors.clear();
    clean_text("utf", "ok\n\xC3\x28 bad\n", InputLimits{}, errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].line == 2);
}

TEST_CASE("BOM and CRLF are accepted in every file type") {
    const std::string profile = "\xEF\xBB\xBFname: A\r\nage: 40\r\nsex: female\r\n";
    CHECK(parse_profile("p.yaml", profile, kToday).age_years == 40);
    const std::string foods =
        "\xEF\xBB\xBF"
        "format: mgcalc-foods\r\nversion: 1\r\nfoods:\r\n"
        "- {id: a, name: A, group: g, mg_per_100g: 5, source: x}\r\n";
    std::vector<Diagnostic> errors;
    CHECK(parse_food_file("f.yaml", foods, errors).size() == 1);
    CHECK(errors.empty());
    const std::string journal =
        "\xEF\xBB\xBF- {format: mgcalc-journal, version: 1}\r\n"
        "- {id: 20260304-1, date: 2026-03-04, kind: food, food: a, name: A, amount: \"1 g\", mg: "
        "1}\r\n";
    const JournalFile j = parse_journal("j.yaml", journal);
    CHECK(j.errors.empty());
    CHECK(j.entries.size() == 1);
}

TEST_CASE("empty files") {
    CHECK_THROWS_AS(parse_profile("p.yaml", "", kToday), InputError);
    std::vector<Diagnostic> errors;
    CHECK(parse_food_file("f.yaml", "", errors).empty());
    CHECK_FALSE(errors.empty());
    const JournalFile j = parse_journal("j.yaml", "");
    CHECK(j.entries.empty());
    CHECK(j.errors.empty());
}
