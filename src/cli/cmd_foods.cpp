// foods search / show / top
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "app/food_views.hpp"
#include "app/foods_top.hpp"
#include "cli/command.hpp"
#include "cli/context.hpp"
#include "cli/views.hpp"
#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "foods/amount.hpp"
#include "foods/food_db.hpp"
#include "foods/food_source.hpp"
#include "profile/vocabulary.hpp"

namespace mg::cli {
using app::food_detail_json;
using app::food_summary_json;
using app::kcal_json;
namespace {

// "9.0" mg per 100 kcal, or "" when the food has no energy.
std::string per_kcal_text(const Food& f) {
    const double v = mg_per_100_kcal(f);
    return v < 0 ? std::string() : fmt::format("{:.1f}", v);
}

size_t limit_option(const po::variables_map& vm, size_t def) {
    if (!vm.count("limit")) return def;
    const int n = vm["limit"].as<int>();
    if (n < 1 || n > 1000) throw UsageError("--limit must be between 1 and 1000");
    return static_cast<size_t>(n);
}

void search_options(po::options_description& o) {
    o.add_options()("query", po::value<std::vector<std::string>>()->value_name("WORDS"),
                    "words to search for")("limit", po::value<int>()->value_name("N"),
                                           "at most N results (default 10)");
}

int search_run(Context& ctx, const po::variables_map& vm) {
    if (!vm.count("query"))
        throw UsageError("foods search needs words to search for",
                         "mgcalc foods search pumpkin seeds");
    const std::string q = join(vm["query"].as<std::vector<std::string>>(), " ");
    const auto hits = ctx.foods().search(q, limit_option(vm, 10));
    if (ctx.format() == Format::json) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto& h : hits) j.push_back(food_summary_json(*h.food));
        ctx.print_json({{"query", q}, {"results", j}});
        return 0;
    }
    if (hits.empty()) {
        ctx.out << fmt::format("No food matches '{}'.\n", q);
        return 0;
    }
    for (const auto& h : hits)
        ctx.out << fmt::format("{:<24} {:>5} mg/100 g  {:<10}  {}\n", h.food->id,
                               format_mg(h.food->per_100g()), tier_label(h.food->tier()),
                               h.food->name);
    return 0;
}

void show_options(po::options_description& o) {
    o.add_options()("food", po::value<std::vector<std::string>>()->value_name("FOOD"),
                    "food id, usda:NNNNN, name or alias")(
        "amount", po::value<std::string>()->value_name("AMOUNT"),
        "an amount, e.g. '1/2 cup' or '30 g'")(
        "exact", "FOOD must be an exact id, name or alias: never pick the best match");
}

// The text lines of `foods show` about where the values come from.
void show_source(Context& ctx, const Food& f) {
    const SourceInfo src = source_info(f);
    ctx.out << fmt::format("Source:     {}{}\n", src.database,
                           src.code.empty() ? "" : ", food " + src.code);
    if (!src.note.empty()) ctx.out << fmt::format("Quality:    {}\n", src.note);
    if (f.has_energy())
        ctx.out << fmt::format(
            "Energy:     {:.0f} kcal per 100 g{}\n", f.kcal_per_100g,
            per_kcal_text(f).empty() ? "" : "; " + per_kcal_text(f) + " mg magnesium per 100 kcal");
}

std::string kcal_col(const Food& f, std::int64_t food_mg) {
    return f.has_energy() ? fmt::format(" {:>6.0f} kcal", f.kcal_in(food_mg)) : "";
}

