// __complete (hidden): candidates for the word being completed, for the shell scripts in
// completions/. Prints one candidate per line; "__files__" asks the shell for file names.
#include <fmt/format.h>

#include <set>

#include "cli/command.hpp"
#include "cli/context.hpp"
#include "core/text.hpp"
#include "engine/flags.hpp"
#include "foods/food_db.hpp"
#include "journal/entry.hpp"
#include "journal/supplement.hpp"
#include "profile/vocabulary.hpp"
#include "store/fs.hpp"

namespace mg::cli {

namespace {

void options(po::options_description& o) {
    o.add_options()("words", po::value<std::vector<std::string>>(), "the command line so far");
}

std::vector<std::string> global_option_names() {
    std::vector<std::string> out;
    for (const auto& o : global_options().options()) out.push_back("--" + o->long_name());
    return out;
}

std::vector<std::string> option_names(const Command& c) {
    po::options_description o;
    c.add_options(o);
    std::vector<std::string> out;
    for (const auto& opt : o.options()) {
        const std::string n = opt->long_name();
        if (!n.empty() && n != "words" && n != "food" && n != "amount" && n != "name" &&
            n != "id" && n != "query" && n != "file")
            out.push_back("--" + n);
    }
    return out;
}

int run(Context& ctx, const po::variables_map& vm) {
    std::vector<std::string> words =
        vm.count("words") ? vm["words"].as<std::vector<std::string>>() : std::vector<std::string>{};
    if (words.empty()) words.push_back("");
    const std::string cur = words.back();
    words.pop_back();
    std::vector<std::string> out;
    // Which command, if any, the words so far name.
    std::vector<std::string> positional;
    for (const auto& w : words)
        if (!w.empty() && w[0] != '-') positional.push_back(w);
    const Command* cmd = nullptr;
    for (const auto& c : commands()) {
        const auto parts = split_words(c.name, " ");
        if (positional.size() >= parts.size() &&
            std::equal(parts.begin(), parts.end(), positional.begin()))
            cmd = &c;
    }
    const std::string prev = words.empty() ? "" : words.back();
    auto profiles = [&] {
        for (const auto& f : store::list_yaml(ctx.paths().profiles_dir))
            out.push_back(store::stem_of(f));
        for (const auto& f : store::list_yaml(ctx.paths().examples_dir))
            out.push_back(store::stem_of(f));
    };
    if (prev == "--profile")
        profiles();
    else if (prev == "--meal")
        out = known_meals();
    else if (prev == "--format")
        out = {"text", "json", "markdown", "html", "csv"};
    else if (prev == "--standard")
        out = standard_names();
    else if (prev == "--sex")
        out = {"female", "male"};
    else if (prev == "--per")
        out = {"serving", "100g"};
    else if (prev == "--exclude" || prev == "--tag")
        out = known_exclusion_tags();
    else if (prev == "--condition")
        for (const auto& c : known_conditions()) out.push_back(c.id);
    else if (prev == "--form")
        for (const auto& f : supplement_forms()) out.push_back(f.id);
    else if (prev == "--data-dir" || prev == "--foods" || prev == "--output")
        out = {"__files__"};
    else if (prev == "--group") {
        std::set<std::string> g;
        for (const auto& f : ctx.foods().everyday()) g.insert(f.group);
        out.assign(g.begin(), g.end());
    } else if (!cur.empty() && cur[0] == '-') {
        out = global_option_names();
        if (cmd)
            for (const auto& o : option_names(*cmd)) out.push_back(o);
    } else if (!cmd) {
        // The first word, or a group's subcommand.
        std::set<std::string> seen;
        for (const auto& c : commands()) {
            const auto parts = split_words(c.name, " ");
            if (positional.empty())
                seen.insert(parts[0]);
            else if (parts.size() > 1 && parts[0] == positional[0] && positional.size() == 1)
                seen.insert(parts[1]);
        }
        if (positional.empty()) seen.insert("help");
        out.assign(seen.begin(), seen.end());
    } else if ((cmd->name == "log add" || cmd->name == "foods show") &&
               positional.size() == split_words(cmd->name, " ").size()) {
        // Food ids and what people type for everyday foods (the SR28 table is too long to list).
        for (const auto& f : ctx.foods().everyday()) {
            out.push_back(f.id);
            for (const auto& a : f.aliases) out.push_back(a);
        }
    } else if (cmd->name == "profile show" || cmd->name == "help") {
        profiles();
    }
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
