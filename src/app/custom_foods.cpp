#include "app/custom_foods.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/diagnostic.hpp"
#include "core/names.hpp"
#include "core/text.hpp"
#include "foods/amount.hpp"
#include "foods/food_db.hpp"
#include "foods/food_file.hpp"
#include "profile/vocabulary.hpp"
#include "report/json_common.hpp"
#include "store/fs.hpp"
#include "store/lock.hpp"

namespace mg::app {
namespace {

// The label's numbers: magnesium per 100 g, or per serving with the serving's size.
void set_magnesium(Food& f, const CustomFoodInput& in) {
    if (in.mg_per_100g.has_value() == in.mg_per_serving.has_value())
        throw UsageError("give either --mg-per-100g, or --mg-per-serving with --serving-size")
            .in_form_words(
                "give either the magnesium per 100 g, or the magnesium per serving with the "
                "serving size",
                "");
    if (in.mg_per_100g) {
        const double v = *in.mg_per_100g;
        if (!(v >= 0 && v <= 100000))
            throw InputError::plain(fmt::format("--mg-per-100g {} is not possible", v));
        f.ug_per_100g = std::llround(v * 1000);
        f.source = "custom";
        return;
    }
    if (!in.serving_size)
        throw UsageError("--mg-per-serving needs --serving-size", "e.g. --serving-size '40 g'")
            .in_form_words("the magnesium per serving needs the serving size", "e.g. 40 g");
    const double v = *in.mg_per_serving;
    Food probe;
    probe.id = f.id;
    const Resolved size = resolve_amount(parse_amount(*in.serving_size), probe);
    if (!(v >= 0) || v > static_cast<double>(size.food_mg))
        throw InputError::plain(fmt::format("--mg-per-serving {} is not possible for a {} serving",
                                            v, *in.serving_size));
    f.ug_per_100g = std::llround(v * 1000 * 100000 / static_cast<double>(size.food_mg));
    f.portions.push_back({"1 serving", 1, "serving", size.food_mg});
    f.serving = "1 serving";
    f.source = "label";
}

// "1 bar=40": a household measure and its grams.
Portion portion_of(const std::string& spec) {
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
                         "e.g. --portion '1 bar=40'")
            .in_form_words(
                fmt::format("the household measure '{}' must be 'AMOUNT UNIT=GRAMS'", spec),
                "e.g. 1 bar=40");
    return {name, std::stod(words[0]), std::string(trim(name.substr(words[0].size()))),
            std::llround(grams * 1000)};
}

}  // namespace

void update_food_file(const DataPaths& paths, const char* file,
                      const std::function<void(std::vector<Food>&)>& change) {
    const std::string& dir = paths.custom_foods_dir;
    store::make_dirs(dir);
    store::Lock lock(dir, true);
    const std::string path = paths.custom_foods_file(file);
    std::vector<Food> foods;
    if (auto text = store::read_file(path)) {
        std::vector<Diagnostic> errors;
        foods = parse_food_file(path, *text, errors);
        if (!errors.empty()) throw InputError(errors);
    }
    change(foods);
    std::string out = food_file_header(std::string(file) == kCustomFoodsFile
                                           ? "Your own foods (mgcalc foods add)"
                                           : "Your recipes (mgcalc recipe add)");
    for (const auto& f : foods) out += food_to_line(f);
    store::write_atomic(path, out);
}

// Ids only name lines of DATA/foods/*.yaml today, but they obey the one rule for every name
// that may become a file name (core/names.hpp).
void check_food_id_form(const std::string& id, const char* what) {
    if (auto problem = name_problem(id))
        throw UsageError(fmt::format("{} {}", what, *problem), std::string(kNameRule));
}

// An id the rule accepts, made from a typed one: "My Bar!" -> "my-bar".
std::string suggested_id(const std::string& typed) {
    std::string out;
    for (const char c : slugify(typed)) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (ok)
            out += c;
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

void check_new_food_id(const FoodDb& db, const std::string& id, bool force, const char* what) {
    check_food_id_form(id, what);
    if (slugify(id) != id || id.rfind("usda-", 0) == 0) {
        const std::string better = suggested_id(id);
        throw UsageError(
            fmt::format("{} '{}' must be lower-case letters, digits and hyphens", what, id),
            better.empty() || better == id || better.rfind("usda-", 0) == 0
                ? std::string("ids starting with usda- are reserved")
                : fmt::format("try '{}' (ids starting with usda- are reserved)", better));
    }
    // GET /api/v1/foods/top lists top sources: a food with that id could not be read at
    // /api/v1/foods/ID (docs/web.md).
    if (id == kReservedFoodId)
        throw UsageError(
            fmt::format("{} '{}' is reserved: the web app's top sources use it", what, id),
            fmt::format("choose another id, e.g. 'my-{}'", id));
    if (const Food* f = db.find(id); f && f->id == id) {
        if (!f->custom)
            throw InputError::plain(fmt::format("'{}' is already a food in the database", id),
                                    "choose another id");
        if (!force)
            throw InputError::plain(fmt::format("you already have a food '{}'", id),
                                    "add --force to replace it")
                .in_form_words("", "choose another id");
    }
}

Food add_custom_food(const DataPaths& paths, const FoodDb& db, const CustomFoodInput& in) {
    Food f;
    f.id = in.id;
    check_new_food_id(db, f.id, in.force, "food id");
    f.name = in.name ? *in.name : f.id;
    f.group = in.group ? slugify(*in.group) : "custom";
    f.custom = true;
    set_magnesium(f, in);
    for (const auto& spec : in.portions) f.portions.push_back(portion_of(spec));
    if (f.serving.empty() && !f.portions.empty()) f.serving = f.portions.front().name;
    f.aliases = in.aliases;
    for (const auto& t : in.tags) {
        const auto& known = known_exclusion_tags();
        if (std::find(known.begin(), known.end(), slugify(t)) == known.end())
            throw UsageError(fmt::format("unknown tag '{}'", t), "known: " + join(known));
        f.tags.push_back(slugify(t));
    }
    for (const auto& a : f.aliases)
        if (const Food* other = db.find(a);
            other && other->id != f.id && (other->curated || other->custom))
            throw InputError::plain(fmt::format("alias '{}' already names '{}'", a, other->id),
                                    "choose another alias");
    update_food_file(paths, kCustomFoodsFile, [&](std::vector<Food>& foods) {
        std::erase_if(foods, [&](const Food& x) { return x.id == f.id; });
        foods.push_back(f);
    });
    return f;
}

nlohmann::json added_food_json(const Food& f) {
    return {{"added", f.id}, {"mg_per_100g", mg_json(f.per_100g())}};
}

}  // namespace mg::app
