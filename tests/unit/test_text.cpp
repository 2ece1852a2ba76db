// Small text helpers: case, trimming, splitting, typo distance, suggestions, wrapping
// (core/text.hpp).
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <charconv>
#include <cmath>
#include <optional>

#include "core/csv.hpp"
#include "core/date.hpp"
#include "core/mass.hpp"
#include "core/swar.hpp"
#include "core/text.hpp"
#include "core/ynode.hpp"

using namespace mg;
using Words = std::vector<std::string>;

TEST_CASE("to_lower lowers ASCII only; other bytes pass through", "[text]") {
    CHECK(to_lower("Pumpkin SEEDS, 1 Oz") == "pumpkin seeds, 1 oz");
    CHECK(to_lower("\xC3\x89"
                   "CLAIR") ==
          "\xC3\x89"
          "clair");  // É stays É
    CHECK(to_lower("") == "");
}

TEST_CASE("trim drops spaces, tabs and line ends at both ends only", "[text]") {
    CHECK(trim("  a  b \t\r\n") == "a  b");
    CHECK(trim("\t\tx") == "x");
    CHECK(trim("   ") == "");
    CHECK(trim("") == "");
    CHECK(trim("none") == "none");
}

TEST_CASE("split_words splits on any separator and drops empty pieces", "[text]") {
    CHECK(split_words("a, b;c  (d)/e\"f\tg") == Words{"a", "b", "c", "d", "e", "f", "g"});
    CHECK(split_words("--a--b-", "-") == Words{"a", "b"});
    CHECK(split_words("1 1/2 cups", " ") == Words{"1", "1/2", "cups"});
    CHECK(split_words("", " ").empty());
    CHECK(split_words(",,,", ",").empty());
}

TEST_CASE("edit_distance is Levenshtein, bounded by a limit", "[text]") {
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("spinnach", "spinach") == 1);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("abc", "abc") == 0);
    CHECK(edit_distance("ab", "ba") == 2);  // no transpositions
    // Past the limit the answer is limit + 1, whether found by length or by the rows.
    CHECK(edit_distance("kitten", "sitting", 1) == 2);
    CHECK(edit_distance("a", "abcdef", 2) == 3);
    CHECK(edit_distance("abcd", "wxyz", 3) == 4);
    // Rows on the stack up to 63 characters of `b`, on the heap beyond: the same answers.
    const std::string b63(63, 'x'), b64(64, 'x'), b200(200, 'x');
    CHECK(edit_distance(std::string(62, 'x') + "y", b63) == 1);
    CHECK(edit_distance(std::string(63, 'x') + "y", b64) == 1);
    CHECK(edit_distance(std::string(199, 'x') + "yy", b200) == 2);
    CHECK(edit_distance(std::string(200, 'y'), b200, 5) == 6);
}

TEST_CASE("edit_distance with a limit agrees with the whole table on every short pair", "[text]") {
    // Every string of up to 4 letters over "ab" against every other: the banded table (only
    // cells within the limit of the diagonal) must give min(distance, limit + 1).
    std::vector<std::string> all{""};
    for (size_t k = 0; k < all.size() && all.size() < 31; ++k)
        if (all[k].size() < 4) all.push_back(all[k] + "a"), all.push_back(all[k] + "b");
    for (const auto& a : all)
        for (const auto& b : all) {
            const int full = edit_distance(a, b);
            for (int limit = 0; limit <= 4; ++limit) {
                INFO(a << " / " << b << " limit " << limit);
                CHECK(edit_distance(a, b, limit) == std::min(full, limit + 1));
            }
        }
}

TEST_CASE("closest: candidates within the distance, best first, case-insensitively", "[text]") {
    const Words foods = {"peach", "spinach", "Spinach-raw", "spin"};
    CHECK(closest("spinnach", foods, 2) == Words{"spinach"});
    CHECK(closest("SPINACH", {"spinach-raw", "Spinach", "kale"}, 4) ==
          Words{"Spinach", "spinach-raw"});
    CHECK(closest("rdaa", {"check", "rda", "rdaa"}, 1) == Words{"rdaa", "rda"});
    // Ties keep the candidates' order; max_results cuts the list.
    CHECK(closest("a", {"b", "c", "d", "e"}, 1, 2) == Words{"b", "c"});
    CHECK(closest("xyzzy", foods, 2).empty());
}

TEST_CASE("did_you_mean and hint_with", "[text]") {
    CHECK(did_you_mean({}) == "");
    CHECK(did_you_mean({"rda"}) == "did you mean 'rda'?");
    CHECK(did_you_mean({"a", "b"}) == "did you mean 'a' or 'b'?");
    CHECK(did_you_mean({"a", "b", "c"}) == "did you mean 'a', 'b' or 'c'?");
    CHECK(hint_with("", "known: a, b") == "known: a, b");
    CHECK(hint_with("did you mean 'a'?", "known: a, b") == "did you mean 'a'? known: a, b");
}

TEST_CASE("join", "[text]") {
    CHECK(join({"a", "b", "c"}) == "a, b, c");
    CHECK(join({"a", "b"}, " | ") == "a | b");
    CHECK(join({"a"}) == "a");
    CHECK(join({}) == "");
}

