#include "core/names.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace mg {
namespace {

// C1 controls U+0080..U+009F are \xC2\x80..\xC2\x9F in UTF-8.
bool c1_control_at(std::string_view s, size_t i) {
    return i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 &&
           static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
           static_cast<unsigned char>(s[i + 1]) <= 0x9F;
}

bool c0_control(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7F;
}

// The name as it can be printed on a terminal: control bytes as \xNN, long names cut short
// (at a UTF-8 character boundary) so that the message stays one line.
std::string shown(std::string_view name) {
    constexpr size_t kShown = 40;
    size_t cut = std::min(name.size(), kShown);
    // Never cut in the middle of a UTF-8 sequence.
    while (cut > 0 && cut < name.size() && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80)
        --cut;
    std::string out = "'";
    for (size_t i = 0; i < cut; ++i) {
        if (c0_control(name[i]) || c1_control_at(name, i) || (i > 0 && c1_control_at(name, i - 1)))
            out += fmt::format("\\x{:02X}", static_cast<unsigned char>(name[i]));
        else
            out += name[i];
    }
    return out + (cut < name.size() ? "...'" : "'");
}

std::optional<std::string> control_problem(std::string_view name) {
    for (size_t i = 0; i < name.size(); ++i) {
        if (name[i] == '\0') return "contains a NUL byte";
        if (c0_control(name[i]) || c1_control_at(name, i)) return "contains a control character";
    }
    return std::nullopt;
}

std::optional<std::string> path_problem(std::string_view name) {
    if (name.find('/') != std::string_view::npos) return "contains '/'";
    if (name.find('\\') != std::string_view::npos) return "contains '\\'";
    if (name.find("..") != std::string_view::npos) return "contains '..'";
    if (name.front() == '.') return "starts with '.'";
    return std::nullopt;
}

}  // namespace

std::optional<std::string> typed_text_problem(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i)
        if ((c0_control(text[i]) && text[i] != '\t') || c1_control_at(text, i))
            return shown(text) + " contains a control character";
    return std::nullopt;
}

std::optional<std::string> name_problem(std::string_view name) {
    if (name.empty()) return "'' is empty";
    if (name.size() > kMaxNameBytes)
        return fmt::format("{} is {} bytes long, over the limit of {}", shown(name), name.size(),
                           kMaxNameBytes);
    auto problem = control_problem(name);
    if (!problem) problem = path_problem(name);
    if (!problem) return std::nullopt;
    return shown(name) + " " + *problem;
}

}  // namespace mg
