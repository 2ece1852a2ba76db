#include <fmt/format.h>

#include "core/text.hpp"
#include "report/weekly.hpp"

namespace mg {

std::string finding_text(const Finding& f, bool ascii) {
    const char* bullet = ascii ? "-" : "\u2022";
    std::string s = fmt::format("  [{}] {}\n", to_string(f.rule->severity), f.rule->title);
    std::vector<std::string> why = f.profile_facts;
    if (!f.detail.empty()) why.push_back(f.detail);
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

}  // namespace mg
