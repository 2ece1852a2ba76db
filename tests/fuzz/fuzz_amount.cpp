// libFuzzer harness: the amount parser and its conversion through a food's portions.
#include <cstdint>
#include <string>

#include "core/diagnostic.hpp"
#include "foods/amount.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    static const mg::Food food = [] {
        mg::Food f;
        f.id = "f";
        f.ug_per_100g = 87000;
        f.portions = {{"1 cup", 1, "cup", 180000},
                      {"0.5 cup, chopped", 0.5, "cup, chopped", 45000},
                      {"1 biscuit, large (4\" dia)", 1, "biscuit, large (4\" dia)", 60000}};
        return f;
    }();
    try {
        const mg::Amount a = mg::parse_amount(text);
        const mg::Resolved r = mg::resolve_amount(a, food);
        if (r.food_mg <= 0 || r.food_mg > mg::kMaxEntryFoodMg) __builtin_trap();
        (void)food.in(r.food_mg);
    } catch (const mg::InputError&) {
    }
    return 0;
}
