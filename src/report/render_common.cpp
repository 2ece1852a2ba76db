#include <fmt/format.h>

#include "core/text.hpp"
#include "report/finding_words.hpp"
#include "report/weekly.hpp"

namespace mg {

std::string finding_text(const Finding& f, bool ascii) {
    const char* bullet = ascii ? "-" : "\u2022";
    std::string s = fmt::format("  [{}] {}\n", to_string(f.rule->severity), f.rule->title);
    std::vector<std::string> why = finding_reasons(f);
    if (!f.entry_ids.empty()) why.push_back("entries " + join(f.entry_ids));
    auto item = [&](const std::string& text) {
        // Bullets are indented 6 columns; wrapped lines align after "• ".
        s += "      " + std::string(bullet) + " " + wrap(text, 80, 8, 8) + "\n";
    };
    if (!why.empty()) item("because: " + join(why, "; "));
    item(finding_explanation(f));
    item("what to do: " + finding_action(f));
    item(fmt::format("evidence: {} ({})", finding_evidence(f), finding_source(f)));
    return s;
}

std::string percent_text(double probability) {
    if (probability < 0.01) return "<1%";
    if (probability > 0.99) return ">99%";
    return fmt::format("{:.0f}%", probability * 100);
}

std::string adequacy_summary(const Adequacy& a) {
    std::string o(verdict_words(a.verdict));
    if (!a.reason.empty()) o += ": " + a.reason;
    if (a.assessed)
        o += fmt::format(
            "; {} probability that usual intake is adequate (IOM method, "
            "z = {:.2f}, {} food day{})",
            percent_text(*a.probability), *a.z, a.days_used, a.days_used == 1 ? "" : "s");
    else if (a.method == "ai")
        o += fmt::format(" ({} food day{})", a.days_used, a.days_used == 1 ? "" : "s");
    return o;
}

std::string sd_summary(const Adequacy& a) {
    if (a.method != "ear" || a.sd.mg <= 0) return {};
    return fmt::format("day-to-day SD {:.0f} mg for {} ({}{})", a.sd.mg, a.sd.group, a.sd.basis,
                       a.sd.assumed ? "; an assumption" : "");
}

std::string suggestion_text(const Suggestion& s) {
    // Whole grams are precise enough to act on; an amount already in grams is not repeated.
    const std::int64_t g = s.food_mg >= 10'000 ? (s.food_mg + 500) / 1000 * 1000 : s.food_mg;
    // Energy is information (people with insulin resistance often watch it), never a goal.
    std::vector<std::string> extra;
    if (!s.amount.ends_with(" g")) extra.push_back(format_grams(g) + " g");
    if (s.kcal) extra.push_back(fmt::format("{:.0f} kcal", *s.kcal));
    const std::string grams = extra.empty() ? "" : " (" + join(extra) + ")";
    std::string what = fmt::format("{}: {}{}", s.name, s.amount, grams);
    if (s.kind == SuggestionKind::swap)
        what = fmt::format("{}: {}{} instead of your usual {} of {}, eaten on {} days in 4 weeks",
                           s.name, s.amount, grams, s.replaces_amount, to_lower(s.replaces_name),
                           s.days_eaten);
    if (s.scale == 2) what += ", twice a standard serving";
    if (s.kind == SuggestionKind::more)
        what += fmt::format(", eaten on {} day{} in 4 weeks", s.days_eaten,
                            s.days_eaten == 1 ? "" : "s");
    if (!s.note.empty()) what += " (" + s.note + ")";
    return what;
}

namespace {

// One suggestion: wrapped text in 66 columns, the magnesium it adds aligned on the right.
std::string suggestion_row(const Suggestion& s) {
    const std::string text = wrap(suggestion_text(s), 68, 6, 4);
    const size_t nl = text.rfind('\n');
    const std::string last = nl == std::string::npos ? "    " + text : text.substr(nl + 1);
    const std::string head = nl == std::string::npos ? "" : "    " + text.substr(0, nl + 1);
    return fmt::format("{}{:<68} {:>7}\n", head, last, "+" + format_mg(s.gain) + " mg");
}

std::string section(const char* title, const std::vector<Suggestion>& items) {
    if (items.empty()) return {};
    std::string o = fmt::format("  {}\n", title);
    for (const auto& s : items) o += suggestion_row(s);
    return o;
}

}  // namespace

std::vector<SuggestionSection> suggestion_sections(const CheckResult& c) {
    const Suggestions& s = c.suggestions;
    std::vector<SuggestionSection> out;
    auto add = [&](std::string title, const std::vector<Suggestion>& v) {
        if (!v.empty()) out.push_back({.title = std::move(title), .items = &v});
    };
    add("More of what you already eat", s.more);
    add("Swaps", s.swaps);
    add(fmt::format("A plan: {}, +{} mg in all{}",
                    s.plan.size() == 1
                        ? "one food"
                        : fmt::format("{} foods from different groups", s.plan.size()),
                    format_mg(s.plan_total), s.plan_closes ? "" : " (not enough to close the gap)"),
        s.plan);
    add("Or one food alone", s.alone);
    return out;
}

std::string day_total_caveat(const CheckResult& c) {
    if (c.day_total_days == 0) return {};
    return fmt::format(
        "{} of the {} food day{} {} Cronometer day totals, which may include supplements: "
        "adequacy may be overstated, and supplements on those days cannot be checked against "
        "the upper limit.",
        c.day_total_days, c.food_days, c.food_days == 1 ? "" : "s",
        c.day_total_days == 1 ? "is" : "are");
}

std::string totals_left_out(const WeeklyReport& r) {
    if (r.day_totals_left_out == 0) return {};
    return fmt::format("{} day total{} not broken down", r.day_totals_left_out,
                       r.day_totals_left_out == 1 ? "" : "s");
}

std::string excluded_line(const CheckResult& c) {
    std::vector<std::string> rules;
    for (const auto& r : c.eligibility.rules) rules.push_back(r.label);
    return join(rules, "; ");
}

std::string none_because(const CheckResult& c) {
    if (c.eligibility.no_suggestions) return c.eligibility.no_suggestions_why;
    if (c.pool_missing)
        return "the reviewed suggestion list (foods/source/suggestions.yaml) was not found";
    return {};
}

std::string suggestions_text(const CheckResult& c, std::string_view per) {
    if (c.eligibility.no_suggestions && !c.days.empty())
        return "\nFood suggestions\n  " +
               wrap("None: " + c.eligibility.no_suggestions_why + ".", 80, 2, 2) + "\n";
    if (c.shortfall <= Magnesium()) return {};
    std::string o =
        fmt::format("\nFoods that would close the gap of {} mg{}\n", format_mg(c.shortfall), per);
    if (const std::string why = none_because(c); !why.empty())
        return o + "  " + wrap("No food suggestions: " + why + ".", 80, 2, 2) + "\n";
    o += "  " + wrap("Not suggested for you: " + excluded_line(c) + ".", 80, 2, 2) + "\n";
    if (c.suggestions.empty()) return o + "  No reviewed food fits: ask a dietitian.\n";
    for (const auto& sec : suggestion_sections(c)) o += section(sec.title.c_str(), *sec.items);
    o += "  (foods only: mgcalc does not suggest supplements)\n";
    return o;
}

std::string flags_and_suggestions_text(const CheckResult& c, bool ascii, std::string_view per) {
    std::string o;
    if (!c.flags.empty()) {
        o += "\nFlags\n";
        for (const auto& f : c.flags) o += finding_text(f, ascii);
    }
    return o + suggestions_text(c, per);
}

}  // namespace mg
