// log eat / log copy
#include <fmt/format.h>

#include <istream>

#include "app/journal_edit.hpp"
#include "cli/command.hpp"
#include "cli/context.hpp"
#include "cli/log_common.hpp"
#include "cli/views.hpp"
#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "foods/amount.hpp"
#include "foods/food_db.hpp"
#include "journal/batch.hpp"
#include "journal/make_entry.hpp"
#include "journal/reuse.hpp"
#include "report/json_common.hpp"

namespace mg::cli {
namespace {

void eat_options(po::options_description& o) {
    o.add_options()("phrases", po::value<std::vector<std::string>>()->value_name("PHRASES"),
                    "what you ate, e.g. '1 cup oatmeal; 1 medium banana'")(
        "dry-run", "show what was understood; write nothing")(
        "exact", "never guess a food: each must be an exact id, name or alias");
    common_options(o);
}

// The phrases from the arguments, or one per line from standard input when there are none.
std::vector<std::string> read_phrases(Context& ctx, const po::variables_map& vm) {
    if (vm.count("phrases"))
        return split_phrases(join(vm["phrases"].as<std::vector<std::string>>(), " "));
    if (ctx.interactive())
        throw UsageError("log eat needs what you ate",
                         "mgcalc log eat '1 cup oatmeal; 1 medium banana', or one phrase a line "
                         "on standard input");
    // A day's eating is a few hundred bytes; more is a wrong file piped in.
    constexpr size_t kMaxInput = 64 * 1024;
    std::string text(kMaxInput + 1, '\0');
    ctx.in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<size_t>(ctx.in.gcount()));
    if (text.size() > kMaxInput)
        throw InputError::plain(
            "standard input holds more than 64 KiB of phrases",
            fmt::format("log eat takes at most {} phrases; log them in parts", kMaxBatchItems));
    // Tabs and Windows line ends are spaces and line ends, not control characters.
    for (char& c : text)
        if (c == '\t' || c == '\r') c = c == '\t' ? ' ' : '\n';
    return split_phrases(text);
}

void print_understood(Context& ctx, const std::vector<Understood>& us,
                      const std::vector<JournalEntry>& es) {
    if (ctx.format() == Format::json) {
        nlohmann::json j{{"dry_run", true}, {"understood", nlohmann::json::array()}};
        for (size_t i = 0; i < us.size(); ++i)
            j["understood"].push_back({{"phrase", us[i].phrase},
                                       {"food_id", es[i].food_id},
                                       {"name", es[i].name},
                                       {"amount", es[i].amount},
                                       {"grams", static_cast<double>(es[i].food_mg) / 1000.0},
                                       {"magnesium_mg", mg_json(es[i].magnesium)}});
        ctx.print_json(j);
        return;
    }
    ctx.out << "Understood (nothing logged: --dry-run):\n";
    for (size_t i = 0; i < us.size(); ++i)
        ctx.out << fmt::format("  {:<28} {:>4} mg  {} [{}]\n", us[i].phrase,
                               format_mg(es[i].magnesium), food_what(ctx.foods(), es[i]),
                               es[i].food_id);
}

// Which food a guessed phrase was read as, and how to log another, as log add says it.
void say_guess(Context& ctx, const Understood& u) {
    std::vector<std::string> others = u.others;
    if (others.size() > 3) others.resize(3);
    const std::string msg = fmt::format(
        "'{}': no food is named exactly so; chose {} ({}); for another, write its id{} "
        "(--exact never guesses)",
        u.phrase, u.food->name, u.food->id, others.empty() ? "" : " (e.g. " + join(others) + ")");
    if (ctx.format() == Format::json)
        ctx.warn(msg);
    else
        ctx.out << "note: " << msg << "\n";
}

int eat_run(Context& ctx, const po::variables_map& vm) {
    const std::vector<std::string> phrases = read_phrases(ctx, vm);
    if (phrases.empty())
        throw UsageError("log eat got no phrases", "mgcalc log eat '1 cup oatmeal; 2 tbsp honey'");
    const Date date = date_option(ctx, vm);
    const std::string meal = meal_option(vm);
    const std::vector<Understood> us = understand_all(ctx.foods(), phrases, vm.count("exact") > 0);
    for (const auto& u : us)
        if (u.guessed) say_guess(ctx, u);
    std::vector<FoodItem> items;
    for (const auto& u : us) items.push_back({.food = u.food->id, .amount = u.amount});
    std::vector<JournalEntry> entries = food_entries(ctx.foods(), items);
    for (auto& e : entries) {
        e.date = date;
        e.meal = meal;
        if (vm.count("note")) e.note = vm["note"].as<std::string>();
        e.added = ctx.now_utc();
    }
    if (vm.count("dry-run")) {
        print_understood(ctx, us, entries);
        return 0;
    }
    log_entries(ctx, std::move(entries));
    return 0;
}

void copy_options(po::options_description& o) {
    o.add_options()("from", po::value<std::string>()->value_name("YYYY-MM-DD"),
                    "the day to copy from (required)")(
        "to", po::value<std::string>()->value_name("YYYY-MM-DD"),
        "the day to copy to (default today)")("meal", po::value<std::string>()->value_name("MEAL"),
                                              "copy only this meal")(
        "again", "copy even when the day already holds every entry (copied before)");
}

int copy_run(Context& ctx, const po::variables_map& vm) {
    if (!vm.count("from"))
        throw UsageError("log copy needs --from DAY", "mgcalc log copy --from yesterday");
    const Date from = parse_date_option(vm["from"].as<std::string>(), "--from", ctx.today());
    const Date to = vm.count("to")
                        ? parse_date_option(vm["to"].as<std::string>(), "--to", ctx.today())
                        : ctx.today();
    if (from == to)
        throw UsageError(fmt::format("--from and --to are the same day ({})", from.iso()),
                         "copy to another day with --to DAY");
    const std::string meal = meal_option(vm);
    auto store = ctx.journal();
    app::DayCopy copy =
        app::copies_of_day(store, from, meal, to, ctx.now_utc(), vm.count("again") > 0);
    if (copy.already > 0 && copy.already < copy.entries.size())
        ctx.warn(
            fmt::format("{} of the {} entries were already logged on {}; copied all of them "
                        "(see 'mgcalc log show --date {}')",
                        copy.already, copy.entries.size(), to.iso(), to.iso()));
    log_entries(ctx, std::move(copy.entries));
    return 0;
}

}  // namespace

