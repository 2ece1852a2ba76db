// log add / log supplement
#include <fmt/format.h>

#include <algorithm>

#include "app/inputs.hpp"
#include "app/queries.hpp"
#include "app/supplement_notes.hpp"
#include "cli/command.hpp"
#include "cli/context.hpp"
#include "cli/food_choice.hpp"
#include "cli/log_common.hpp"
#include "cli/views.hpp"
#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "foods/amount.hpp"
#include "foods/food_db.hpp"
#include "journal/batch.hpp"
#include "journal/day.hpp"
#include "journal/make_entry.hpp"
#include "journal/supplement.hpp"

namespace mg::cli {

void common_options(po::options_description& o) {
    o.add_options()("date", po::value<std::string>()->value_name("YYYY-MM-DD"),
                    "the day eaten (default today)")(
        "meal", po::value<std::string>()->value_name("MEAL"),
        "breakfast, lunch, dinner or snack (default: none)")(
        "note", po::value<std::string>()->value_name("TEXT"), "a note kept with the entry");
}

std::string meal_option(const po::variables_map& vm) {
    return vm.count("meal") ? app::parse_meal(vm["meal"].as<std::string>()) : std::string();
}

Date date_option(Context& ctx, const po::variables_map& vm) {
    return vm.count("date") ? parse_date_option(vm["date"].as<std::string>(), "--date", ctx.today())
                            : ctx.today();
}

namespace {

std::string joined(const po::variables_map& vm, const char* key) {
    return vm.count(key) ? join(vm[key].as<std::vector<std::string>>(), " ") : std::string();
}

// "today 312 mg of 320 mg" / "on 2026-03-01: 312 mg of 320 mg", plus the UL when relevant.
// `warnings`: for the JSON answer (warn_logged has printed them); `extra`: fields the JSON
// answer has besides logged_json's.
void echo(Context& ctx, const JournalEntry& e, const std::string& what, const DayTallies& days,
          const std::vector<app::LogWarning>& warnings,
          const nlohmann::json& extra = nlohmann::json::object()) {
    const Targets t = ctx.targets();
    const DayIntake d = intake_on(days, e.date);
    // With kidney disease the RDA is no target, and an infant's AI is met by food alone
    // (docs/methods.md §2): the echo says so instead of "312 mg of 320 mg".
    const auto [ckd, infant] = app::day_framing(ctx.profile(), ctx.today());
    if (ctx.format() == Format::json) {
        nlohmann::json j = app::logged_json({e}, days, t, warnings);
        j.update(extra);
        ctx.print_json(j);
        return;
    }
    const char* dash = ctx.ascii() ? "--" : "\u2014";
    const std::string when = e.date == ctx.today() ? "today" : "on " + e.date.iso() + ":";
    std::string line = fmt::format("+{} mg {} {} {} {} mg", format_mg(e.magnesium), what, dash,
                                   when, format_mg(infant ? d.food : d.total()));
    if (infant)
        line += fmt::format(" from food of the {} mg AI", format_mg(t.rda));
    else if (!ckd)
        line += fmt::format(" of {} mg{}", format_mg(t.rda),
                            t.is_ai ? fmt::format(" ({})", reference_name(t)) : "");
    // The upper limit is set for healthy people: with kidney disease it is no allowance.
    if (e.kind == EntryKind::supplement && t.ul_supplemental && !ckd)
        line += fmt::format("; supplements {} mg{} the {} mg upper limit", format_mg(d.supplement),
                            d.supplement > *t.ul_supplemental ? ", above" : " of",
                            format_mg(*t.ul_supplemental));
    else if (e.kind == EntryKind::supplement)
        line += fmt::format("; supplements {} mg", format_mg(d.supplement));
    ctx.out << line << "\n";
}

// Prints the warnings on what was just written, to standard error, and returns them for
// the JSON answer.
std::vector<app::LogWarning> warn_logged(Context& ctx, const std::vector<JournalEntry>& written,
                                         const DayTallies& days) {
    auto warnings = app::log_warnings(written, days, ctx.profile(), ctx.today());
    for (const auto& w : warnings) ctx.warn(warning_text(ctx, w));
    return warnings;
}

}  // namespace

std::string warning_text(const Context& ctx, const app::LogWarning& w) {
    const std::string profile = ctx.profile_option();
    if (!w.edit_id.empty())
        return fmt::format("{} with 'mgcalc log edit {} {} {}{}'", w.message, w.edit_id,
                           w.edit_option, w.edit_option == "--date" ? "YYYY-MM-DD" : "AMOUNT",
                           profile);
    if (!w.remove_id.empty())
        return fmt::format("{} with 'mgcalc log rm {}{}'", w.message, w.remove_id, profile);
    return w.message;
}

// "Bananas, raw (1 serving of 1 medium (118 g))" or "Almonds (1 oz, 28.35 g)".
std::string food_what(const FoodDb& db, const JournalEntry& e) {
    const Food* f = db.find(e.food_id);
    std::string via;
    try {
        if (f) via = resolve_amount(parse_amount(e.amount), *f).via;
    } catch (const InputError&) {
        // A copied entry whose amount no longer fits its food keeps its recorded weight.
    }
    const std::string suffix = ", the default serving";
    if (via.ends_with(suffix))
        return fmt::format("{} ({} = {}, {} g)", e.name, e.amount,
                           via.substr(0, via.size() - suffix.size()), format_grams(e.food_mg));
    if (e.amount.ends_with(" g")) return fmt::format("{} ({})", e.name, e.amount);
    return fmt::format("{} ({}, {} g)", e.name, e.amount, format_grams(e.food_mg));
}

void log_entries(Context& ctx, std::vector<JournalEntry> entries) {
    ctx.targets();  // validate the profile before writing anything
    DayTallies days;
    auto store = ctx.journal();
    entries = store.append(std::move(entries), &days);
    const auto warnings = warn_logged(ctx, entries, days);
    auto what = [&](const JournalEntry& e) {
        return e.kind == EntryKind::food ? food_what(ctx.foods(), e)
                                         : fmt::format("{} ({}) [supplement]", e.name, e.amount);
    };
    if (entries.size() == 1)
        return echo(ctx, entries.front(), what(entries.front()), days, warnings);
    if (ctx.format() == Format::json) {
        ctx.print_json(app::logged_json(entries, days, ctx.targets(), warnings));
        return;
    }
    for (size_t i = 0; i + 1 < entries.size(); ++i)
        ctx.out << fmt::format("+{} mg {}\n", format_mg(entries[i].magnesium), what(entries[i]));
    echo(ctx, entries.back(), what(entries.back()), days, warnings);
}

namespace {

void add_options(po::options_description& o) {
    o.add_options()("items", po::value<std::vector<std::string>>()->value_name("FOOD AMOUNT"),
                    "a food (id, usda:NNNNN, name or alias) and its amount, once or more")(
        "exact", "each FOOD must be an exact id, name or alias: never pick the best match");
    common_options(o);
}

int add_run(Context& ctx, const po::variables_map& vm) {
    const auto words =
        vm.count("items") ? vm["items"].as<std::vector<std::string>>() : std::vector<std::string>{};
    std::vector<FoodItem> items = pair_food_words(words);
    check_items(items);  // before the search for each, which costs
    if (items.empty())
        throw UsageError("log add needs a FOOD and an AMOUNT",
                         "mgcalc log add spinach-boiled '1/2 cup', or several: mgcalc log add "
                         "oatmeal '1 cup' banana 1");
    const Date date = date_option(ctx, vm);
    const std::string meal = meal_option(vm);
    for (auto& it : items) {
        try {
            it.food = choose_for_log(ctx, it.food, it.amount, vm.count("exact") > 0);
        } catch (const InputError&) {
            // Left as written: food_entries reports it with every other problem (issue #16).
        }
    }
    std::vector<JournalEntry> entries = food_entries(ctx.foods(), items);
    for (auto& e : entries) {
        e.date = date;
        e.meal = meal;
        if (vm.count("note")) e.note = vm["note"].as<std::string>();
        e.added = ctx.now_utc();
    }
    log_entries(ctx, std::move(entries));
    return 0;
}

void supplement_options(po::options_description& o) {
    o.add_options()("name", po::value<std::string>()->value_name("NAME"),
                    "product, e.g. 'magnesium glycinate' or 'milk of magnesia'")(
        "amount", po::value<std::vector<std::string>>()->value_name("AMOUNT"),
        "per unit, e.g. '200 mg' (elemental unless --compound)")(
        "form", po::value<std::string>()->value_name("FORM"),
        "compound form (oxide, citrate, glycinate, ...); default: recognised from NAME")(
        "compound", "AMOUNT is the mass of the compound, not elemental magnesium")(
        "units", po::value<int>()->value_name("N"), "number of units taken (default 1)");
    common_options(o);
}

int supplement_run(Context& ctx, const po::variables_map& vm) {
    if (!vm.count("name") || !vm.count("amount"))
        throw UsageError("log supplement needs a NAME and an AMOUNT",
                         "mgcalc log supplement 'magnesium glycinate' '100 mg' --units 2");
    const Date date = date_option(ctx, vm);
    const std::string meal = meal_option(vm);
    SupplementDose dose{.name = vm["name"].as<std::string>(),
                        .amount = {},
                        .units = vm.count("units") ? vm["units"].as<int>() : 1,
                        .form = {},
                        .compound = vm.count("compound") > 0};
    if (trim(dose.name).empty()) throw UsageError("the supplement NAME is empty");
    dose.amount = joined(vm, "amount");
    app::check_units(dose.units);
    dose.form = vm.count("form") ? FormMatch{.kind = FormMatch::Kind::one,
                                             .form = &app::parse_form(vm["form"].as<std::string>())}
                                 : match_form(dose.name);
    JournalEntry e = supplement_entry(dose);
    e.date = date;
    e.meal = meal;
    if (vm.count("note")) e.note = vm["note"].as<std::string>();
    e.added = ctx.now_utc();
    const SupplementForm* form = e.compound ? dose.form.form : nullptr;
    ctx.targets();
    DayTallies days;
    auto store = ctx.journal();
    e = store.append({e}, &days).front();
    const auto warnings = warn_logged(ctx, {e}, days);
    std::string what = fmt::format(
        "{} ({}{}{})", e.name, e.units > 1 ? fmt::format("{} x ", e.units) : "", e.amount,
        form ? fmt::format(" of {}, {:.1f}% Mg", form->name, form->permille_x10 / 10.0)
             : " elemental");
    const auto note = app::compound_note(dose, e);
    echo(ctx, e, what, days, warnings,
         note ? nlohmann::json{{"compound_note", app::compound_note_json(*note)}}
              : nlohmann::json::object());
    if (form && ctx.format() == Format::text)
        for (const auto& n : dose.form.notes) ctx.out << "  note: " << wrap(n, 80, 8, 8) << "\n";
    // Milk of magnesia and Epsom salt are sold by the salt's mass, of which 41.7 % and 9.9 %
    // are magnesium (reference §5): taken as elemental, the dose is 2.4 or 10 times too high.
    if (note && ctx.format() == Format::text)
        ctx.out << "  note: "
                << wrap(app::compound_note_text(*note) +
                            ": 'mgcalc log undo', then log it again with --compound",
                        80, 8, 8)
                << "\n";
    return 0;
}

}  // namespace

Command log_add_command() {
    return {
        .name = "log add",
        .summary = "log foods you ate (one or several)",
        .usage = "FOOD AMOUNT [FOOD AMOUNT]... [--meal M] [--date D] [--note TEXT]",
        .details =
            "FOOD: id, usda:NNNNN, or exact name/alias (see 'mgcalc foods search').\n"
            "AMOUNT: 30 g, 1.5 oz, 1/2 cup, 1 1/2 cups, 2 tbsp, 250 ml, 1 medium, half a cup ...\n"
            "A bare number is that many default servings ('banana 1' is one medium banana;\n"
            "'mgcalc foods show FOOD' says what the default serving is).\n"
            "Several foods: quote each amount, 'oatmeal \"1 cup\" banana 1 \"peanut butter\"\n"
            "\"2 tbsp\"'. They are logged in one write, all or nothing: when one food or amount\n"
            "is wrong, nothing is logged and every problem is reported.\n"
            "D: YYYY-MM-DD, today, yesterday, or a weekday name (one of the last seven days).\n"
            "The meal is left unset unless --meal is given. The magnesium is recorded with the\n"
            "entry; 'mgcalc log edit ID' recomputes it from the current food database.",
        .formats = {Format::text, Format::json},
        .positionals = {{.name = "items", .count = -1, .complete = Complete::food_pairs}},
        .needs = {.foods = true, .journal = true},
        .add_options = add_options,
        .run = add_run};
}

Command log_supplement_command() {
    return {
        .name = "log supplement",
        .summary = "log a supplement or magnesium-containing medicine",
        .usage = "NAME AMOUNT [--form FORM] [--compound] [--units N] [--date D]",
        .details =
            "AMOUNT is elemental magnesium per unit, as US labels state it. With --compound it is\n"
            "the compound's mass, converted with the form's magnesium fraction (docs/methods.md).\n"
            "The form is read from NAME by whole words ('milk of magnesia' is the hydroxide,\n"
            "'Epsom salt' the sulfate heptahydrate); chloride and sulfate are taken as their\n"
            "usual hydrates unless NAME says 'anhydrous'. When NAME names no form or more than\n"
            "one, --compound asks for --form.\n" +
            std::string(app::kUpperLimitCounts),
        .formats = {Format::text, Format::json},
        .positionals = {{.name = "name"}, {.name = "amount", .count = -1}},
        .needs = {.journal = true},
        .add_options = supplement_options,
        .run = supplement_run};
}

}  // namespace mg::cli
