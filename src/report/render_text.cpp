// The weekly report for a terminal: 80 columns, a bar per day against the RDA line.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "core/text.hpp"
#include "report/weekly.hpp"

namespace mg {
namespace {

constexpr int kBarWidth = 36;

std::string bar(double value, double scale_max, double rda, const TextStyle& st,
                const char* colour) {
    // Eighth-block resolution in Unicode, whole characters in ASCII.
    const double cells = value / scale_max * kBarWidth;
    const int rda_cell = static_cast<int>(std::lround(rda / scale_max * kBarWidth));
    std::string out;
    static const char* kEighths[] = {"",       "\u258F", "\u258E", "\u258D",
                                     "\u258C", "\u258B", "\u258A", "\u2589"};
    if (st.color) out += colour;
    int used = 0;
    const int full = static_cast<int>(cells);
    for (int i = 0; i < full && i < kBarWidth; ++i, ++used) out += st.ascii ? "#" : "\u2588";
    if (!st.ascii && used < kBarWidth) {
        const int eighth = static_cast<int>((cells - full) * 8);
        if (eighth > 0) out += kEighths[eighth], ++used;
    }
    if (st.color) out += "\033[0m";
    for (; used <= kBarWidth; ++used) out += used == rda_cell ? (st.ascii ? "|" : "\u2502") : " ";
    // Trailing spaces are noise in a terminal and in golden files.
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string share_table(const char* title, const std::vector<Share>& rows) {
    if (rows.empty()) return {};
    std::string o = fmt::format("\n{}\n", title);
    for (const auto& r : rows)
        o += fmt::format("  {:<50} {:>5} mg  {:>4}\n",
                         r.label.size() > 50 ? r.label.substr(0, 49) + "~" : r.label,
                         format_mg(r.magnesium), fmt::format("{:.0f}%", r.share * 100));
    return o;
}

}  // namespace

std::string render_text(const WeeklyReport& r, const TextStyle& st) {
    const Targets& t = r.check.targets;
    const char* dash = st.ascii ? "-" : "\u2014";
    const std::string ref = std::string(reference_name(t));
    std::string o;
    o += fmt::format("Weekly magnesium report {} {}\n", dash, r.profile_name);
    o += fmt::format("{}: {} {} to {} {}\n", r.week, r.start.weekday_abbrev(), r.start.iso(),
                     r.end.weekday_abbrev(), r.end.iso());
    o += fmt::format("{} {} mg/day{}, {}, {}{}\n\n", ref, format_mg(t.rda),
                     t.ear ? fmt::format(", EAR {} mg", format_mg(*t.ear)) : "",
                     standard_label(t.standard), t.life_stage,
                     r.check.ckd ? fmt::format(" ({})", reference_caveat()) : "");

    double top = t.rda.mg() * 1.25;
    for (const auto& d : r.days) top = std::max(top, d.total().mg());
    // With kidney disease the RDA is no target: no marker, no traffic-light colours.
    const bool target = !r.check.ckd;
    if (target)
        o += fmt::format("{:<14} {:>5} {:>6} {:>6}  {} marks the {} ({} mg)\n", "mg/day", "food",
                         "suppl", "total", st.ascii ? "|" : "\u2502", ref, format_mg(t.rda));
    else
        o += fmt::format("{:<14} {:>5} {:>6} {:>6}\n", "mg/day", "food", "suppl", "total");
    for (const auto& d : r.days) {
        const std::string label = fmt::format("{} {}", d.date.weekday_abbrev(), d.date.iso());
        if (!d.logged) {
            o += fmt::format("{:<14} {:>20}\n", label, "not logged");
            continue;
        }
        const char* colour = d.total() >= t.rda               ? "\033[32m"
                             : (t.ear && d.total() >= *t.ear) ? "\033[33m"
                                                              : "\033[31m";
        o += fmt::format(
            "{:<14} {:>5} {:>6} {:>6}  {}\n", label, format_mg(d.food), format_mg(d.supplement),
            format_mg(d.total()),
            bar(d.total().mg(), top, target ? t.rda.mg() : -1e6, st, target ? colour : ""));
    }
    o += "\n";
    const CheckResult& c = r.check;
    if (r.days_logged == 0) {
        o += "Nothing logged this week: days without entries are missing, not zero.\n";
    } else {
        o += fmt::format("Mean          {} mg/day", format_mg(c.total_mean));
        if (c.frames_shortfall()) o += fmt::format(" = {:.0f}% of the {}", c.percent_rda, ref);
        o += fmt::format("\n              food {} mg over {} food day{} + supplements {} mg\n",
                         format_mg(c.food_mean), c.food_days, c.food_days == 1 ? "" : "s",
                         format_mg(c.supplement_mean));
        if (c.frames_shortfall()) {
            o += fmt::format("Shortfall     {} mg/day to the {}\n", format_mg(c.shortfall), ref);
            o += fmt::format("{:<14}{} of {} logged\n", "Days at " + ref, r.days_meeting_rda,
                             r.days_logged);
        }
        const Adequacy& a = c.adequacy;
        o += "Adequacy      " + wrap(adequacy_summary(a), 80, 14, 14) + "\n";
        for (const auto& n : {sd_summary(a), a.note, day_total_caveat(c)})
            if (!n.empty()) o += "              " + wrap(n, 80, 14, 14) + "\n";
    }
    if (t.ul_supplemental)
        o += "Supplements   " +
             wrap(fmt::format("highest {} mg/day; UL {} mg/day (supplements and medicines only){}",
                              format_mg(r.supplement_max), format_mg(*t.ul_supplemental),
                              r.days_over_ul.empty()
                                  ? ""
                                  : fmt::format(": over on {} day{}", r.days_over_ul.size(),
                                                r.days_over_ul.size() == 1 ? "" : "s")),
                  80, 14, 14) +
             "\n";
    o += share_table("Top food sources", r.top_foods);
    if (const std::string left = totals_left_out(r); !left.empty()) o += "  " + left + "\n";
    o += share_table("By meal", r.by_meal);
    o += flags_and_suggestions_text(c, st.ascii, "/day");
    o += "\nSources\n";
    for (const auto& s : r.sources) o += "  " + wrap(s, 80, 4, 2) + "\n";
    o += "\nInformational only, not medical advice.\n";
    return o;
}

}  // namespace mg
