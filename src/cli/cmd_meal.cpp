// meal save / add / list / show / rm, log meal
#include <fmt/format.h>

#include "app/inputs.hpp"
#include "app/meals.hpp"
#include "cli/command.hpp"
#include "cli/context.hpp"
#include "cli/log_common.hpp"
#include "cli/views.hpp"
#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "foods/amount.hpp"
#include "foods/food_db.hpp"
#include "journal/batch.hpp"
#include "report/json_common.hpp"
#include "store/meal_store.hpp"

namespace mg::cli {
namespace {

store::MealStore meals(const Context& ctx) {
    return store::MealStore(ctx.paths().meals_dir);
}

std::string name_arg(const po::variables_map& vm, const std::string& usage) {
    if (!vm.count("name")) throw UsageError("a meal NAME is needed", usage);
    return vm["name"].as<std::string>();
}

// "saved meal 'usual' (breakfast): 3 foods", then one line a food with its magnesium now.
void print_meal(Context& ctx, const SavedMeal& m, const std::string& verb) {
    const auto entries = meal_entries(ctx.foods(), m, parse_amount("1"));
    if (ctx.format() == Format::json) {
        ctx.print_json(app::meal_json(m, &entries));
        return;
    }
    Magnesium total;
    for (const auto& e : entries) total = total + e.magnesium;
    ctx.out << fmt::format("{}meal '{}'{}: {} {}, {} mg\n", verb, m.name,
                           m.meal.empty() ? "" : " (" + m.meal + ")", m.items.size(),
                           m.items.size() == 1 ? "food" : "foods", format_mg(total));
    for (const auto& e : entries)
        ctx.out << fmt::format("  {:>4} mg  {}\n", format_mg(e.magnesium),
                               food_what(ctx.foods(), e));
}

void save_options(po::options_description& o) {
    o.add_options()("name", po::value<std::string>()->value_name("NAME"), "the meal's name")(
        "date", po::value<std::string>()->value_name("YYYY-MM-DD"), "the day it was logged")(
        "meal", po::value<std::string>()->value_name("MEAL"),
        "only the foods of this meal, which the saved meal keeps")(
        "force", "replace a saved meal of the same name");
}

int save_run(Context& ctx, const po::variables_map& vm) {
    const std::string name =
        name_arg(vm, "mgcalc meal save NAME --date yesterday --meal breakfast");
    auto store = meals(ctx);
    store.path_of(name);  // the name is checked before the journal is read
    if (!vm.count("date"))
        throw UsageError("meal save needs --date D: the day it was logged",
                         "mgcalc meal save " + name + " --date yesterday --meal breakfast");
    const Date date = date_option(ctx, vm);
    const std::string meal = meal_option(vm);
    std::vector<JournalEntry> day;
    for (auto& e : ctx.journal().read_range(date, date))
        if (meal.empty() || e.meal == meal) day.push_back(std::move(e));
    int skipped = 0;
    SavedMeal m{.name = name, .meal = meal, .items = meal_items(day, skipped)};
    if (m.items.empty())
        throw InputError::plain(fmt::format("no food logged on {}{}: nothing to save", date.iso(),
                                            meal.empty() ? "" : " for " + meal),
                                "see 'mgcalc log show --date " + date.iso() + "'");
    store.save(m, vm.count("force") > 0);
    if (skipped > 0 && ctx.format() == Format::text)
        ctx.warn(fmt::format("{} supplement or imported {} not saved: a saved meal holds foods",
                             skipped, skipped == 1 ? "entry" : "entries"));
    print_meal(ctx, store.get(name), "saved ");
    return 0;
}

void add_options(po::options_description& o) {
    o.add_options()("name", po::value<std::string>()->value_name("NAME"), "the meal's name")(
        "items", po::value<std::vector<std::string>>()->value_name("FOOD AMOUNT"),
        "a food and its amount, once or more")("meal", po::value<std::string>()->value_name("MEAL"),
                                               "the meal it is logged as")(
        "force", "replace a saved meal of the same name");
}

int add_run(Context& ctx, const po::variables_map& vm) {
    const std::string usage = "mgcalc meal add NAME oatmeal '1 cup' banana 1";
    const std::string name = name_arg(vm, usage);
    auto store = meals(ctx);
    store.path_of(name);
    const auto items =
        pair_food_words(vm.count("items") ? vm["items"].as<std::vector<std::string>>()
                                          : std::vector<std::string>{});
    if (items.empty()) throw UsageError("meal add needs a FOOD and an AMOUNT, or several", usage);
    food_entries(ctx.foods(), items);  // every problem at once, before anything is written
    SavedMeal m{.name = name, .meal = meal_option(vm)};
    for (const auto& it : items)
        m.items.push_back({.food = ctx.foods().resolve(it.food).id, .amount = it.amount});
    store.save(m, vm.count("force") > 0);
    print_meal(ctx, store.get(name), "saved ");
    return 0;
}

void name_options(po::options_description& o) {
    o.add_options()("name", po::value<std::string>()->value_name("NAME"), "the meal's name");
}

int list_run(Context& ctx, const po::variables_map&) {
    const app::MealList list = app::read_meals(meals(ctx));
    // The readable meals are listed; a broken file is reported after them (exit 1), so that
    // one bad file does not hide the others.
    if (ctx.format() == Format::json) {
        ctx.print_json(app::meals_json(list.meals));
    } else {
        if (list.meals.empty() && list.errors.empty())
            ctx.out << "No saved meals. Save one with 'mgcalc meal save NAME --date D'.\n";
        for (const auto& m : list.meals) {
            std::vector<std::string> foods;
            for (const auto& it : m.items) foods.push_back(it.food + " " + it.amount);
            ctx.out << fmt::format("{:<20} {:<9} {}\n", m.name, m.meal.empty() ? "-" : m.meal,
                                   join(foods, "; "));
        }
    }
    if (!list.errors.empty()) throw InputError(list.errors);
    return 0;
}

int show_run(Context& ctx, const po::variables_map& vm) {
    print_meal(ctx, meals(ctx).get(name_arg(vm, "mgcalc meal show NAME")), "");
    return 0;
}

int rm_run(Context& ctx, const po::variables_map& vm) {
    const std::string name = name_arg(vm, "mgcalc meal rm NAME");
    meals(ctx).remove(name);
    if (ctx.format() == Format::json)
        ctx.print_json({{"removed", name}});
    else
        ctx.out << fmt::format("removed saved meal '{}'\n", name);
    return 0;
}

void log_options(po::options_description& o) {
    o.add_options()("name", po::value<std::string>()->value_name("NAME"), "the saved meal")(
        "scale", po::value<std::string>()->value_name("N"),
        "log N times every amount, e.g. 0.5 or 1/2 (default 1)");
    common_options(o);
}

Amount scale_option(const po::variables_map& vm) {
    return vm.count("scale") ? app::parse_scale(vm["scale"].as<std::string>()) : parse_amount("1");
}

int log_run(Context& ctx, const po::variables_map& vm) {
    const SavedMeal m = meals(ctx).get(name_arg(vm, "mgcalc log meal NAME [--scale 0.5]"));
    const Amount scale = scale_option(vm);
    const Date date = date_option(ctx, vm);
    const app::MealLog how{
        .date = date,
        .meal = vm.count("meal") ? std::optional(meal_option(vm)) : std::nullopt,
        .note = vm.count("note") ? std::optional(vm["note"].as<std::string>()) : std::nullopt,
        .added = ctx.now_utc()};
    log_entries(ctx, app::saved_meal_entries(ctx.foods(), m, scale, how));
    return 0;
}

Positional meal_name() {
    return {.name = "name", .complete = Complete::meals};
}

}  // namespace

Command meal_save_command() {
    return {.name = "meal save",
            .summary = "save what was logged on a day (or one meal of it) as a meal",
            .usage = "NAME --date D [--meal M] [--force]",
            .details =
                "Saves the foods logged on day D (only meal M, when given) as saved meal "
                "NAME,\nin DATA/meals/NAME.yaml. Supplements are not saved. 'mgcalc log "
                "meal NAME' logs it.",
            .formats = {Format::text, Format::json},
            .positionals = {{.name = "name"}},
            .needs = {.foods = true, .journal = true},
            .add_options = save_options,
            .run = save_run};
}

Command meal_add_command() {
    return {.name = "meal add",
            .summary = "build a saved meal by hand",
            .usage = "NAME FOOD AMOUNT [FOOD AMOUNT]... [--meal M] [--force]",
            .details =
                "FOOD AMOUNT pairs as 'mgcalc log add' takes them; every food and amount "
                "is checked\nbefore the meal is written.",
            .formats = {Format::text, Format::json},
            .positionals = {{.name = "name"},
                            {.name = "items", .count = -1, .complete = Complete::food_pairs}},
            .needs = {.foods = true, .journal = true},
            .add_options = add_options,
            .run = add_run};
}

Command meal_list_command() {
    return {.name = "meal list",
            .summary = "list the saved meals",
            .formats = {Format::text, Format::json},
            .add_options = [](po::options_description&) {},
            .run = list_run};
}

Command meal_show_command() {
    return {.name = "meal show",
            .summary = "a saved meal's foods and their magnesium",
            .usage = "NAME",
            .formats = {Format::text, Format::json},
            .positionals = {meal_name()},
            .needs = {.foods = true},
            .add_options = name_options,
            .run = show_run};
}

Command meal_rm_command() {
    return {.name = "meal rm",
            .summary = "remove a saved meal",
            .usage = "NAME",
            .formats = {Format::text, Format::json},
            .positionals = {meal_name()},
            .add_options = name_options,
            .run = rm_run};
}

Command log_meal_command() {
    return {.name = "log meal",
            .summary = "log a saved meal",
            .usage = "NAME [--date D] [--meal M] [--scale N] [--note TEXT]",
            .details =
                "Logs every food of saved meal NAME in one write, all or nothing; --scale "
                "0.5 logs\nhalf of each amount. The meal is the saved one unless --meal "
                "is given. A food\nthat is no longer in the food database is an error "
                "at its line of the meal file.",
            .formats = {Format::text, Format::json},
            .positionals = {meal_name()},
            .needs = {.foods = true, .journal = true},
            .add_options = log_options,
            .run = log_run};
}

}  // namespace mg::cli
