// foods add / foods rm / recipe add: the user's own foods in DATA/foods/
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "app/custom_foods.hpp"
#include "cli/command.hpp"
#include "cli/context.hpp"
#include "cli/views.hpp"
#include "core/diagnostic.hpp"
#include "core/names.hpp"
#include "core/text.hpp"
#include "foods/amount.hpp"
#include "foods/food_db.hpp"
#include "foods/food_file.hpp"
#include "profile/vocabulary.hpp"
#include "store/fs.hpp"
#include "store/lock.hpp"

namespace mg::cli {
namespace {

using app::kCustomFoodsFile;
using app::kRecipesFile;

std::vector<std::string> many(const po::variables_map& vm, const char* key) {
    return vm.count(key) ? vm[key].as<std::vector<std::string>>() : std::vector<std::string>{};
}

void add_options(po::options_description& o) {
    o.add_options()("id", po::value<std::string>()->value_name("ID"), "short id, e.g. my-granola")(
        "name", po::value<std::string>()->value_name("TEXT"), "display name (default: the id)")(
        "mg-per-100g", po::value<double>()->value_name("MG"), "magnesium per 100 g")(
        "mg-per-serving", po::value<double>()->value_name("MG"),
        "magnesium per serving, from a label")("serving-size",
                                               po::value<std::string>()->value_name("AMOUNT"),
                                               "the label's serving size, e.g. '40 g'")(
        "portion", po::value<std::vector<std::string>>()->value_name("NAME=GRAMS"),
        "a household measure, e.g. '1 bar=40' (repeatable)")(
        "group", po::value<std::string>()->value_name("GROUP"), "food group (default: custom)")(
        "alias", po::value<std::vector<std::string>>()->value_name("TEXT"),
        "another name you type (repeatable)")(
        "tag", po::value<std::vector<std::string>>()->value_name("TAG"),
        "dietary exclusion tag (repeatable)")("force", "replace your food with the same id");
}

int add_run(Context& ctx, const po::variables_map& vm) {
    if (!vm.count("id"))
        throw UsageError("foods add needs an ID",
                         "mgcalc foods add my-bar --mg-per-serving 60 --serving-size '40 g'");
    auto text = [&](const char* key) {
        return vm.count(key) ? std::optional(vm[key].as<std::string>()) : std::nullopt;
    };
    auto number = [&](const char* key) {
        return vm.count(key) ? std::optional(vm[key].as<double>()) : std::nullopt;
    };
    const Food f = app::add_custom_food(ctx.paths(), ctx.foods(),
                                        {.id = vm["id"].as<std::string>(),
                                         .name = text("name"),
                                         .group = text("group"),
                                         .mg_per_100g = number("mg-per-100g"),
                                         .mg_per_serving = number("mg-per-serving"),
                                         .serving_size = text("serving-size"),
                                         .portions = many(vm, "portion"),
                                         .aliases = many(vm, "alias"),
                                         .tags = many(vm, "tag"),
                                         .force = vm.count("force") > 0});
    if (ctx.format() == Format::json) {
        ctx.print_json(app::added_food_json(f));
        return 0;
    }
    ctx.out << fmt::format(
        "Saved {} ({}): {} mg per 100 g{}\n", f.name, f.id, format_mg_1(f.per_100g()),
        f.portions.empty()
            ? ""
            : fmt::format(", {} mg per {}", format_mg(f.in(f.portions.front().food_mg)),
                          f.portions.front().name));
    return 0;
}

void rm_options(po::options_description& o) {
    o.add_options()("id", po::value<std::string>()->value_name("ID"), "your food or recipe");
}

int rm_run(Context& ctx, const po::variables_map& vm) {
    if (!vm.count("id")) throw UsageError("foods rm needs an ID");
    const std::string id = vm["id"].as<std::string>();
    app::check_food_id_form(id, "food id");
    bool removed = false;
    for (const char* file : {kCustomFoodsFile, kRecipesFile}) {
        if (!store::exists(ctx.paths().custom_foods_file(file))) continue;
        app::update_food_file(ctx.paths(), file, [&](std::vector<Food>& foods) {
            removed |= std::erase_if(foods, [&](const Food& x) { return x.id == id; }) > 0;
        });
    }
    if (!removed) {
        const Food* f = ctx.foods().find(id);
        throw InputError::plain(
            fmt::format("'{}' is not one of your foods or recipes", id),
            f && !f->custom ? "built-in foods cannot be removed" : "see 'mgcalc foods search'");
    }
    if (ctx.format() == Format::json)
        ctx.print_json({{"removed", id}});
    else
        ctx.out << fmt::format("Removed {}. Journal entries keep their recorded magnesium.\n", id);
    return 0;
}

void recipe_options(po::options_description& o) {
    o.add_options()("id", po::value<std::string>()->value_name("ID"), "short id, e.g. lentil-soup")(
        "name", po::value<std::string>()->value_name("TEXT"), "display name (default: the id)")(
        "serves", po::value<int>()->value_name("N"), "number of servings the recipe makes")(
        "ingredient", po::value<std::vector<std::string>>()->value_name("'FOOD AMOUNT'"),
        "e.g. 'lentils 2 cups' (repeatable)")(
        "tag", po::value<std::vector<std::string>>()->value_name("TAG"),
        "dietary exclusion tag (repeatable)")("force", "replace your recipe with the same id");
}

// "cooked spinach 1 1/2 cups" -> {"cooked spinach", "1 1/2 cups"}: the amount starts at the
// first word that begins with a digit or a fraction sign.
std::pair<std::string, std::string> split_ingredient(const std::string& spec) {
    const auto words = split_words(spec, " ");
    for (size_t i = 1; i < words.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(words[i][0]);
        if (std::isdigit(c) || c == '.' || c >= 0xC2) {
            std::string food, amount;
            for (size_t k = 0; k < words.size(); ++k)
                (k < i ? food : amount) += (k == 0 || k == i ? "" : " ") + words[k];
            return {food, amount};
        }
    }
    throw UsageError(fmt::format("--ingredient '{}' must be 'FOOD AMOUNT'", spec),
                     "e.g. --ingredient 'lentils 2 cups'");
}

int recipe_run(Context& ctx, const po::variables_map& vm) {
    if (!vm.count("id") || !vm.count("serves") || !vm.count("ingredient"))
        throw UsageError("recipe add needs an ID, --serves and at least one --ingredient",
                         "mgcalc recipe add lentil-soup --serves 4 --ingredient 'lentils 2 cups' "
                         "--ingredient 'spinach-raw 100 g'");
    Food r;
    r.id = vm["id"].as<std::string>();
    app::check_new_food_id(ctx.foods(), r.id, vm.count("force") > 0, "recipe id");
    r.name = vm.count("name") ? vm["name"].as<std::string>() : r.id;
    r.group = "recipes";
    r.source = "recipe";
    r.serves = vm["serves"].as<int>();
    if (r.serves < 1 || r.serves > 1000) throw UsageError("--serves must be between 1 and 1000");
    RecipeBatch batch;
    std::vector<std::string> tags = many(vm, "tag");
    for (const auto& spec : many(vm, "ingredient")) {
        auto [food, amount] = split_ingredient(spec);
        const Food& f = ctx.foods().resolve(food);
        if (f.serves > 0)
            throw InputError::plain(
                fmt::format("'{}' is a recipe; recipes cannot contain recipes", f.id));
        batch.add(f, amount);
        r.ingredients.push_back({.food = f.id, .amount = amount, .line = 0});
        for (const auto& t : f.tags)
            if (std::find(tags.begin(), tags.end(), t) == tags.end()) tags.push_back(t);
    }
    r.tags = tags;
    app::update_food_file(ctx.paths(), kRecipesFile, [&](std::vector<Food>& foods) {
        std::erase_if(foods, [&](const Food& x) { return x.id == r.id; });
        foods.push_back(r);
    });
    const Magnesium per_serving = batch.serving_magnesium(r.serves);
    if (ctx.format() == Format::json) {
        ctx.print_json(
            {{"added", r.id},
             {"serves", r.serves},
             {"grams_per_serving", static_cast<double>(batch.serving_food_mg(r.serves)) / 1000.0},
             {"magnesium_mg_per_serving", mg_json(per_serving)}});
        return 0;
    }
    ctx.out << fmt::format("Saved recipe {} ({}): {} servings of {} g, {} mg magnesium each\n",
                           r.name, r.id, r.serves, format_grams(batch.serving_food_mg(r.serves)),
                           format_mg(per_serving));
    return 0;
}

}  // namespace

Command foods_add_command() {
    return {
        .name = "foods add",
        .summary = "add your own food (from mg per 100 g or a label)",
        .usage = "ID (--mg-per-100g MG | --mg-per-serving MG --serving-size AMOUNT) [options]",
        .details =
            "Saved in DATA/foods/custom.yaml and usable everywhere a food is. --force replaces it.",
        .formats = {Format::text, Format::json},
        .positionals = {{.name = "id"}},
        .needs = {.foods = true},
        .add_options = add_options,
        .run = add_run};
}
Command foods_rm_command() {
    return {.name = "foods rm",
            .summary = "remove one of your own foods or recipes",
            .usage = "ID",
            .formats = {Format::text, Format::json},
            .positionals = {{.name = "id", .complete = Complete::custom_foods}},
            .needs = {.foods = true},
            .add_options = rm_options,
            .run = rm_run};
}
Command recipe_add_command() {
    return {.name = "recipe add",
            .summary = "add a recipe; magnesium per serving comes from its ingredients",
            .usage = "ID --serves N --ingredient 'FOOD AMOUNT'... [--name TEXT] [--force]",
            .details =
                "Saved in DATA/foods/recipes.yaml; log it as 'mgcalc log add ID \"1 serving\"'.\n"
                "If an ingredient later disappears, using the recipe says which one.",
            .formats = {Format::text, Format::json},
            .positionals = {{.name = "id"}},
            .needs = {.foods = true},
            .add_options = recipe_options,
            .run = recipe_run};
}

}  // namespace mg::cli
