// libFuzzer harness: the food-file loader (fast reader, yaml-cpp fallback, validation).
#include <cstdint>
#include <string>

#include "foods/food_db.hpp"
#include "foods/food_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    std::vector<mg::Diagnostic> errors;
    auto foods = mg::parse_food_file(
        "fuzz.yaml", std::string_view(reinterpret_cast<const char*>(data), size), errors);
    mg::FoodDb db;
    db.add(std::move(foods), errors);
    db.set_table({});
    db.finish(errors);
    for (const auto& f : db.everyday()) (void)mg::food_to_line(f);
    return 0;
}