int show_run(Context& ctx, const po::variables_map& vm) {
    if (!vm.count("food"))
        throw UsageError("foods show needs a FOOD",
                         "mgcalc foods show spinach-boiled --amount '1 cup'");
    const std::string ref = join(vm["food"].as<std::vector<std::string>>(), " ");
    const Choice choice = ctx.foods().choose(ref, vm.count("exact") > 0);
    const Food& f = *choice.food;
    std::optional<Resolved> r;
    if (vm.count("amount")) r = resolve_amount(parse_amount(vm["amount"].as<std::string>()), f);
    if (ctx.format() == Format::json) {
        nlohmann::json j = food_detail_json(f, choice.guessed);
        if (r) {
            j["amount"] = vm["amount"].as<std::string>();
            j["grams"] = static_cast<double>(r->food_mg) / 1000.0;
            j["magnesium_mg"] = mg_json(f.in(r->food_mg));
            j["kcal"] = kcal_json(f, r->food_mg);
        }
        ctx.print_json(j);
        return 0;
    }
    if (choice.guessed)
        ctx.out << fmt::format(
            "'{}' is not an exact name: showing the best match ({}); "
            "'mgcalc foods search {}' lists others\n",
            std::string(trim(ref)), f.id, std::string(trim(ref)));
    ctx.out << fmt::format("{} ({})\n", f.name, f.id);
    ctx.out << fmt::format("Group:      {} ({})\n", f.group, tier_label(f.tier()));
    ctx.out << fmt::format("Magnesium:  {} mg per 100 g\n", format_mg_1(f.per_100g()));
    show_source(ctx, f);
    if (!f.aliases.empty()) ctx.out << fmt::format("Aliases:    {}\n", join(f.aliases, "; "));
    if (!f.tags.empty()) ctx.out << fmt::format("Tags:       {}\n", join(f.tags));
    if (f.portions.empty()) {
        ctx.out << "Portions:   none listed; give amounts in g, oz or lb\n";
    } else {
        ctx.out << "Portions:\n";
        for (const auto& p : f.portions)
            ctx.out << fmt::format("  {:<40} {:>8} g {:>6} mg{}{}\n", p.name,
                                   format_grams(p.food_mg), format_mg(f.in(p.food_mg)),
                                   kcal_col(f, p.food_mg),
                                   p.name == f.serving ? "  (typical serving)" : "");
    }
    // What a bare number means in log add, log eat and saved meals (issue #16).
    ctx.out << fmt::format("Default serving: {} ('log add {} 1' logs one)\n",
                           default_serving(f).text, f.id);
    if (r)
        ctx.out << fmt::format(
            "{}: {} g, {} mg magnesium{} ({})\n", vm["amount"].as<std::string>(),
            format_grams(r->food_mg), format_mg(f.in(r->food_mg)),
            f.has_energy() ? fmt::format(", {:.0f} kcal", f.kcal_in(r->food_mg)) : "", r->via);
    return 0;
}

void top_options(po::options_description& o) {
    o.add_options()("group", po::value<std::string>()->value_name("GROUP"), "only this food group")(
        "per", po::value<std::string>()->value_name("serving|100g"),
        "rank per typical serving (default) or per 100 g")(
        "per-kcal",
        "rank by magnesium per 100 kcal (foods with energy data and at least 10 mg in their "
        "default serving)")("exclude", po::value<std::vector<std::string>>()->value_name("TAG"),
                            "leave out foods with this tag (repeatable)")(
        "all", "rank the whole SR28 table too, not only curated and your own foods")(
        "limit", po::value<int>()->value_name("N"), "at most N results (default 15)");
}

