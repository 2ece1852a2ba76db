#include <fmt/format.h>

#include "core/text.hpp"
#include "report/weekly.hpp"

namespace mg {

std::string finding_text(const Finding& f, bool ascii) {
    const char* bullet = ascii ? "-" : "\u2022";
    std::string s = fmt::format("  [{}] {}\n", to_string(f.rule->severity), f.rule->title);
    std::vector<std::string> why = f.reasons();
    if (!f.entry_ids.empty()) why.push_back("entries " + join(f.entry_ids));
    auto item = [&](const std::string& text) {
        // Bullets are indented 6 columns; wrapped lines align after "• ".
        s += "      " + std::string(bullet) + " " + wrap(text, 80, 8, 8) + "\n";
    };
    if (!why.empty()) item("because: " + join(why, "; "));
    item(f.rule->explanation);
    item("what to do: " + f.rule->action);
    item(fmt::format("evidence: {} ({})", f.rule->evidence, f.rule->source));
    return s;
}

std::string flags_and_suggestions_text(const CheckResult& c, bool ascii, std::string_view per) {
    std::string o;
    if (!c.flags.empty()) {
        o += "\nFlags\n";
        for (const auto& f : c.flags) o += finding_text(f, ascii);
    }
    if (!c.suggestions.empty()) {
        o += fmt::format("\nTo close the gap of {} mg{}\n", format_mg(c.shortfall), per);
        bool combo_header = false, singles = false;
        for (const auto& s : c.suggestions) {
            if (s.combination && !combo_header) {
                o += singles ? "  or combine:\n" : "  combine:\n";
                combo_header = true;
            }
            singles |= !s.combination;
            std::string what =
                fmt::format("{}: {} ({} g)", s.name, s.amount, format_grams(s.food_mg));
            if (what.size() > 60) what = what.substr(0, 59) + "~";
            o += fmt::format("  {}{:<62} +{} mg\n", s.combination ? "  " : "", what,
                             format_mg(s.magnesium));
        }
        o += "  (foods only: mgcalc does not suggest supplements)\n";
    }
    return o;
}

}  // namespace mg
