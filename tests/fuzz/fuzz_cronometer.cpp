// libFuzzer harness: the Cronometer servings.csv importer.
#include <cstdint>
#include <string>

#include "journal/cronometer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    const mg::CronometerImport in = mg::parse_cronometer(
        "fuzz.csv", std::string_view(reinterpret_cast<const char*>(data), size));
    for (const auto& e : in.entries) (void)mg::entry_to_line(e);
    return 0;
}
