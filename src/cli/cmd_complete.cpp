// __complete (hidden): candidates for the word being completed, for the shell scripts in
// completions/. Prints one candidate per line; "__files__" asks the shell for file names.
// Everything it knows about a command comes from the command table: its options (which of
// them take a value), its positionals and what completes each, its formats.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "cli/command.hpp"
#include "cli/context.hpp"
#include "core/text.hpp"
#include "foods/food_db.hpp"
#include "journal/entry.hpp"
#include "journal/reuse.hpp"
#include "journal/supplement.hpp"
#include "profile/vocabulary.hpp"
#include "store/fs.hpp"
#include "store/meal_store.hpp"

namespace mg::cli {
namespace {

void options(po::options_description& o) {
    o.add_options()("words", po::value<std::vector<std::string>>(), "the command line so far");
}

// The global options plus those of `cmd` (when known), in one description.
struct Options {
    po::options_description all = global_options();
    explicit Options(const Command* cmd) {
        if (cmd) cmd->add_options(all);
    }
};

// The command that `words` start with, if any.
const Command* named_command(const std::vector<std::string>& words) {
    for (const auto& c : commands()) {
        const auto parts = split_words(c.name, " ");
        if (words.size() >= parts.size() && std::equal(parts.begin(), parts.end(), words.begin()))
            return &c;
    }
    return nullptr;
}

// The command line before the word being completed, read as the dispatcher reads it.
struct Line {
    const Command* cmd = nullptr;    ///< the command the words name, if any
    std::vector<std::string> words;  ///< the words that are neither options nor their values
    std::string pending;             ///< an option whose value is the word being completed
};

Line read_line(const std::vector<std::string>& before) {
    Line line;
    for (size_t i = 0; i < before.size(); ++i) {
        const std::string& w = before[i];
        if (w.size() > 1 && w[0] == '-') {
            // An option's value is not a positional, whatever it looks like.
            if (takes_value(Options(line.cmd).all, w)) {
                if (i + 1 == before.size())
                    line.pending = w;
                else
                    ++i;
            }
            continue;
        }
        line.words.push_back(w);
        if (!line.cmd) line.cmd = named_command(line.words);
    }
    return line;
}

std::vector<std::string> profile_names(const Context& ctx) {
    std::vector<std::string> out;
    for (const auto& f : store::list_yaml(ctx.paths().profiles_dir))
        out.push_back(store::stem_of(f));
    for (const auto& f : store::list_yaml(ctx.paths().examples_dir))
        out.push_back(store::stem_of(f));
    return out;
}

// Food ids and what people type for everyday foods (the SR28 table is too long to list).
std::vector<std::string> food_names(Context& ctx, bool only_custom) {
    std::vector<std::string> out;
    for (const auto& f : ctx.foods().everyday()) {
        if (only_custom && !f.custom) continue;
        out.push_back(f.id);
        if (!only_custom)
            for (const auto& a : f.aliases) out.push_back(a);
    }
    return out;
}

// Entries of the last month, the ones a person is likely to fix.
std::vector<std::string> entry_ids(Context& ctx) {
    std::vector<std::string> out;
    for (const auto& e : ctx.journal().read_range(ctx.today().plus_days(-31), ctx.today()))
        out.push_back(e.id);
    return out;
}

// The foods logged in the last four weeks, most often first, then `names` not among them.
std::vector<std::string> recent_first(Context& ctx, const std::vector<std::string>& names) {
    const Date today = ctx.today();
    std::vector<std::string> out;
    try {
        const auto entries = ctx.journal().read_range(today.plus_days(-(kRecentDays - 1)), today);
        for (const auto& r : recent_foods(entries, today)) out.push_back(r.food_id);
    } catch (const std::exception&) {
        // No profile or a broken journal: the foods are still worth offering.
    }
    const std::set<std::string> seen(out.begin(), out.end());
    for (const auto& n : names)
        if (!seen.count(n)) out.push_back(n);
    return out;
}

std::vector<std::string> dates(const Context& ctx) {
    std::vector<std::string> out;
    for (int back = 0; back < 7; ++back) out.push_back(ctx.today().plus_days(-back).iso());
    out.push_back("today");
    out.push_back("yesterday");
    for (int back = 2; back <= 7; ++back) {
        std::string day = std::string(ctx.today().plus_days(-back).weekday_name());
        out.push_back(day);
    }
    return out;
}

std::vector<std::string> candidates(Context& ctx, Complete kind) {
    // Completion never fails: a broken food file or a missing profile offers nothing.
    try {
        switch (kind) {
            case Complete::nothing:
                return {};
            case Complete::foods:
                return food_names(ctx, false);
            case Complete::food_pairs:
                return recent_first(ctx, food_names(ctx, false));
            case Complete::custom_foods:
                return food_names(ctx, true);
            case Complete::profiles:
                return profile_names(ctx);
            case Complete::entry_ids:
                return entry_ids(ctx);
            case Complete::meals:
                return store::MealStore(ctx.paths().meals_dir).names();
            case Complete::dates:
                return dates(ctx);
            case Complete::files:
                return {"__files__"};
        }
    } catch (const std::exception&) {
    }
    return {};
}

// What completes a value by the option's declared value name (FOOD, FILE, YYYY-MM-DD, ...).
Complete by_value_name(const std::string& value_name) {
    if (value_name == "FOOD") return Complete::foods;
    if (value_name == "NAME|FILE") return Complete::profiles;
    if (value_name == "FILE" || value_name == "DIR" || value_name == "PATH") return Complete::files;
    if (value_name == "YYYY-MM-DD") return Complete::dates;
    return Complete::nothing;
}

std::vector<std::string> format_names(const Command* cmd) {
    std::vector<std::string> out;
    for (const auto& row : kFormatNames)
        if (format_name(row.format) == row.name &&
            (!cmd ||
             std::find(cmd->formats.begin(), cmd->formats.end(), row.format) != cmd->formats.end()))
            out.emplace_back(row.name);
    return out;
}

std::vector<std::string> option_value(Context& ctx, const Line& line) {
    const std::string name = line.pending.substr(2);
    if (name == "meal") return known_meals();
    if (name == "format") return format_names(line.cmd);
    if (name == "standard") return standard_names();
    if (name == "sex") return {"female", "male"};
    if (name == "per") return {"serving", "100g"};
    if (name == "exclude" || name == "tag") return known_exclusion_tags();
    std::vector<std::string> out;
    if (name == "condition")
        for (const auto& c : known_conditions()) out.push_back(c.id);
    else if (name == "form")
        for (const auto& f : supplement_forms()) out.push_back(f.id);
    else if (name == "group") {
        std::set<std::string> groups;
        try {
            for (const auto& f : ctx.foods().everyday()) groups.insert(f.group);
        } catch (const std::exception&) {
        }
        out.assign(groups.begin(), groups.end());
    } else {
        const Options opts(line.cmd);
        if (const auto* o = opts.all.find_nothrow(name, false))
            out = candidates(ctx, by_value_name(o->semantic()->name()));
    }
    return out;
}

// `--name` of every option but the command's positionals (given by position, not name).
std::vector<std::string> option_names(const Command* cmd) {
    std::vector<std::string> out;
    const Options opts(cmd);
    for (const auto& o : opts.all.options()) {
        const std::string& n = o->long_name();
        const bool positional =
            cmd && std::any_of(cmd->positionals.begin(), cmd->positionals.end(),
                               [&](const Positional& p) { return p.name == n; });
        if (!n.empty() && !positional) out.push_back("--" + n);
    }
    return out;
}

// The first word, or a group's subcommand; after "help", the same.
std::vector<std::string> command_words(std::vector<std::string> words) {
    const bool help = !words.empty() && words[0] == "help";
    if (help) words.erase(words.begin());
    std::set<std::string> seen;
    for (const auto& c : commands()) {
        if (c.summary.empty()) continue;  // hidden
        const auto parts = split_words(c.name, " ");
        if (words.empty())
            seen.insert(parts[0]);
        else if (words.size() == 1 && parts.size() > 1 && parts[0] == words[0])
            seen.insert(parts[1]);
    }
    if (words.empty() && !help) seen.insert("help");
    return {seen.begin(), seen.end()};
}

// What completes the `index`th positional word of `cmd`.
Complete positional_kind(const Command& cmd, size_t index) {
    for (const auto& p : cmd.positionals) {
        // FOOD AMOUNT pairs: amounts (odd places) are free text.
        if (p.complete == Complete::food_pairs && index % 2 == 1) return Complete::nothing;
        if (p.count < 0 || index < static_cast<size_t>(p.count)) return p.complete;
        index -= static_cast<size_t>(p.count);
    }
    return Complete::nothing;
}

int run(Context& ctx, const po::variables_map& vm) {
    std::vector<std::string> words =
        vm.count("words") ? vm["words"].as<std::vector<std::string>>() : std::vector<std::string>{};
    if (words.empty()) words.push_back("");
    const std::string cur = words.back();
    words.pop_back();
    const Line line = read_line(words);
    std::vector<std::string> out;
    if (!line.pending.empty())
        out = option_value(ctx, line);
    else if (!cur.empty() && cur[0] == '-')
        out = option_names(line.cmd);
    else if (!line.cmd)
        out = command_words(line.words);
    else
        out = candidates(
            ctx, positional_kind(*line.cmd,
                                 line.words.size() - split_words(line.cmd->name, " ").size()));
    for (const auto& o : out)
        if (o.rfind(cur, 0) == 0 || o == "__files__") ctx.out << o << "\n";
    return 0;
}

}  // namespace

Command complete_command() {
    return {.name = "__complete",
            .usage = "WORDS...",
            .formats = {Format::text},
            .positionals = {{.name = "words", .count = -1}},
            .needs = {.foods = true, .journal = true},
            .add_options = options,
            .run = run};
}

}  // namespace mg::cli
