// The weekly report as one self-contained HTML file: inline CSS and an inline SVG chart,
// no scripts, no fonts, no network. The SVG is well-formed XML (tested).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "core/text.hpp"
#include "report/finding_words.hpp"
#include "report/weekly.hpp"

namespace mg {

std::string html_escape(std::string_view s) {
    std::string o;
    o.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&':
                o += "&amp;";
                break;
            case '<':
                o += "&lt;";
                break;
            case '>':
                o += "&gt;";
                break;
            case '"':
                o += "&quot;";
                break;
            case '\'':
                o += "&#39;";
                break;
            default:
                o += c;
        }
    }
    return o;
}

namespace {

std::string esc(std::string_view s) {
    return html_escape(s);
}

constexpr const char* kStyle = R"(
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2327;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .2rem}h2{font-size:1.15rem;margin:1.8rem 0 .5rem;border-bottom:1px solid #dde3e8;padding-bottom:.2rem}
.sub{color:#55606a;margin:0 0 1rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0}th,td{padding:.3rem .6rem;border-bottom:1px solid #e6eaee;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}th{font-weight:600;color:#404b55}
.missing{color:#5f6a73;font-style:italic}
.kpis{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}
.kpi{flex:1 1 10rem;border:1px solid #dde3e8;border-radius:6px;padding:.6rem .8rem}
.kpi b{display:block;font-size:1.35rem}.kpi span{color:#55606a;font-size:.85rem}
.flag{border-left:4px solid #8a949c;padding:.4rem .8rem;margin:.6rem 0;background:#f7f9fa}
.flag.warning{border-color:#b3261e}.flag.caution{border-color:#c77c02}.flag.info{border-color:#2f6f9f}
.flag p{margin:.2rem 0}.sev{text-transform:uppercase;font-size:.75rem;font-weight:700;letter-spacing:.04em}
.note{color:#55606a;font-size:.9rem}
svg{width:100%;height:auto}
footer{margin-top:2rem;color:#55606a;font-size:.85rem;border-top:1px solid #dde3e8;padding-top:.6rem}
@media print{body{margin:0;max-width:none;font-size:11pt}.kpi,.flag{break-inside:avoid}h2{break-after:avoid}a{color:inherit}}
)";

std::string chart(const WeeklyReport& r) {
    const Targets& t = r.check.targets;
    const int w = 720, h = 300, left = 48, right = 16, top = 16, bottom = 44;
    const int plot_w = w - left - right, plot_h = h - top - bottom;
    double max = t.rda.mg() * 1.25;
    for (const auto& d : r.days) max = std::max(max, d.total().mg() * 1.05);
    const double step = max > 800 ? 200 : 100;
    max = std::ceil(max / step) * step;
    auto y = [&](double mg) { return top + plot_h - mg / max * plot_h; };
    std::string s = fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"{}\" "
        "height=\"{}\" role=\"img\" "
        "aria-label=\"Daily magnesium, food and supplements, against the {}\">\n",
        w, h, w, h, std::string(reference_name(t)));
    s += "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
         "patternTransform=\"rotate(45)\">"
         "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#c9d1d7\" "
         "stroke-width=\"2\"/></pattern></defs>\n";
    for (double v = 0; v <= max + 0.5; v += step) {
        s += fmt::format(
            "<line x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" stroke=\"#e6eaee\"/>", left,
            y(v), w - right, y(v));
        s += fmt::format(
            "<text x=\"{}\" y=\"{:.1f}\" font-size=\"11\" text-anchor=\"end\" "
            "fill=\"#55606a\">{:.0f}</text>\n",
            left - 6, y(v) + 4, v);
    }
    const double slot = static_cast<double>(plot_w) / 7;
    const double bw = slot * 0.6;
    for (size_t i = 0; i < r.days.size(); ++i) {
        const ReportDay& d = r.days[i];
        const double x = left + slot * static_cast<double>(i) + (slot - bw) / 2;
        const std::string label =
            fmt::format("{} {:02}-{:02}", d.date.weekday_abbrev(), d.date.month(), d.date.day());
        if (!d.logged) {
            s += fmt::format(
                "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" "
                "fill=\"url(#hatch)\" stroke=\"#c9d1d7\"/>",
                x, y(max * 0.25), bw, y(0) - y(max * 0.25));
            s += fmt::format(
                "<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"11\" text-anchor=\"middle\" "
                "fill=\"#8a949c\">not logged</text>\n",
                x + bw / 2, y(max * 0.25) - 6);
        } else {
            const double yf = y(d.food.mg()), yt = y(d.total().mg());
            s += fmt::format(
                "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" "
                "fill=\"#2a7f62\"><title>{}: food {} mg</title></rect>",
                x, yf, bw, y(0) - yf, esc(d.date.iso()), format_mg(d.food));
            if (d.supplement > Magnesium())
                s += fmt::format(
                    "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" "
                    "fill=\"#e0a030\"><title>{}: supplements {} mg</title></rect>",
                    x, yt, bw, yf - yt, esc(d.date.iso()), format_mg(d.supplement));
            s += fmt::format(
                "<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"11\" text-anchor=\"middle\" "
                "fill=\"#1d2327\">{}</text>\n",
                x + bw / 2, yt - 5, format_mg(d.total()));
        }
        s += fmt::format(
            "<text x=\"{:.1f}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\" "
            "fill=\"#404b55\">{}</text>\n",
            x + bw / 2, h - bottom + 16, esc(label));
    }
    auto hline = [&](double mg, const char* dash, const std::string& text) {
        s += fmt::format(
            "<line x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" stroke=\"#1d2327\" "
            "stroke-width=\"1.5\" stroke-dasharray=\"{}\"/>",
            left, y(mg), w - right, y(mg), dash);
        s += fmt::format(
            "<text x=\"{}\" y=\"{:.1f}\" font-size=\"11\" text-anchor=\"end\" "
            "fill=\"#1d2327\">{}</text>\n",
            w - right - 2, y(mg) - 4, esc(text));
    };
    // With kidney disease the reference intakes are no target: no lines to aim at.
    if (!r.check.ckd) {
        hline(t.rda.mg(), "6 4",
              fmt::format("{} {} mg", std::string(reference_name(t)), format_mg(t.rda)));
        if (t.ear) hline(t.ear->mg(), "2 3", fmt::format("EAR {} mg", format_mg(*t.ear)));
    }
    s += fmt::format(
        "<rect x=\"{}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"#2a7f62\"/><text x=\"{}\" "
        "y=\"{}\" font-size=\"11\" fill=\"#404b55\">food</text>",
        left, h - 14, left + 14, h - 5);
    s += fmt::format(
        "<rect x=\"{}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"#e0a030\"/><text x=\"{}\" "
        "y=\"{}\" font-size=\"11\" fill=\"#404b55\">supplements and medicines</text>\n",
        left + 60, h - 14, left + 74, h - 5);
    s += "</svg>\n";
    return s;
}

std::string share_table(const char* title, const char* what, const std::vector<Share>& rows) {
    if (rows.empty()) return {};
    std::string o = fmt::format(
        "<h2>{}</h2>\n<table><thead><tr><th>{}</th><th class=\"n\">mg</th><th "
        "class=\"n\">share</th></tr></thead><tbody>\n",
        title, what);
    for (const auto& r : rows)
        o +=
            fmt::format("<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{:.0f}%</td></tr>\n",
                        esc(r.label), format_mg(r.magnesium), r.share * 100);
    return o + "</tbody></table>\n";
}

std::string html_items(const std::vector<Suggestion>& items, const SuggestionExtra& extra) {
    std::string o = "<ul>\n";
    for (const auto& s : items) {
        const std::string what = suggestion_text(s);
        o += fmt::format("<li class=\"{}\">{}, <b>+{} mg</b>{}</li>\n", to_string(s.kind),
                         esc(what), format_mg(s.gain), extra ? extra(s) : std::string());
    }
    return o + "</ul>\n";
}

std::string suggestions_html(const CheckResult& c, const SuggestionExtra& extra) {
    if (c.eligibility.no_suggestions && !c.days.empty())
        return fmt::format("<h2>Food suggestions</h2>\n<p>None: {}.</p>\n",
                           esc(c.eligibility.no_suggestions_why));
    if (c.shortfall <= Magnesium()) return {};
    std::string o = fmt::format("<h2>Foods that would close the gap of {} mg/day</h2>\n",
                                format_mg(c.shortfall));
    if (const std::string why = none_because(c); !why.empty())
        return o + fmt::format("<p>No food suggestions: {}.</p>\n", esc(why));
    o += fmt::format("<p class=\"note\">Not suggested for you: {}.</p>\n", esc(excluded_line(c)));
    for (const auto& sec : suggestion_sections(c))
        o += fmt::format("<h3>{}</h3>\n", esc(sec.title)) + html_items(*sec.items, extra);
    return o + "<p class=\"note\">Foods only: mgcalc does not suggest supplements.</p>\n";
}

}  // namespace

std::string render_check_html(const CheckResult& c, const SuggestionExtra& extra) {
    std::string o;
    if (!c.flags.empty()) {
        o += "<h2>Flags</h2>\n";
        for (const auto& f : c.flags) {
            const std::vector<std::string> why = finding_reasons(f);
            std::string because;
            for (size_t i = 0; i < why.size(); ++i) because += (i ? "; " : "") + esc(why[i]);
            o += fmt::format(
                "<div class=\"flag {}\"><p><span class=\"sev\">{}</span> <b>{}</b></p><p>{}</p>{}"
                "<p><b>What to do:</b> {}</p><p class=\"note\">Evidence: {} ({})</p></div>\n",
                to_string(f.rule->severity), to_string(f.rule->severity), esc(f.rule->title),
                esc(finding_explanation(f)),
                because.empty() ? "" : "<p><b>Because:</b> " + because + "</p>",
                esc(finding_action(f)), esc(finding_evidence(f)), esc(finding_source(f)));
        }
    }
    return o + suggestions_html(c, extra);
}

std::string_view report_css() {
    return kStyle;
}

std::string render_html(const WeeklyReport& r) {
    std::string o =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    o +=
        fmt::format("<title>Magnesium report {} – {}</title>\n<style>{}</style>\n</head>\n<body>\n",
                    esc(r.week), esc(r.profile_name), kStyle);
    return o + render_html_body(r) + "</body>\n</html>\n";
}

std::string render_html_body(const WeeklyReport& r) {
    const Targets& t = r.check.targets;
    const CheckResult& c = r.check;
    const std::string ref = std::string(reference_name(t));
    std::string o;
    o += fmt::format(
        "<h1>Weekly magnesium report: {}</h1>\n<p class=\"sub\">{}, {} to {} · {} {} mg/day{} · "
        "{}, {}</p>\n",
        esc(r.profile_name), esc(r.week), r.start.iso(), r.end.iso(), ref, format_mg(t.rda),
        t.ear ? fmt::format(", EAR {} mg", format_mg(*t.ear)) : "", standard_label(t.standard),
        esc(t.life_stage));
    o += "<div class=\"kpis\">";
    auto kpi = [&](const std::string& big, const std::string& small) {
        o += fmt::format("<div class=\"kpi\"><b>{}</b><span>{}</span></div>", esc(big), esc(small));
    };
    if (r.days_logged > 0) {
        if (c.frames_shortfall()) {
            kpi(format_mg(c.total_mean) + " mg",
                fmt::format("mean per logged day ({:.0f}% of the {})", c.percent_rda, ref));
            kpi(format_mg(c.shortfall) + " mg", "shortfall per day");
            kpi(fmt::format("{} of {}", r.days_meeting_rda, r.days_logged),
                "logged days meeting the " + ref);
        } else {
            kpi(format_mg(c.total_mean) + " mg", "mean per logged day");
        }
    } else {
        kpi("0 days", "logged this week");
    }
    const Adequacy& a = c.adequacy;
    kpi(a.assessed ? percent_text(*a.probability) : "–",
        "adequacy: " + std::string(verdict_words(a.verdict)));
    o += "</div>\n";
    o += chart(r);
    o += fmt::format(
        "<h2>Days</h2>\n<table><thead><tr><th>day</th><th class=\"n\">food (mg)</th><th "
        "class=\"n\">supplements (mg)</th>"
        "<th class=\"n\">total (mg)</th><th class=\"n\">% of {}</th></tr></thead><tbody>\n",
        ref);
    for (const auto& d : r.days) {
        const std::string label = fmt::format("{} {}", d.date.weekday_abbrev(), d.date.iso());
        if (!d.logged)
            o += fmt::format(
                "<tr><td>{}</td><td class=\"missing\" colspan=\"4\">not logged</td></tr>\n", label);
        else
            o += fmt::format(
                "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td "
                "class=\"n\">{}</td><td class=\"n\">{:.0f}%</td></tr>\n",
                label, format_mg(d.food), format_mg(d.supplement), format_mg(d.total()),
                100.0 * d.total().mg() / t.rda.mg());
    }
    o += "</tbody></table>\n";
    o += "<h2>Adequacy and upper limit</h2>\n";
    o += fmt::format("<p><b>{}</b>{}.</p>\n", esc(std::string(verdict_words(a.verdict))),
                     esc(adequacy_summary(a).substr(verdict_words(a.verdict).size())));
    for (const auto& n : {sd_summary(a), a.note, day_total_caveat(c)})
        if (!n.empty()) o += fmt::format("<p class=\"note\">{}</p>\n", esc(n));
    if (t.ul_supplemental)
        o += fmt::format(
            "<p>Supplemental magnesium: highest {} mg/day against the UL of {} mg/day, which "
            "applies to "
            "supplements and medicines only{}.</p>\n",
            format_mg(r.supplement_max), format_mg(*t.ul_supplemental),
            r.days_over_ul.empty()
                ? ""
                : fmt::format(" — <b>over on {} day(s)</b>", r.days_over_ul.size()));
    o += share_table("Top food sources", "food", r.top_foods);
    if (const std::string left = totals_left_out(r); !left.empty())
        o += fmt::format("<p class=\"note\">{}</p>\n", esc(left));
    o += share_table("By meal", "meal", r.by_meal);
    o += render_check_html(c);
    o += "<footer>\n";
    for (const auto& s : r.sources) o += fmt::format("<p>{}</p>\n", esc(s));
    o += fmt::format(
        "<p>Generated {} by mgcalc. Informational only, not medical "
        "advice.</p>\n</footer>\n",
        r.generated.iso());
    return o;
}

}  // namespace mg
