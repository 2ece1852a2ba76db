#include "core/date.hpp"

#include <fmt/format.h>

#include <charconv>

namespace mg {
namespace {

// Howard Hinnant's civil-from-days algorithms (public domain).
int days_from_civil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

struct Ymd {
    int y;
    int m;
    int d;
};

Ymd civil_from_days(int z) {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), static_cast<int>(m), static_cast<int>(d)};
}

bool is_leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

// Digits only, at most four (the parts of YYYY-MM-DD), so no overflow.
bool parse_int(std::string_view s, int& out) {
    if (s.empty() || s.size() > 4) return false;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

}  // namespace

Date Date::from_ymd(int y, int m, int d) {
    return Date(days_from_civil(y, m, d));
}

std::optional<Date> Date::parse(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    int y = 0, m = 0, d = 0;
    if (!parse_int(t.substr(0, 4), y) || !parse_int(t.substr(5, 2), m) ||
        !parse_int(t.substr(8, 2), d))
        return std::nullopt;
    if (y < 1800 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
    return from_ymd(y, m, d);
}

int Date::year() const {
    return civil_from_days(days_).y;
}
int Date::month() const {
    return civil_from_days(days_).m;
}
int Date::day() const {
    return civil_from_days(days_).d;
}

int Date::iso_weekday() const {
    // 1970-01-01 was a Thursday (ISO 4).
    int w = (days_ + 3) % 7;
    if (w < 0) w += 7;
    return w + 1;
}

std::string_view Date::weekday_abbrev() const {
    static constexpr std::string_view kNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    return kNames[iso_weekday() - 1];
}

namespace {
constexpr std::string_view kDayNames[] = {"monday", "tuesday",  "wednesday", "thursday",
                                          "friday", "saturday", "sunday"};
}  // namespace

std::string_view Date::weekday_name() const {
    return kDayNames[iso_weekday() - 1];
}

std::pair<int, int> Date::iso_week() const {
    const Date thursday = plus_days(4 - iso_weekday());
    const int y = thursday.year();
    const int week = (from_ymd(y, 1, 1).days_until(thursday)) / 7 + 1;
    return {y, week};
}

std::optional<Date> Date::from_iso_week(int year, int week) {
    if (week < 1 || week > 53 || year < 1800) return std::nullopt;
    const Date jan4 = from_ymd(year, 1, 4);
    const Date monday = jan4.plus_days(1 - jan4.iso_weekday()).plus_days(7 * (week - 1));
    if (monday.iso_week() != std::pair{year, week}) return std::nullopt;
    return monday;
}

std::string Date::iso() const {
    const Ymd c = civil_from_days(days_);
    if (c.y < 0 || c.y > 9999) return fmt::format("{:04}-{:02}-{:02}", c.y, c.m, c.d);
    // YYYY-MM-DD without fmt (a hot path of export csv).
    const auto y = static_cast<unsigned>(c.y), m = static_cast<unsigned>(c.m),
               d = static_cast<unsigned>(c.d);
    const char s[10] = {static_cast<char>('0' + y / 1000),
                        static_cast<char>('0' + y / 100 % 10),
                        static_cast<char>('0' + y / 10 % 10),
                        static_cast<char>('0' + y % 10),
                        '-',
                        static_cast<char>('0' + m / 10),
                        static_cast<char>('0' + m % 10),
                        '-',
                        static_cast<char>('0' + d / 10),
                        static_cast<char>('0' + d % 10)};
    return std::string(s, 10);
}

std::string Date::compact() const {
    const Ymd c = civil_from_days(days_);
    return fmt::format("{:04}{:02}{:02}", c.y, c.m, c.d);
}

Age age_on(Date birth, Date on) {
    int months = (on.year() - birth.year()) * 12 + (on.month() - birth.month());
    if (on.day() < birth.day()) --months;
    if (months < 0) months = 0;
    return Age{months / 12, months};
}

std::optional<Date> parse_date_word(std::string_view text, Date today) {
    if (auto d = Date::parse(text)) return d;
    std::string w;
    for (char c : text) w += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (w == "today") return today;
    if (w == "yesterday") return today.plus_days(-1);
    for (int i = 0; i < 7; ++i) {
        if (w != kDayNames[i] && (w.size() != 3 || kDayNames[i].substr(0, 3) != w)) continue;
        const int back = (today.iso_weekday() - (i + 1) + 7) % 7;
        return today.plus_days(back == 0 ? -7 : -back);
    }
    return std::nullopt;
}

}  // namespace mg
