#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace mg {

/// A calendar date (proleptic Gregorian), stored as days since 1970-01-01.
/// Dates are always passed in; nothing here reads a clock.
class Date {
  public:
    constexpr Date() = default;
    static Date from_ymd(int y, int m, int d);
    /// Parses strict ISO 8601 `YYYY-MM-DD`; nullopt when malformed or not a real date.
    static std::optional<Date> parse(std::string_view text);

    int year() const;
    int month() const;
    int day() const;
    int days_since_epoch() const { return days_; }
    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    int iso_weekday() const;
    /// "Mon" ... "Sun".
    std::string_view weekday_abbrev() const;
    /// "monday" ... "sunday", as parse_date_word reads them.
    std::string_view weekday_name() const;
    /// ISO week-numbering year and week (1..53).
    std::pair<int, int> iso_week() const;
    /// Monday of ISO week `week` of ISO year `year`; nullopt when the week does not exist.
    static std::optional<Date> from_iso_week(int year, int week);

    Date plus_days(int n) const { return Date(days_ + n); }
    int days_until(Date other) const { return other.days_ - days_; }
    std::string iso() const;
    /// `YYYYMMDD`, used in entry ids.
    std::string compact() const;

    auto operator<=>(const Date&) const = default;

  private:
    explicit constexpr Date(int days) : days_(days) {}
    int days_ = 0;
};

/// Completed years and months between `birth` and `on` (like a human age).
struct Age {
    int years = 0;
    int months = 0;  ///< completed months in total (years*12 + remainder)
};
Age age_on(Date birth, Date on);

/// A date as people type it, relative to `today` (passed in: nothing here reads a clock):
/// `YYYY-MM-DD`; `today`; `yesterday`; or a weekday name (`monday` or `mon`, any case),
/// meaning the most recent such day before today, 1 to 7 days ago (on a Wednesday,
/// `wednesday` is a week ago: today is `today`). nullopt when it is none of these.
std::optional<Date> parse_date_word(std::string_view text, Date today);

/// What parse_date_word accepts, in words, for the hint of an error about a date.
inline constexpr std::string_view kDateWordRule =
    "write YYYY-MM-DD (e.g. 2026-03-14), today, yesterday, or a weekday name (monday ... "
    "sunday) for one of the last seven days";

}  // namespace mg
