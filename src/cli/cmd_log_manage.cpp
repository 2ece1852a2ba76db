// log show / rm / edit / undo
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "app/journal_edit.hpp"
#include "app/queries.hpp"
#include "cli/command.hpp"
#include "cli/context.hpp"
#include "cli/log_common.hpp"
#include "cli/views.hpp"
#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "foods/food_db.hpp"
#include "journal/day.hpp"
#include "journal/make_entry.hpp"

namespace mg::cli {
namespace {

std::string meal_text(const JournalEntry& e) {
    return e.meal.empty() ? "-" : e.meal;
}

std::string amount_text(const JournalEntry& e) {
    if (e.kind == EntryKind::day) return {};
    if (e.kind == EntryKind::food) {
        const bool says_grams = e.amount.ends_with(" g") || e.amount.ends_with(" g)");
        return e.food_mg > 0 && !says_grams
                   ? fmt::format("{} ({} g)", e.amount, format_grams(e.food_mg))
                   : e.amount;
    }
    return e.units > 1 ? fmt::format("{} x {}", e.units, e.amount) : e.amount;
}

// "Almonds 1 oz (28.35 g) (77 mg)", or "day marked complete" for a day mark.
std::string describe(const JournalEntry& e) {
    if (e.kind == EntryKind::day) return mark_label(e.complete);
    return fmt::format("{} {} ({} mg)", e.name, amount_text(e), format_mg(e.magnesium));
}

// One row of `log show`: id, meal, name, amount, magnesium; a day mark names its state.
std::string show_row(const JournalEntry& e) {
    if (e.kind == EntryKind::day)
        return fmt::format("  {:<12} {:<9} [{}]\n", e.id, meal_text(e), mark_label(e.complete));
    // The tag stays whole: the name is cut (by code points) to leave room for it.
    const std::string tag = e.kind == EntryKind::supplement ? " [supplement]"
                            : e.kind == EntryKind::total    ? " [day total]"
                                                            : "";
    const std::string name = utf8_fit(e.name, 36 - tag.size()) + tag;
    return fmt::format("  {:<12} {:<9} {:<36} {:<22} {:>5} mg\n", e.id, meal_text(e), name,
                       amount_text(e), format_mg(e.magnesium));
}

// The line under a day's total saying how the day is marked, or "" when it is not.
std::string mark_footer(const std::map<Date, bool>& marks, Date d) {
    const auto it = marks.find(d);
    if (it == marks.end()) return {};
    return it->second ? "  day marked complete\n"
                      : "  day marked incomplete: check leaves its food out of adequacy\n";
}

void show_options(po::options_description& o) {
    o.add_options()("date", po::value<std::string>()->value_name("YYYY-MM-DD"),
                    "one day (default today)")(
        "from", po::value<std::string>()->value_name("YYYY-MM-DD"), "first day of a range")(
        "to", po::value<std::string>()->value_name("YYYY-MM-DD"),
        "last day of a range (default today)");
}

int show_run(Context& ctx, const po::variables_map& vm) {
    Date from = ctx.today(), to = ctx.today();
    if (vm.count("date") && (vm.count("from") || vm.count("to")))
        throw UsageError("give --date, or --from/--to, not both");
    if (vm.count("date"))
        from = to = parse_date_option(vm["date"].as<std::string>(), "--date", ctx.today());
    if (vm.count("from"))
        from = parse_date_option(vm["from"].as<std::string>(), "--from", ctx.today());
    if (vm.count("to")) to = parse_date_option(vm["to"].as<std::string>(), "--to", ctx.today());
    if (vm.count("to") && !vm.count("from")) from = to;
    if (ctx.format() == Format::json) {
        ctx.print_json(app::entries_json(ctx.workspace(), from, to));
        return 0;
    }
    if (to < from) throw UsageError("--to is before --from");
    if (from.days_until(to) > 3660)
        throw UsageError("the range is longer than 10 years", "use 'mgcalc export csv'");
    const auto entries = ctx.journal().read_range(from, to);
    const std::vector<std::string> orphans = app::orphan_ids(ctx.workspace(), entries);
    const std::map<Date, bool> marks = day_marks(entries);
    std::vector<Date> days;
    for (const auto& e : entries)
        if (days.empty() || days.back() != e.date) days.push_back(e.date);
    if (entries.empty()) {
        ctx.out << (from == to
                        ? fmt::format("Nothing logged on {}.\n", from.iso())
                        : fmt::format("Nothing logged from {} to {}.\n", from.iso(), to.iso()));
        return 0;
    }
    for (Date d : days) {
        ctx.out << d.iso() << "\n";
        for (const auto& e : entries)
            if (e.date == d) ctx.out << show_row(e);
        const DayIntake t = day_intake(entries, d);
        ctx.out << fmt::format("  total: food {} mg + supplements {} mg = {} mg\n",
                               format_mg(t.food), format_mg(t.supplement), format_mg(t.total()))
                << mark_footer(marks, d);
    }
    if (!orphans.empty())
        ctx.out << wrap(fmt::format(
                            "Note: the food of {} is no longer in the food database; the recorded "
                            "magnesium is kept and counted.",
                            join(orphans)),
                        80, 0)
                << "\n";
    return 0;
}

void id_options(po::options_description& o) {
    o.add_options()("id", po::value<std::string>()->value_name("ID"),
                    "entry id, as shown by 'mgcalc log show'");
}

void print_removed(Context& ctx, const JournalEntry& e, const char* verb) {
    if (ctx.format() == Format::json) {
        ctx.print_json({{verb, entry_json(e)}});
        return;
    }
    ctx.out << fmt::format("{} {}: {} on {}\n", verb, e.id, describe(e), e.date.iso());
}

int rm_run(Context& ctx, const po::variables_map& vm) {
    if (!vm.count("id")) throw UsageError("log rm needs an entry ID", "see 'mgcalc log show'");
    auto store = ctx.journal();
    print_removed(ctx, app::remove_entry(store, vm["id"].as<std::string>()), "removed");
    return 0;
}

int undo_run(Context& ctx, const po::variables_map&) {
    auto store = ctx.journal();
    const std::optional<JournalEntry> removed = app::remove_last_added(store);
    if (!removed) throw InputError::plain("the journal is empty: nothing to undo");
    print_removed(ctx, *removed, "removed");
    return 0;
}

void edit_options(po::options_description& o) {
    id_options(o);
    o.add_options()("amount", po::value<std::string>()->value_name("AMOUNT"), "new amount")(
        "food", po::value<std::string>()->value_name("FOOD"), "new food (food entries)")(
        "meal", po::value<std::string>()->value_name("MEAL"), "new meal ('' to clear)")(
        "date", po::value<std::string>()->value_name("YYYY-MM-DD"), "new date")(
        "note", po::value<std::string>()->value_name("TEXT"), "new note ('' to clear)");
}

int edit_run(Context& ctx, const po::variables_map& vm) {
    if (!vm.count("id")) throw UsageError("log edit needs an entry ID", "see 'mgcalc log show'");
    std::string meal;
    if (vm.count("meal")) {
        meal = to_lower(vm["meal"].as<std::string>());
        const auto& meals = known_meals();
        if (!meal.empty() && std::find(meals.begin(), meals.end(), meal) == meals.end())
            throw UsageError(fmt::format("unknown meal '{}'", meal), "one of: " + join(meals));
    }
    app::EntryEdit edit;
    if (vm.count("meal")) edit.meal = meal;
    if (vm.count("date"))
        edit.date = parse_date_option(vm["date"].as<std::string>(), "--date", ctx.today());
    if (vm.count("note")) edit.note = vm["note"].as<std::string>();
    if (vm.count("amount")) edit.amount = vm["amount"].as<std::string>();
    if (vm.count("food")) edit.food = vm["food"].as<std::string>();
    auto store = ctx.journal();
    const JournalEntry after = app::edit_entry(store, vm["id"].as<std::string>(), edit,
                                               [&ctx]() -> const FoodDb& { return ctx.foods(); });
    // The guards of log add: a typo in the new amount or date, a move onto a day total.
    const auto warnings = app::warnings_after_edit(store, edit, after, ctx.today());
    for (const auto& w : warnings) ctx.warn(warning_text(ctx, w));
    if (ctx.format() == Format::json) {
        ctx.print_json(
            {{"edited", entry_json(after)}, {"warnings", app::log_warnings_json(warnings)}});
        return 0;
    }
    ctx.out << fmt::format("edited {}: {} on {}\n", after.id, describe(after), after.date.iso());
    return 0;
}

}  // namespace

Command log_show_command() {
    return {.name = "log show",
            .summary = "list logged entries with day totals",
            .usage = "[--date D | --from D --to D]",
            .formats = {Format::text, Format::json},
            .needs = {.foods = true, .journal = true},
            .add_options = show_options,
            .run = show_run};
}
Command log_rm_command() {
    return {.name = "log rm",
            .summary = "remove an entry",
            .usage = "ID",
            .formats = {Format::text, Format::json},
            .positionals = {{.name = "id", .complete = Complete::entry_ids}},
            .needs = {.journal = true},
            .add_options = id_options,
            .run = rm_run};
}
Command log_edit_command() {
    return {
        .name = "log edit",
        .summary = "change an entry (and recompute its magnesium)",
        .usage = "ID [--amount A] [--food F] [--meal M] [--date D] [--note T]",
        .details =
            "Any edit recomputes the entry's magnesium from the current food database; with no\n"
            "options, that is all it does (how to pick up a corrected food value).",
        .formats = {Format::text, Format::json},
        .positionals = {{.name = "id", .complete = Complete::entry_ids}},
        .needs = {.foods = true, .journal = true},
        .add_options = edit_options,
        .run = edit_run};
}
Command log_undo_command() {
    return {.name = "log undo",
            .summary = "remove the entry added last",
            .formats = {Format::text, Format::json},
            .needs = {.journal = true},
            .add_options = [](po::options_description&) {},
            .run = undo_run};
}

}  // namespace mg::cli