Command log_eat_command() {
    return {
        .name = "log eat",
        .summary = "log what you ate, as you would say it",
        .usage = "'PHRASE; PHRASE...' [--dry-run] [--exact] [--meal M] [--date D] [--note TEXT]",
        .details =
            "Each phrase is an amount, then the food: '1 cup oatmeal', 'half a cup of rice',\n"
            "'2 tbsp peanut butter', 'two bananas', '1 medium banana', '30g almonds'. Phrases\n"
            "are separated by ';', or given one a line on standard input when there is no\n"
            "argument. A number with no unit is that many default servings. Foods are found\n"
            "as 'log add' finds them: a name that is not exact is read as the best ranked food\n"
            "whose portions fit, and a note says which (--exact never guesses). The amount is\n"
            "never guessed: a unit the food has no portion for is an error with a hint, as is\n"
            "an unknown food. All phrases are logged in one write, or\n"
            "none. --dry-run shows what was understood and writes nothing.",
        .formats = {Format::text, Format::json},
        .positionals = {{.name = "phrases", .count = -1}},
        .needs = {.foods = true, .journal = true},
        .add_options = eat_options,
        .run = eat_run};
}

Command log_copy_command() {
    return {
        .name = "log copy",
        .summary = "log again the foods and supplements of another day",
        .usage = "--from D [--meal M] [--to D] [--again]",
        .details =
            "Copies the foods and supplements of day --from (only meal --meal, when given) to\n"
            "day --to (default today) as new entries with new ids, in one write. Amounts, meals,\n"
            "notes and the magnesium recorded are kept. Day marks are not copied. A copy that\n"
            "the day already holds in full (the same copy run twice) is refused unless --again.\n"
            "D: YYYY-MM-DD, today, yesterday, or a weekday name (one of the last seven days).",
        .formats = {Format::text, Format::json},
        .needs = {.foods = true, .journal = true},
        .add_options = copy_options,
        .run = copy_run};
}

}  // namespace mg::cli
