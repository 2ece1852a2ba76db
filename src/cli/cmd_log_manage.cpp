// log show / rm / edit / undo
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "cli/command.hpp"
#include "cli/context.hpp"
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
    if (to < from) throw UsageError("--to is before --from");
    if (from.days_until(to) > 3660)
        throw UsageError("the range is longer than 10 years", "use 'mgcalc export csv'");
    const auto entries = ctx.journal().read_range(from, to);
    // Entries keep their recorded magnesium even when their food has left the database;
    // say which, so that a recompute (log edit) is not attempted blindly.
    std::vector<std::string> orphans;
    bool needs_foods = false;
    for (const auto& e : entries) needs_foods |= e.kind == EntryKind::food && e.import_key.empty();
    if (needs_foods)
        for (const auto& e : entries)
            if (e.kind == EntryKind::food && e.import_key.empty() && !ctx.foods().find(e.food_id))
                orphans.push_back(e.id);
    const std::map<Date, bool> marks = day_marks(entries);
    std::vector<Date> days;
    for (const auto& e : entries)
        if (days.empty() || days.back() != e.date) days.push_back(e.date);
    if (ctx.format() == Format::json) {
        nlohmann::json j{{"from", from.iso()}, {"to", to.iso()}};
        j["entries"] = nlohmann::json::array();
        for (const auto& e : entries) {
            nlohmann::json ej = entry_json(e);
            if (std::find(orphans.begin(), orphans.end(), e.id) != orphans.end())
                ej["food_missing"] = true;
            j["entries"].push_back(ej);
        }
        j["days"] = nlohmann::json::array();
        for (Date d : days) {
            nlohmann::json dj = day_json(day_intake(entries, d));
            // A day with only a mark is listed too, with its mark.
            if (marks.count(d)) dj["complete"] = marks.at(d);
            j["days"].push_back(dj);
        }
        ctx.print_json(j);
        return 0;
    }
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

// Finds the entry with `id` in the months; throws InputError with close ids when absent.
std::pair<std::string, size_t> locate(store::JournalStore::Months& months, const std::string& id) {
    std::vector<std::string> all;
    for (auto& [m, v] : months)
        for (size_t i = 0; i < v.size(); ++i) {
            if (v[i].id == id) return {m, i};
            all.push_back(v[i].id);
        }
    throw InputError::plain(fmt::format("no journal entry with id '{}'", id),
                            did_you_mean(closest(id, all, 2)).empty()
                                ? "see 'mgcalc log show'"
                                : did_you_mean(closest(id, all, 2)));
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
    JournalEntry removed;
    ctx.journal().modify([&](store::JournalStore::Months& months) {
        auto [m, i] = locate(months, vm["id"].as<std::string>());
        removed = months[m][i];
        months[m].erase(months[m].begin() + static_cast<long>(i));
    });
    print_removed(ctx, removed, "removed");
    return 0;
}

int undo_run(Context& ctx, const po::variables_map&) {
    JournalEntry removed;
    bool found = false;
    ctx.journal().modify([&](store::JournalStore::Months& months) {
        // The last added: latest `added` stamp; on a tie, the later line of the later file.
        std::string best_m;
        size_t best_i = 0;
        for (auto& [m, v] : months)
            for (size_t i = 0; i < v.size(); ++i)
                if (!found || v[i].added >= months[best_m][best_i].added)
                    best_m = m, best_i = i, found = true;
        if (!found) return;
        removed = months[best_m][best_i];
        months[best_m].erase(months[best_m].begin() + static_cast<long>(best_i));
    });
    if (!found) throw InputError::plain("the journal is empty: nothing to undo");
    print_removed(ctx, removed, "removed");
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
    std::optional<Date> date;
    if (vm.count("date"))
        date = parse_date_option(vm["date"].as<std::string>(), "--date", ctx.today());
    const FoodDb* db = nullptr;
    JournalEntry after;
    ctx.journal().modify([&](store::JournalStore::Months& months) {
        auto [m, i] = locate(months, vm["id"].as<std::string>());
        JournalEntry e = months[m][i];
        if (e.kind == EntryKind::day &&
            (vm.count("amount") || vm.count("food") || vm.count("meal")))
            throw UsageError(
                fmt::format("{} is a day mark: only --date and --note apply to it", e.id),
                "change the mark with 'mgcalc log day --date D --complete' (or --incomplete, "
                "--clear)");
        if (vm.count("meal")) e.meal = meal;
        if (vm.count("note")) e.note = vm["note"].as<std::string>();
        if (vm.count("amount")) e.amount = vm["amount"].as<std::string>();
        if (e.kind == EntryKind::food) {
            // Editing recomputes the magnesium from the current food database.
            if (!db) db = &ctx.foods();
            refresh_food_entry(
                e, db->resolve(vm.count("food") ? vm["food"].as<std::string>() : e.food_id));
        } else if (e.kind == EntryKind::supplement) {
            if (vm.count("food")) throw UsageError("--food applies to food entries only");
            refresh_supplement_entry(e);
        }
        months[m].erase(months[m].begin() + static_cast<long>(i));
        if (date && *date != e.date) {
            e.date = *date;
            auto& target = months[store::month_of(e.date)];
            e.id = next_entry_id(target, e.date);
            target.push_back(e);
        } else {
            months[m].insert(months[m].begin() + static_cast<long>(i), e);
        }
        after = e;
    });
    if (ctx.format() == Format::json) {
        ctx.print_json({{"edited", entry_json(after)}});
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