int top_run(Context& ctx, const po::variables_map& vm) {
    const bool per_kcal = vm.count("per-kcal") > 0;
    if (per_kcal && vm.count("per")) throw UsageError("--per-kcal and --per cannot be combined");
    app::TopQuery q{.group = vm.count("group") ? vm["group"].as<std::string>() : "",
                    .per = per_kcal          ? "100kcal"
                           : vm.count("per") ? vm["per"].as<std::string>()
                                             : "serving",
                    .exclude = vm.count("exclude") ? vm["exclude"].as<std::vector<std::string>>()
                                                   : std::vector<std::string>{},
                    .all = vm.count("all") > 0,
                    .limit = std::numeric_limits<size_t>::max()};
    // A named profile makes it that person's list; without one, the rules for anyone.
    if (ctx.profile_named()) {
        q.person = eligibility_for(ctx.profile(), ctx.today());
        q.pool = ctx.suggestion_pool();
    }
    app::TopList top = app::top_foods(ctx.foods(), q);
    // --limit is checked after the ranking's own checks, in the order the messages had.
    top.rows.resize(std::min(top.rows.size(), limit_option(vm, 15)));
    if (ctx.format() == Format::json) {
        ctx.print_json(app::top_json(top, q.per));
        return 0;
    }
    for (const auto& r : top.rows) {
        if (per_kcal)
            ctx.out << fmt::format("{:>5} mg/100 kcal  {:<34} {} mg, {:.0f} kcal per 100 g\n",
                                   per_kcal_text(*r.food), r.food->name, format_mg(r.mg),
                                   r.food->kcal_per_100g);
        else
            ctx.out << fmt::format("{:>5} mg  {:<34} {}\n", format_mg(r.mg), r.food->name,
                                   app::row_amount(r));
        if (!r.note.empty()) ctx.out << std::string(10, ' ') << wrap(r.note, 80, 10, 10) << "\n";
    }
    // A table of food composition ranks espresso for a child and wheat bran for a coeliac:
    // say what was left out, that it is not advice, and where the advice is.
    if (const std::string left = app::left_out_line(top); !left.empty())
        ctx.out << wrap(left + (ctx.profile_named() ? " (for " + ctx.profile_name() + ")" : ""), 80,
                        2)
                << "\n";
    // An empty list says why only when the person is the reason (infants, kidney disease).
    if (top.rows.empty() && !q.person) return 0;
    // Without a profile, say how to make it one person's list.
    const std::string note =
        ctx.profile_named() || top.untagged
            ? top.note
            : "food composition, not advice: --profile NAME ranks only the foods 'mgcalc check' "
              "may suggest to that person, in its servings for them; --exclude TAG leaves out "
              "a tag";
    ctx.out << wrap("(" + note + ")", 80, 1) << "\n";
    return 0;
}

}  // namespace

Command foods_search_command() {
    return {.name = "foods search",
            .summary = "find foods by name over all three tiers (typo-tolerant, any word order)",
            .usage = "WORDS... [--limit N]",
            .formats = {Format::text, Format::json},
            .positionals = {{.name = "query", .count = -1}},
            .needs = {.foods = true},
            .add_options = search_options,
            .run = search_run};
}
Command foods_show_command() {
    return {.name = "foods show",
            .summary = "a food's magnesium and portions, or in an amount",
            .usage = "FOOD [--amount AMOUNT] [--exact]",
            .details =
                "FOOD is an id (spinach-boiled), usda:NNNNN, fndds:NNNNNNNN, or a name or alias;\n"
                "a name that is not exact shows the best match (--exact refuses to guess).\n"
                "AMOUNT: 30 g, 1.5 oz, 1/2 cup, 1 1/2 cups, 2 tbsp, 250 ml, 1 medium, 3 slices ...",
            .formats = {Format::text, Format::json},
            .positionals = {{.name = "food", .count = -1, .complete = Complete::foods}},
            .needs = {.foods = true},
            .add_options = show_options,
            .run = show_run};
}
Command foods_top_command() {
    return {.name = "foods top",
            .summary = "the richest magnesium sources",
            .usage = "[--group G] [--per serving|100g | --per-kcal] [--exclude TAG]... [--limit N]",
            .details =
                "Ranks curated and your own foods (add --all for the whole SR28 table).\n"
                "A table of food composition, not advice. Alcohol is never ranked. With\n"
                "--profile NAME it ranks only the foods 'mgcalc check' may suggest to that\n"
                "person (the reviewed list, less caffeine for children, gluten in coeliac\n"
                "disease, their exclusions, ...), in check's servings for them, with how to\n"
                "serve them to a child under 4; none for an infant, with kidney disease or\n"
                "after a kidney transplant.\n"
                "'--exclude TAG' leaves foods out by hand. USDA's whole table (--all) has no\n"
                "such tags: it is ranked raw but for alcohol, and not with --profile.",
            .formats = {Format::text, Format::json},
            .needs = {.foods = true, .profile = true},
            .add_options = top_options,
            .run = top_run};
}

}  // namespace mg::cli