TEST_CASE("wrap breaks between words and indents continuation lines", "[text]") {
    CHECK(wrap("the quick brown fox jumps", 10, 2) == "the quick\n  brown\n  fox\n  jumps");
    CHECK(wrap("one two three", 80, 4) == "one two three");
    // The first line starts at start_col: "aa" already reaches the width.
    CHECK(wrap("aa bb", 6, 0, 4) == "aa\nbb");
    // A word longer than the width is never cut.
    CHECK(wrap("a supercalifragilistic b", 8, 1) == "a\n supercalifragilistic\n b");
    // Runs of spaces collapse.
    CHECK(wrap("a   b", 10, 0) == "a b");
    CHECK(wrap("", 10, 0) == "");
}

TEST_CASE("utf8_fit cuts by code points, never inside one", "[text]") {
    CHECK(utf8_length("Crème brûlée") == 12);
    CHECK(utf8_fit("Crème brûlée", 12) == "Crème brûlée");
    CHECK(utf8_fit("Crème brûlée", 5) == "Crèm~");
    CHECK(utf8_fit("Äpfel", 2) == "Ä~");
    CHECK(utf8_fit("日本の豆腐", 3) == "日本~");
    CHECK(utf8_fit("abc", 0).empty());
}

TEST_CASE("thousandths, ISO dates and CSV fields are written as before (issue #18)", "[text]") {
    const std::pair<std::int64_t, const char*> kCases[] = {
        {0, "0"},       {1, "0.001"},   {10, "0.01"},    {100, "0.1"},
        {1000, "1"},    {1200, "1.2"},  {78300, "78.3"}, {123456, "123.456"},
        {-500, "-0.5"}, {-1, "-0.001"}, {-12000, "-12"}, {9007199254740993, "9007199254740.993"}};
    for (const auto& [v, s] : kCases) CHECK(format_thousandths(v) == s);
    CHECK(Date::from_ymd(2026, 3, 4).iso() == "2026-03-04");
    CHECK(Date::from_ymd(1999, 12, 31).iso() == "1999-12-31");
    CHECK(Date::from_ymd(5, 1, 9).iso() == "0005-01-09");
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("a, \"b\"") == "\"a, \"\"b\"\"\"");
    std::string out = "x,";
    append_csv_field(out, "line\nbreak");
    CHECK(out == "x,\"line\nbreak\"");
}

TEST_CASE("thousandths are read as the double path reads them, exactly or not (issue #18)",
          "[text]") {
    // The reference: what parse_thousandths did before its exact path, for every spelling.
    auto by_double = [](const std::string& s) -> std::optional<std::int64_t> {
        double v = 0;
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(v) || v < 0 || v > 1e12)
            return std::nullopt;
        return std::llround(v * 1000);
    };
    std::vector<std::string> cases = {"0",
                                      "7",
                                      "007",
                                      "37.26",
                                      "0.5",
                                      "0.001",
                                      "1.",
                                      ".5",
                                      "1.2345",
                                      "1e3",
                                      "-1",
                                      "+1",
                                      "",
                                      "1.2.3",
                                      "12a",
                                      "0.0005",
                                      "999999999999.999",
                                      "1000000000000",
                                      "1000000000000.001",
                                      "9007199254740.993"};
    for (std::int64_t w = 0; w < 100000; w += 97)
        for (int f = 0; f < 1000; f += 37) {
            cases.push_back(fmt::format("{}.{:03}", w, f));
            cases.push_back(fmt::format("{}.{}", w, f % 100));
        }
    for (const auto& s : cases) {
        std::int64_t got = -1;
        const bool ok = parse_thousandths(s, got);
        const auto want = by_double(s);
        INFO(s);
        REQUIRE(ok == want.has_value());
        if (ok) CHECK(got == *want);
    }
}

TEST_CASE("word-at-a-time tests see every byte in every position", "[swar]") {
    for (size_t at = 0; at < 8; ++at)
        for (unsigned b = 0; b < 256; ++b) {
            char bytes[8] = {'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a'};
            bytes[at] = static_cast<char>(b);
            const std::uint64_t w = swar::load(bytes);
            CHECK((swar::any_below(w, 0x20) != 0) == (b < 0x20));
            CHECK((swar::any_equal(w, '"') != 0) == (b == '"'));
            CHECK((swar::any_equal(w, 0x7F) != 0) == (b == 0x7F));
        }
}

TEST_CASE("a CSV field is quoted whatever the position of its special character", "[text]") {
    // The reference: quoted exactly when it holds , " CR or LF.
    auto reference = [](const std::string& s) {
        if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
        std::string out = "\"";
        for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
        return out + "\"";
    };
    for (size_t n = 1; n <= 20; ++n)
        for (size_t at = 0; at < n; ++at)
            for (char special : {',', '"', '\r', '\n', '\t', '\x01', 'z'}) {
                std::string s(n, 'x');
                s[at] = special;
                CHECK(csv_field(s) == reference(s));
            }
}

TEST_CASE("a quoted scalar stops at its quote, escape or control character anywhere", "[text]") {
    for (size_t n = 0; n <= 20; ++n)
        for (size_t at = 0; at <= n; ++at) {
            std::string text(n, 'y');
            text.insert(at, "\\\"");
            const auto m = parse_flat_map("{k: \"" + text + "\", v: 1}", 0);
            REQUIRE(m);
            CHECK((*m)[0].value == std::string(at, 'y') + "\"" + std::string(n - at, 'y'));
            CHECK((*m)[1].value == "1");
            std::string bad(n, 'y');
            bad.insert(at, "\x01");
            CHECK_FALSE(parse_flat_map("{k: \"" + bad + "\"}", 0));
        }
}
