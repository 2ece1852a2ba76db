#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/check.hpp"

namespace mg {

/// One day of the week: logged or not (a day with no entries is "not logged", never zero).
using ReportDay = DayIntake;

/// One row of a "top food sources" or "by meal" breakdown.
struct Share {
    std::string id;     ///< the food id (empty for imported rows) or the meal
    std::string label;  ///< the food's name or the meal
    Magnesium magnesium;
    double share = 0;  ///< of the week's food magnesium (foods) or total (meals), 0..1
};

/// The weekly report model, computed once by the pure core; every format renders this.
struct WeeklyReport {
    std::string week;  ///< "2026-W10" for an ISO week, else "7 days ending 2026-03-04"
    Date start;
    Date end;
    Date generated;
    std::string profile_name;
    std::vector<ReportDay> days;  ///< always seven, in date order
    int days_logged = 0;
    int days_meeting_rda = 0;
    CheckResult check;             ///< means, targets, shortfall, adequacy, flags, suggestions
    std::vector<Share> top_foods;  ///< foods only: day totals are no food
    int day_totals_left_out = 0;   ///< day-total entries of the week, not in `top_foods`
    std::vector<Share> by_meal;    ///< "breakfast", ..., "unassigned", "supplements"
    Magnesium supplement_max;      ///< the highest supplemental intake of a logged day
    std::vector<Date> days_over_ul;
    std::vector<std::string> sources;
};

/// Builds the report over [start, start + 6]. `entries` may include the four weeks before
/// (used only to prefer familiar foods in suggestions).
WeeklyReport build_weekly_report(const Profile& profile, const Targets& targets,
                                 const std::vector<JournalEntry>& entries, const FoodDb& foods,
                                 const PoolSource& pool, Date start, Date today,
                                 std::string week_label);

/// Renderers: pure functions of the model.
struct TextStyle {
    bool color = false;
    bool ascii = false;
};
std::string render_text(const WeeklyReport& r, const TextStyle& style);
std::string render_markdown(const WeeklyReport& r);
std::string render_html(const WeeklyReport& r);
/// The report's content (heading to footer, chart included) without the document around
/// it, for a page that supplies its own head: the web app's Week page.
std::string render_html_body(const WeeklyReport& r);
/// The flags (each with its explanation, what to do, evidence and source) and the
/// suggestions of a check, as the report shows them; the web app's Check page shows the same.
/// `extra`, when given, adds markup at the end of each suggestion's item (the Check page's
/// "Log" button); the report has none.
using SuggestionExtra = std::function<std::string(const Suggestion&)>;
std::string render_check_html(const CheckResult& c, const SuggestionExtra& extra = {});
/// The report's style sheet, which render_html inlines and the web app serves as a file.
std::string_view report_css();
std::string render_json(const WeeklyReport& r);
std::string render_csv(const WeeklyReport& r);

/// The flag as indented, wrapped text lines (shared by `check` and the text report).
std::string finding_text(const Finding& f, bool ascii);
/// The "Flags" and "To close the gap" sections of a check, as text (shared by `check` and
/// the text report). `per` follows the gap: "" for one day, "/day" for a mean.
std::string flags_and_suggestions_text(const CheckResult& c, bool ascii, std::string_view per);
/// The verdict in IOM's words with its reason and numbers, as one sentence.
std::string adequacy_summary(const Adequacy& a);

/// A probability as a whole percent, "<1%" and ">99%" at the ends: Φ(z) is never exactly 0 or
/// 1, and IOM's own table stops at 0.98 (docs/methods.md).
std::string percent_text(double probability);
/// Which day-to-day SD the verdict used and whether it is an assumption ("" when none).
std::string sd_summary(const Adequacy& a);
/// `s` with & < > " ' escaped, for HTML text and attribute values (the report and the web
/// pages).
std::string html_escape(std::string_view s);
/// One suggestion as a sentence: "Almonds: 1 oz (28.35 g), eaten on 5 days in 4 weeks"
/// (all renderers).
std::string suggestion_text(const Suggestion& s);
/// One titled list of a check's suggestions, in the order every renderer shows them.
struct SuggestionSection {
    std::string title;  ///< "More of what you already eat", "A plan, +150 mg in all", ...
    const std::vector<Suggestion>* items;
};
/// The non-empty sections of `c`'s suggestions (shared by text, Markdown and HTML).
std::vector<SuggestionSection> suggestion_sections(const CheckResult& c);
/// "alcohol; your exclusions: dairy": the eligibility rules that applied, in one line.
std::string excluded_line(const CheckResult& c);
/// "N of the food days are Cronometer day totals, which may include supplements: ..." when
/// the window has day-total days, else "" (every renderer of a check or report says it).
std::string day_total_caveat(const CheckResult& c);
/// "N day totals not broken down" under the top food sources, or "" when none were left out.
std::string totals_left_out(const WeeklyReport& r);
/// Why nothing is suggested (infants, kidney disease, no pool), or "" when suggestions apply.
std::string none_because(const CheckResult& c);
/// The suggestions section alone (empty when there is no gap).
std::string suggestions_text(const CheckResult& c, std::string_view per);

}  // namespace mg
