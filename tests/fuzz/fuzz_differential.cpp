// libFuzzer harness: the one-reading rule (docs/file-formats.md). Whatever the fast reader
// accepts — a journal line, a food line, a whole food file — yaml-cpp must read to the same
// tree; otherwise this traps, printing what differs.
#include <cstdint>
#include <cstdio>
#include <string>

#include "differential.hpp"

namespace {

void require(const mg::differential::Result& r, const char* what, std::string_view input) {
    if (r.verdict != mg::differential::Verdict::different) return;
    std::fprintf(stderr, "fast reader and yaml-cpp differ on this %s:\n%.*s\n%s\n", what,
                 static_cast<int>(input.size()), input.data(), r.why.c_str());
    __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    std::vector<mg::Diagnostic> errors;
    // Both readers only ever see cleaned text (UTF-8, LF line ends, no NUL).
    const std::string text = mg::clean_text(
        "fuzz.yaml", std::string_view(reinterpret_cast<const char*>(data), size), {}, errors);
    if (!errors.empty()) return 0;
    require(mg::differential::food_file(text), "food file", text);
    for (size_t start = 0; start < text.size();) {
        size_t nl = text.find('\n', start);
        if (nl == std::string::npos) nl = text.size();
        const std::string_view line = std::string_view(text).substr(start, nl - start);
        start = nl + 1;
        require(mg::differential::journal_line(line), "journal line", line);
        if (line.starts_with("- ")) require(mg::differential::food_line(line), "food line", line);
    }
    return 0;
}
