// foods add / foods rm / recipe add: the user's own foods in DATA/foods/
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

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

constexpr const char* kCustomFile = "custom.yaml";
constexpr const char* kRecipeFile = "recipes.yaml";

std::vector<std::string> many(const po::variables_map& vm, const char* key) {
    return vm.count(key) ? vm[key].as<std::vector<std::string>>() : std::vector<std::string>{};
}

// Reads one of the user's food files, applies `change`, writes it back atomically, all under
// the data directory's food lock.
void update_file(Context& ctx, const char* file,
                 const std::function<void(std::vector<Food>&)>& change) {
    const std::string& dir = ctx.paths().custom_foods_dir;
    store::make_dirs(dir);
    store::Lock lock(dir, true);
    const std::string path = ctx.paths().custom_foods_file(file);
    std::vector<Food> foods;
    if (auto text = store::read_file(path)) {
        std::vector<Diagnostic> errors;
        foods = parse_food_file(path, *text, errors);
        if (!errors.empty()) throw InputError(errors);
    }
    change(foods);
    std::string out =
        food_file_header(std::string(file) == kCustomFile ? "Your own foods (mgcalc foods add)"
                                                          : "Your recipes (mgcalc recipe add)");
    for (const auto& f : foods) out += food_to_line(f);
    store::write_atomic(path, out);
}

// Ids only name lines of DATA/foods/*.yaml today, but they obey the one rule for every name
// that may become a file name (core/names.hpp). `what` is "food id" or "recipe id".
void check_id_form(const std::string& id, const char* what) {
    if (auto problem = name_problem(id))
        throw UsageError(fmt::format("{} {}", what, *problem), std::string(kNameRule));
}

void check_new_id(Context& ctx, const std::string& id, bool force, const char* what) {
    check_id_form(id, what);
    if (slugify(id) != id || id.rfind("usda-", 0) == 0)
        throw UsageError(
            fmt::format("{} '{}' must be lower-case letters, digits and hyphens", what, id),
            fmt::format("try '{}' (ids starting with usda- are reserved)", slugify(id)));
    if (const Food* f = ctx.foods().find(id); f && f->id == id) {
        if (!f->custom)
            throw InputError::plain(fmt::format("'{}' is already a food in the database", id),
                                    "choose another id");
        if (!force)
            throw InputError::plain(fmt::format("you already have a food '{}'", id),
                                    "add --force to replace it");
    }
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
    Food f;
    f.id = vm["id"].as<std::string>();
    check_new_id(ctx, f.id, vm.count("force") > 0, "food id");
    f.name = vm.count("name") ? vm["name"].as<std::string>() : f.id;
    f.group = vm.count("group") ? slugify(vm["group"].as<std::string>()) : "custom";
    f.custom = true;
    const bool per100 = vm.count("mg-per-100g"), label = vm.count("mg-per-serving");
    if (per100 == label)
        throw UsageError("give either --mg-per-100g, or --mg-per-serving with --serving-size");
    if (per100) {
        const double v = vm["mg-per-100g"].as<double>();
        if (!(v >= 0 && v <= 100000))
            throw InputError::plain(fmt::format("--mg-per-100g {} is not possible", v));
        f.ug_per_100g = std::llround(v * 1000);
        f.source = "custom";
    } else {
        if (!vm.count("serving-size"))
            throw UsageError("--mg-per-serving needs --serving-size", "e.g. --serving-size '40 g'");
        const double v = vm["mg-per-serving"].as<double>();
        Food probe;
        probe.id = f.id;
        const Resolved size =
            resolve_amount(parse_amount(vm["serving-size"].as<std::string>()), probe);
        if (!(v >= 0) || v > static_cast<double>(size.food_mg))
            throw InputError::plain(
                fmt::format("--mg-per-serving {} is not possible for a {} serving", v,
                            vm["serving-size"].as<std::string>()));
        f.ug_per_100g = std::llround(v * 1000 * 100000 / static_cast<double>(size.food_mg));
        f.portions.push_back({"1 serving", 1, "serving", size.food_mg});
        f.serving = "1 serving";
        f.source = "label";
    }
    for (const auto& spec : many(vm, "portion")) {
        const auto eq = spec.rfind('=');
        double grams = 0;
        try {
            grams = eq == std::string::npos ? 0 : std::stod(spec.substr(eq + 1));
        } catch (const std::exception&) {
        }
        const std::string name(trim(spec.substr(0, eq == std::string::npos ? 0 : eq)));
        const auto words = split_words(name, " ");
        if (eq == std::string::npos || !(grams > 0 && grams <= 5000) || words.size() < 2 ||
            !std::isdigit(static_cast<unsigned char>(words[0][0])))
            throw UsageError(fmt::format("--portion '{}' must be 'AMOUNT UNIT=GRAMS'", spec),
                             "e.g. --portion '1 bar=40'");
        f.portions.push_back({name, std::stod(words[0]),
                              std::string(trim(name.substr(words[0].size()))),
                              std::llround(grams * 1000)});
    }
    if (f.serving.empty() && !f.portions.empty()) f.serving = f.portions.front().name;
    f.aliases = many(vm, "alias");
    for (const auto& t : many(vm, "tag")) {
        const auto& known = known_exclusion_tags();
        if (std::find(known.begin(), known.end(), slugify(t)) == known.end())
            throw UsageError(fmt::format("unknown tag '{}'", t), "known: " + join(known));
        f.tags.push_back(slugify(t));
    }
    for (const auto& a : f.aliases)
        if (const Food* other = ctx.foods().find(a);
            other && other->id != f.id && (other->curated || other->custom))
            throw InputError::plain(fmt::format("alias '{}' already names '{}'", a, other->id),
                                    "choose another alias");
    update_file(ctx, kCustomFile, [&](std::vector<Food>& foods) {
        std::erase_if(foods, [&](const Food& x) { return x.id == f.id; });
        foods.push_back(f);
    });
    if (ctx.format() == Format::json) {
        ctx.print_json({{"added", f.id}, {"mg_per_100g", mg_json(f.per_100g())}});
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
    check_id_form(id, "food id");
    bool removed = false;
    for (const char* file : {kCustomFile, kRecipeFile}) {
        if (!store::exists(ctx.paths().custom_foods_file(file))) continue;
        update_file(ctx, file, [&](std::vector<Food>& foods) {
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
    check_new_id(ctx, r.id, vm.count("force") > 0, "recipe id");
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
    update_file(ctx, kRecipeFile, [&](std::vector<Food>& foods) {
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
