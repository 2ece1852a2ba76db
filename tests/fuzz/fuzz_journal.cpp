// libFuzzer harness: the journal reader; every entry it accepts must round-trip.
#include <cstdint>
#include <string>

#include "journal/entry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    const mg::JournalFile f =
        mg::parse_journal("fuzz.yaml", std::string_view(reinterpret_cast<const char*>(data), size));
    if (!f.errors.empty()) return 0;
    std::string again = std::string(mg::kJournalHeader) + "\n";
    for (const auto& e : f.entries) again += mg::entry_to_line(e);
    const mg::JournalFile g = mg::parse_journal("again.yaml", again);
    if (!g.errors.empty() || g.entries.size() != f.entries.size()) __builtin_trap();
    for (size_t i = 0; i < f.entries.size(); ++i)
        if (mg::entry_to_line(f.entries[i]) != mg::entry_to_line(g.entries[i])) __builtin_trap();
    return 0;
}
