#pragma once
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/data_paths.hpp"
#include "foods/food.hpp"

namespace mg {
class FoodDb;
}

namespace mg::app {

// The user's own foods in DATA/foods/ (`foods add`, `foods rm`, `recipe add` and the web
// app's POST /api/v1/foods): checked and written here, once.

/// DATA/foods/custom.yaml and DATA/foods/recipes.yaml.
constexpr const char* kCustomFoodsFile = "custom.yaml";
constexpr const char* kRecipesFile = "recipes.yaml";

/// Reads DATA/foods/FILE, applies `change`, writes it back atomically (temp file, fsync,
/// rename), all under the food directory's exclusive lock. Throws InputError when the file
/// does not parse.
void update_food_file(const DataPaths& paths, const char* file,
                      const std::function<void(std::vector<Food>&)>& change);

/// UsageError unless `id` obeys the rule for names (core/names.hpp); `what` is "food id" or
/// "recipe id".
void check_food_id_form(const std::string& id, const char* what);

/// The one food id a new food may not take: `/api/v1/foods/top` is the top sources' route.
inline constexpr std::string_view kReservedFoodId = "top";

/// check_food_id_form, then lower-case letters, digits and hyphens, not usda-, not
/// kReservedFoodId, not a built-in food, and not one of the user's foods unless `force`.
void check_new_food_id(const FoodDb& db, const std::string& id, bool force, const char* what);

/// What `foods add` takes: magnesium per 100 g, or per serving from a label with the label's
/// serving size. Fields hold what was typed; add_custom_food checks them.
struct CustomFoodInput {
    std::string id{};
    std::optional<std::string> name{};
    std::optional<std::string> group{};
    std::optional<double> mg_per_100g{};
    std::optional<double> mg_per_serving{};
    std::optional<std::string> serving_size{};
    std::vector<std::string> portions{};  ///< "AMOUNT UNIT=GRAMS", e.g. "1 bar=40"
    std::vector<std::string> aliases{};
    std::vector<std::string> tags{};
    bool force = false;
};

/// Checks `in` as `foods add` does (UsageError/InputError with its messages) and writes the
/// food into DATA/foods/custom.yaml (update_food_file), replacing one with the same id.
/// Returns the food as written.
Food add_custom_food(const DataPaths& paths, const FoodDb& db, const CustomFoodInput& in);

/// `foods add --format json`: {added, mg_per_100g}.
nlohmann::json added_food_json(const Food& f);

}  // namespace mg::app
