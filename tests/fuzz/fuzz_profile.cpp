// libFuzzer harness: the profile loader.
#include <cstdint>
#include <string>

#include "core/diagnostic.hpp"
#include "dri/dri.hpp"
#include "profile/profile.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    const mg::Date today = mg::Date::from_ymd(2026, 3, 4);
    try {
        const mg::Profile p = mg::parse_profile(
            "fuzz.yaml", std::string_view(reinterpret_cast<const char*>(data), size), today);
        (void)mg::targets_for(mg::life_stage_query(p, today), mg::Standard::iom);
        (void)mg::serialize_profile(p);
    } catch (const mg::InputError&) {
    }
    return 0;
}
