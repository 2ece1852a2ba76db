#include "core/diagnostic.hpp"

#include <fmt/format.h>

namespace mg {

InputError::InputError(std::vector<Diagnostic> d)
    : std::runtime_error(d.empty() ? std::string("bad input") : d.front().message),
      diags_(std::move(d)) {}

InputError::InputError(Diagnostic d) : InputError(std::vector<Diagnostic>{std::move(d)}) {}

InputError::InputError(std::vector<Diagnostic> d, Diagnostic closing) : InputError(std::move(d)) {
    closing_.push_back(std::move(closing));
}

InputError InputError::plain(std::string message, std::string hint) {
    Diagnostic d;
    d.message = std::move(message);
    d.hint = std::move(hint);
    return InputError(std::move(d));
}

InputError& InputError::in_form_words(std::string message, std::string hint) {
    if (!diags_.empty()) {
        diags_.front().form_message = std::move(message);
        diags_.front().form_hint = std::move(hint);
    }
    return *this;
}

std::string format_diagnostic(const Diagnostic& d) {
    std::string out;
    if (!d.file.empty()) {
        out += d.file;
        if (d.line > 0) out += fmt::format(":{}", d.line);
        if (d.line > 0 && d.column > 0) out += fmt::format(":{}", d.column);
        out += ": ";
    }
    out += d.message;
    if (!d.source_line.empty() && d.line > 0) {
        std::string shown =
            d.source_line.size() > 160 ? d.source_line.substr(0, 160) + "..." : d.source_line;
        out += fmt::format("\n  {:>4} | {}", d.line, shown);
        if (d.column > 0 && static_cast<size_t>(d.column) <= shown.size() + 1)
            out += fmt::format("\n       | {}^", std::string(d.column - 1, ' '));
    }
    if (!d.hint.empty()) out += "\n  hint: " + d.hint;
    return out;
}

}  // namespace mg
