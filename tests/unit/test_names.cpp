#include <catch2/catch.hpp>
#include <string>

#include "core/names.hpp"

using namespace mg;
using namespace std::string_literals;

TEST_CASE("ordinary names are allowed", "[names]") {
    for (const char* ok : {"me", "maria", "my-granola", "lentil-soup-2", "a", "b_c", "v1.2", "x."})
        CHECK_FALSE(name_problem(ok));
}

TEST_CASE("UTF-8 letters are allowed, and the limit is 64 bytes, not characters", "[names]") {
    CHECK_FALSE(name_problem("maría"));
    CHECK_FALSE(name_problem("\xE5\xB0\x8F\xE6\x9E\x97"));  // 小林
    const std::string i32 = [] {
        std::string s;
        for (int i = 0; i < 32; ++i) s += "\xC3\xAD";  // í, two bytes each
        return s;
    }();
    CHECK_FALSE(name_problem(i32));  // 32 characters, 64 bytes
    CHECK(name_problem(i32 + "a") ==
          "'" + i32.substr(0, 40) + "...' is 65 bytes long, over the limit of 64");
}

TEST_CASE("the length limit", "[names]") {
    CHECK_FALSE(name_problem(std::string(64, 'a')));
    CHECK(name_problem(std::string(65, 'a')) ==
          "'" + std::string(40, 'a') + "...' is 65 bytes long, over the limit of 64");
}

TEST_CASE("a long name is cut short at a character boundary", "[names]") {
    // 39 ASCII bytes then a two-byte letter: byte 40 is in the middle of it.
    const std::string name = std::string(39, 'a') + "\xC3\xA9" + std::string(30, 'b');
    CHECK(name_problem(name) ==
          "'" + std::string(39, 'a') + "...' is 71 bytes long, over the limit of 64");
}

TEST_CASE("path separators, parents and hidden files are refused", "[names]") {
    CHECK(name_problem("../../evil") == "'../../evil' contains '/'");
    CHECK(name_problem("a/b") == "'a/b' contains '/'");
    CHECK(name_problem("/etc") == "'/etc' contains '/'");
    CHECK(name_problem("a\\b") == "'a\\b' contains '\\'");
    CHECK(name_problem("..") == "'..' contains '..'");
    CHECK(name_problem("a..b") == "'a..b' contains '..'");
    CHECK(name_problem(".") == "'.' starts with '.'");
    CHECK(name_problem(".hidden") == "'.hidden' starts with '.'");
}

TEST_CASE("empty names, NUL and control characters are refused", "[names]") {
    CHECK(name_problem("") == "'' is empty");
    CHECK(name_problem("a\0b"s) == "'a\\x00b' contains a NUL byte");
    CHECK(name_problem("a\nb") == "'a\\x0Ab' contains a control character");
    CHECK(name_problem("\tx") == "'\\x09x' contains a control character");
    CHECK(name_problem("x\x7F") == "'x\\x7F' contains a control character");
    CHECK(name_problem("\x1B[31mred") == "'\\x1B[31mred' contains a control character");
    // U+009B, the one-byte CSI of C1, written in UTF-8.
    CHECK(name_problem("a\xC2\x9B"
                       "b") == "'a\\xC2\\x9Bb' contains a control character");
    // U+00A0 follows the C1 block and is not a control character.
    CHECK_FALSE(
        name_problem("a\xC2\xA0"
                     "b"));
}

TEST_CASE("the rule in words names what is allowed and what is not", "[names]") {
    const std::string rule(kNameRule);
    CHECK(rule.find("64 bytes") != std::string::npos);
    CHECK(rule.find("'/'") != std::string::npos);
    CHECK(rule.find("'..'") != std::string::npos);
    CHECK(rule.find("control characters") != std::string::npos);
}
