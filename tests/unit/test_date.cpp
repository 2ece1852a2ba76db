// Calendar dates: parsing, ISO weeks, leap years and ages (core/date.hpp).
#include <catch2/catch.hpp>

#include "core/date.hpp"

using namespace mg;

namespace {
Date ymd(int y, int m, int d) {
    return Date::from_ymd(y, m, d);
}
}  // namespace

TEST_CASE("dates round-trip through their fields and ISO text", "[date]") {
    const Date d = ymd(2026, 3, 4);
    CHECK(d.year() == 2026);
    CHECK(d.month() == 3);
    CHECK(d.day() == 4);
    CHECK(d.iso() == "2026-03-04");
    CHECK(d.compact() == "20260304");
    CHECK(Date::parse("2026-03-04") == d);
    CHECK(ymd(1970, 1, 1).days_since_epoch() == 0);
    CHECK(ymd(1969, 12, 31).days_since_epoch() == -1);
    CHECK(ymd(1800, 1, 1).iso() == "1800-01-01");
    CHECK(ymd(2026, 2, 28).plus_days(1) == ymd(2026, 3, 1));
    CHECK(ymd(2026, 12, 31).plus_days(1) == ymd(2027, 1, 1));
    CHECK(ymd(2026, 1, 1).days_until(ymd(2027, 1, 1)) == 365);
    CHECK(ymd(2024, 1, 1).days_until(ymd(2025, 1, 1)) == 366);
    CHECK(ymd(2026, 3, 4) < ymd(2026, 3, 5));
}

TEST_CASE("leap years: every fourth, not centuries, except every fourth century", "[date]") {
    CHECK(Date::parse("2024-02-29"));
    CHECK(Date::parse("2000-02-29"));
    CHECK_FALSE(Date::parse("2023-02-29"));
    CHECK_FALSE(Date::parse("1900-02-29"));
    CHECK_FALSE(Date::parse("2100-02-29"));
    CHECK(ymd(2024, 2, 28).plus_days(1) == ymd(2024, 2, 29));
    CHECK(ymd(2023, 2, 28).plus_days(1) == ymd(2023, 3, 1));
    CHECK(ymd(1900, 2, 28).plus_days(1) == ymd(1900, 3, 1));
}

TEST_CASE("parsing is strict ISO 8601 YYYY-MM-DD", "[date]") {
    for (const char* bad :
         {"", "2026-3-4", "2026/03/04", "20260304", "2026-03-04 ", " 2026-03-04", "2026-13-01",
          "2026-00-10", "2026-01-00", "2026-01-32", "2026-04-31", "1799-12-31", "+026-03-04",
          "2026-0a-04", "2026-03-4x", "-026-03-04", "2026-03--4"}) {
        INFO(bad);
        CHECK_FALSE(Date::parse(bad));
    }
    CHECK(Date::parse("2026-04-30"));
    CHECK(Date::parse("1800-01-01"));
}

TEST_CASE("ISO weekdays, with Monday as 1", "[date]") {
    CHECK(ymd(1970, 1, 1).iso_weekday() == 4);  // a Thursday
    CHECK(ymd(1969, 12, 31).iso_weekday() == 3);
    CHECK(ymd(2026, 3, 2).iso_weekday() == 1);
    CHECK(ymd(2026, 3, 4).weekday_abbrev() == "Wed");
    CHECK(ymd(2026, 3, 8).iso_weekday() == 7);
    CHECK(ymd(2026, 3, 8).weekday_abbrev() == "Sun");
}

TEST_CASE("ISO weeks: the week belongs to the year of its Thursday", "[date]") {
    CHECK(ymd(2026, 3, 4).iso_week() == std::pair{2026, 10});
    // 2021-01-01 was a Friday: still week 53 of 2020.
    CHECK(ymd(2021, 1, 1).iso_week() == std::pair{2020, 53});
    CHECK(ymd(2021, 1, 4).iso_week() == std::pair{2021, 1});
    // 2024-12-30 was a Monday whose Thursday is 2025-01-02.
    CHECK(ymd(2024, 12, 30).iso_week() == std::pair{2025, 1});
    CHECK(ymd(2024, 12, 29).iso_week() == std::pair{2024, 52});
    CHECK(ymd(2026, 1, 1).iso_week() == std::pair{2026, 1});  // a Thursday
}

TEST_CASE("from_iso_week gives the Monday, and refuses weeks that do not exist", "[date]") {
    CHECK(Date::from_iso_week(2026, 10) == ymd(2026, 3, 2));
    CHECK(Date::from_iso_week(2025, 1) == ymd(2024, 12, 30));
    CHECK(Date::from_iso_week(2020, 53) == ymd(2020, 12, 28));
    // 2026 starts on a Thursday, so it has 53 weeks; 2025 started on a Wednesday: 52.
    CHECK(Date::from_iso_week(2026, 53) == ymd(2026, 12, 28));
    CHECK_FALSE(Date::from_iso_week(2025, 53));
    CHECK_FALSE(Date::from_iso_week(2026, 54));
    CHECK_FALSE(Date::from_iso_week(2026, 0));
    CHECK_FALSE(Date::from_iso_week(1799, 10));
}

TEST_CASE("ages count completed years and months, like a person would", "[date]") {
    const Date birth = ymd(1975, 4, 2);
    CHECK(age_on(birth, ymd(2026, 3, 4)).years == 50);
    CHECK(age_on(birth, ymd(2026, 3, 4)).months == 50 * 12 + 11);
    CHECK(age_on(birth, ymd(2026, 4, 1)).years == 50);  // the day before the birthday
    CHECK(age_on(birth, ymd(2026, 4, 2)).years == 51);  // the birthday
    CHECK(age_on(birth, ymd(2026, 4, 2)).months == 51 * 12);
    // An infant: one completed month on 2026-03-04, not two.
    CHECK(age_on(ymd(2026, 1, 15), ymd(2026, 3, 4)).years == 0);
    CHECK(age_on(ymd(2026, 1, 15), ymd(2026, 3, 4)).months == 1);
    CHECK(age_on(ymd(2026, 1, 15), ymd(2026, 3, 15)).months == 2);
    // Born on 29 February: one year old on 1 March of a common year, not on 28 February.
    CHECK(age_on(ymd(2000, 2, 29), ymd(2001, 2, 28)).years == 0);
    CHECK(age_on(ymd(2000, 2, 29), ymd(2001, 3, 1)).years == 1);
    CHECK(age_on(ymd(2000, 2, 29), ymd(2004, 2, 29)).years == 4);
    // A birth after the day asked about is no negative age.
    CHECK(age_on(ymd(2027, 1, 1), ymd(2026, 3, 4)).years == 0);
    CHECK(age_on(ymd(2027, 1, 1), ymd(2026, 3, 4)).months == 0);
}
