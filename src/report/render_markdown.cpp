// The weekly report as Markdown tables, for pasting into notes.
#include <fmt/format.h>

#include "core/text.hpp"
#include "report/finding_words.hpp"
#include "report/weekly.hpp"

namespace mg {

namespace {
std::string md(std::string s) {
    std::string out;
    for (char c : s) {
        if (c == '|' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' ||
            c == '>')
            out += '\\';
        out += c;
    }
    return out;
}
std::string md_items(const std::vector<Suggestion>& items) {
    std::string o;
    for (const auto& s : items) {
        const std::string what = suggestion_text(s);
        o += fmt::format("- {}, +{} mg\n", md(what), format_mg(s.gain));
    }
    return o;
}

std::string suggestions_markdown(const CheckResult& c) {
    if (c.eligibility.no_suggestions && !c.days.empty())
        return "\n## Food suggestions\n\nNone: " + md(c.eligibility.no_suggestions_why) + ".\n";
    if (c.shortfall <= Magnesium()) return {};
    std::string o =
        fmt::format("\n## Foods that would close the gap of {} mg/day\n\n", format_mg(c.shortfall));
    if (const std::string why = none_because(c); !why.empty())
        return o + md("No food suggestions: " + why) + ".\n";
    o += "*Not suggested for you:* " + md(excluded_line(c)) + ".\n";
    for (const auto& sec : suggestion_sections(c))
        o += fmt::format("\n**{}**\n\n", md(sec.title)) + md_items(*sec.items);
    return o + "\n*Foods only: mgcalc does not suggest supplements.*\n";
}

std::string share_table(const char* title, const char* what, const std::vector<Share>& rows) {
    if (rows.empty()) return {};
    std::string o = fmt::format("\n## {}\n\n| {} | mg | share |\n|---|---:|---:|\n", title, what);
    for (const auto& r : rows)
        o += fmt::format("| {} | {} | {:.0f}% |\n", md(r.label), format_mg(r.magnesium),
                         r.share * 100);
    return o;
}

}  // namespace

std::string render_markdown(const WeeklyReport& r) {
    const Targets& t = r.check.targets;
    const CheckResult& c = r.check;
    const std::string ref = std::string(reference_name(t));
    std::string o = fmt::format("# Weekly magnesium report: {}\n\n", md(r.profile_name));
    o += fmt::format("**{}**, {} to {}. {} {} mg/day{} ({}, {}).\n\n", r.week, r.start.iso(),
                     r.end.iso(), ref, format_mg(t.rda),
                     t.ear ? fmt::format(", EAR {} mg", format_mg(*t.ear)) : "",
                     standard_label(t.standard), md(t.life_stage));
    o += fmt::format(
        "| day | food (mg) | supplements (mg) | total (mg) | % of {} "
        "|\n|---|---:|---:|---:|---:|\n",
        ref);
    for (const auto& d : r.days) {
        const std::string label = fmt::format("{} {}", d.date.weekday_abbrev(), d.date.iso());
        if (!d.logged) {
            o += fmt::format("| {} | *not logged* | | | |\n", label);
            continue;
        }
        o += fmt::format("| {} | {} | {} | {} | {:.0f}% |\n", label, format_mg(d.food),
                         format_mg(d.supplement), format_mg(d.total()),
                         100.0 * d.total().mg() / t.rda.mg());
    }
    o += "\n## Summary\n\n| | |\n|---|---|\n";
    if (r.days_logged > 0) {
        o += fmt::format("| mean | {} mg/day{} |\n", format_mg(c.total_mean),
                         c.frames_shortfall()
                             ? fmt::format(" ({:.0f}% of the {})", c.percent_rda, ref)
                             : std::string());
        o += fmt::format("| food ({} food day{}) / supplements | {} mg / {} mg |\n", c.food_days,
                         c.food_days == 1 ? "" : "s", format_mg(c.food_mean),
                         format_mg(c.supplement_mean));
        if (c.frames_shortfall()) {
            o += fmt::format("| shortfall | {} mg/day |\n", format_mg(c.shortfall));
            o += fmt::format("| days meeting the {} | {} of {} logged |\n", ref, r.days_meeting_rda,
                             r.days_logged);
        }
        if (c.ckd) o += fmt::format("| reference | {} |\n", reference_caveat());
    } else {
        o += "| logged days | none (days without entries are missing, not zero) |\n";
    }
    const Adequacy& a = c.adequacy;
    o += fmt::format("| adequacy (IOM) | {} |\n", md(adequacy_summary(a)));
    for (const auto& n : {sd_summary(a), a.note, day_total_caveat(c)})
        if (!n.empty()) o += fmt::format("| | {} |\n", md(n));
    if (t.ul_supplemental)
        o += fmt::format(
            "| supplements vs UL | highest {} mg/day; UL {} mg/day, supplements and medicines "
            "only{} |\n",
            format_mg(r.supplement_max), format_mg(*t.ul_supplemental),
            r.days_over_ul.empty() ? ""
                                   : fmt::format("; **over on {} day(s)**", r.days_over_ul.size()));
    if (!a.note.empty()) o += fmt::format("\n{}\n", md(a.note));
    o += share_table("Top food sources", "food", r.top_foods);
    if (const std::string left = totals_left_out(r); !left.empty())
        o += fmt::format("\n{}\n", md(left));
    o += share_table("By meal", "meal", r.by_meal);
    if (!c.flags.empty()) {
        o += "\n## Flags\n\n";
        for (const auto& f : c.flags) {
            o += fmt::format("- **{}** ({}): {}", md(f.rule->title), to_string(f.rule->severity),
                             md(finding_explanation(f)));
            const std::vector<std::string> why = finding_reasons(f);
            if (!why.empty()) {
                o += " *Because:* ";
                for (size_t i = 0; i < why.size(); ++i) o += (i ? "; " : "") + md(why[i]);
                o += ".";
            }
            o += fmt::format(" *What to do:* {} *Evidence:* {} ({}).\n", md(finding_action(f)),
                             finding_evidence(f), md(finding_source(f)));
        }
    }
    o += suggestions_markdown(c);
    o += "\n## Sources\n\n";
    for (const auto& s : r.sources) o += "- " + md(s) + "\n";
    o += "\n*Informational only, not medical advice.*\n";
    return o;
}

}  // namespace mg
