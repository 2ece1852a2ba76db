#include "cli/app.hpp"

#include <fmt/format.h>

#include <iostream>
#include <sstream>

#include "cli/command.hpp"
#include "core/diagnostic.hpp"
#include "core/text.hpp"

namespace mg::cli {

po::options_description global_options() {
    po::options_description g("Global options");
    g.add_options()("data-dir", po::value<std::string>()->value_name("DIR"),
                    "journals, profiles and custom foods (default $MGCALC_HOME, else "
                    "$XDG_DATA_HOME/mgcalc, else ~/.local/share/mgcalc)")(
        "foods", po::value<std::string>()->value_name("PATH"),
        "food database directory or file (default: the bundled foods/)")(
        "profile", po::value<std::string>()->value_name("NAME|FILE"),
        "profile name in the data directory, or a path to a profile YAML file")(
        "today", po::value<std::string>()->value_name("YYYY-MM-DD"),
        "the date treated as today (default: the system date, or $MGCALC_TODAY)")(
        "format", po::value<std::string>()->value_name("FMT"),
        "output format: text (usually the default), json, markdown, html or csv, as "
        "'mgcalc help COMMAND' lists for each command")(
        "standard", po::value<std::string>()->value_name("STD"),
        "reference standard: iom (default), efsa, dach (also d-a-ch), nnr")(
        "no-color", "no colour (also when NO_COLOR is set or output is not a terminal)")(
        "ascii", "ASCII-only output")("help,h", "show help");
    return g;
}

namespace {

constexpr const char* kDisclaimer =
    "mgcalc informs; it does not diagnose or prescribe. Talk to your clinician before\n"
    "changing medicines or starting supplements.";

std::vector<std::string> command_names() {
    std::vector<std::string> names;
    for (const auto& c : commands())
        if (!c.summary.empty()) names.push_back(c.name);
    return names;
}

void print_overview(std::ostream& out) {
    out << "usage: mgcalc <command> [options]\n\n"
           "Dietary magnesium intake calculator: logs what you eat, checks it against the\n"
           "Dietary Reference Intakes, flags risk factors and suggests foods that close the\n"
           "gap (not with kidney disease, after a kidney transplant or for infants).\n\n"
           "Commands:\n";
    for (const auto& c : commands())
        if (!c.summary.empty()) out << fmt::format("  {:<18} {}\n", c.name, c.summary);
    out << "  help [COMMAND]     show help for a command\n\n";
    std::ostringstream g;
    g << global_options();
    out << g.str() << "\n";
    out << "Exit codes: 0 ok, 1 bad input data, 2 usage error, 3 check --strict found a\n"
           "shortfall or warning, 4 system error (docs/exit-codes.md).\n\n"
        << kDisclaimer << "\n";
}

const Command* find_command(const std::string& name) {
    for (const auto& c : commands())
        if (c.name == name) return &c;
    return nullptr;
}

bool is_group(const std::string& word) {
    for (const auto& c : commands())
        if (c.name.rfind(word + " ", 0) == 0) return true;
    return false;
}

void print_command_help(const Command& c, std::ostream& out) {
    po::options_description opts("Options");
    c.add_options(opts);
    out << fmt::format("usage: mgcalc {} {}\n\n{}\n", c.name, c.usage, c.summary);
    if (!c.details.empty()) out << "\n" << c.details << "\n";
    if (!opts.options().empty()) out << "\n" << opts;
    out << fmt::format("\nOutput: --format {} (default {})\n", format_list(c),
                       format_name(c.formats.front()));
    out << "\nGlobal options (--data-dir, --foods, --profile, --today, --format, --standard,\n"
           "--no-color, --ascii) are accepted too: see 'mgcalc help'.\n";
}

void print_group_help(const std::string& group, std::ostream& out) {
    out << fmt::format("usage: mgcalc {} <subcommand> [options]\n\nSubcommands:\n", group);
    for (const auto& c : commands())
        if (c.name.rfind(group + " ", 0) == 0)
            out << fmt::format("  {:<18} {}\n", c.name, c.summary);
}

UsageError unknown_command(const std::string& name) {
    std::string hint = did_you_mean(closest(name, command_names(), 3));
    if (hint.empty()) hint = "run 'mgcalc help' for the list of commands";
    return UsageError(fmt::format("unknown command '{}'", name), hint);
}

// The primary name of every format, for "did you mean".
std::vector<std::string> all_format_names() {
    std::vector<std::string> names;
    for (const auto& row : kFormatNames)
        if (format_name(row.format) == row.name) names.emplace_back(row.name);
    return names;
}

// The output format: --format when given, else the command's default. A format the command
// does not declare is refused here, once for every command, before it runs.
Format chosen_format(const Command& c, const po::variables_map& vm) {
    if (!vm.count("format")) return c.formats.front();
    const std::string name = vm["format"].as<std::string>();
    const std::optional<Format> f = parse_format(name);
    if (!f)
        throw UsageError(fmt::format("unknown format '{}'", name),
                         did_you_mean(closest(name, all_format_names(), 3)));
    if (std::find(c.formats.begin(), c.formats.end(), *f) == c.formats.end())
        throw UsageError(fmt::format("'{}' does not support --format {}", c.name, name),
                         fmt::format("'{}' accepts --format {}", c.name, format_list(c)));
    return *f;
}

int dispatch(const std::vector<std::string>& args, Context& ctx, const Environment& env) {
    // Find the command words: the first one or two arguments that are not options.
    const po::options_description globals = global_options();
    std::vector<size_t> word_at;
    for (size_t i = 0; i < args.size() && word_at.size() < 2; ++i) {
        const std::string& a = args[i];
        if (a == "--") break;
        if (a.size() > 1 && a[0] == '-') {
            if (takes_value(globals, a)) ++i;
            continue;
        }
        word_at.push_back(i);
        if (word_at.size() == 1 && !is_group(a) && a != "help") break;
    }
    const bool wants_help = std::find(args.begin(), args.end(), "--help") != args.end() ||
                            std::find(args.begin(), args.end(), "-h") != args.end();
    if (word_at.empty()) {
        if (std::find(args.begin(), args.end(), "--version") != args.end()) {
            ctx.out << "mgcalc " << MGCALC_VERSION << "\n";
            return 0;
        }
        if (wants_help || args.empty()) {
            print_overview(ctx.out);
            return args.empty() ? 2 : 0;
        }
    }
    if (word_at.empty()) throw UsageError("no command given", "run 'mgcalc help'");
    std::string name = args[word_at[0]];
    if (name == "help") {
        std::string topic;
        for (size_t i = word_at[0] + 1; i < args.size(); ++i)
            if (args[i][0] != '-') topic += (topic.empty() ? "" : " ") + args[i];
        if (topic.empty()) {
            print_overview(ctx.out);
        } else if (const Command* c = find_command(topic)) {
            print_command_help(*c, ctx.out);
        } else if (is_group(topic)) {
            print_group_help(topic, ctx.out);
        } else {
            throw unknown_command(topic);
        }
        return 0;
    }
    if (is_group(name)) {
        if (word_at.size() < 2) {
            if (wants_help) {
                print_group_help(name, ctx.out);
                return 0;
            }
            print_group_help(name, ctx.err);
            throw UsageError(fmt::format("'{}' needs a subcommand", name));
        }
        name += " " + args[word_at[1]];
    } else {
        word_at.resize(1);
    }
    const Command* cmd = find_command(name);
    if (!cmd) throw unknown_command(name);
    if (wants_help) {
        print_command_help(*cmd, ctx.out);
        return 0;
    }
    po::options_description all = global_options();
    po::options_description own("Options");
    cmd->add_options(own);
    all.add(own);
    const po::positional_options_description pos = positional_options(*cmd);
    std::vector<std::string> rest;
    for (size_t i = 0; i < args.size(); ++i)
        if (std::find(word_at.begin(), word_at.end(), i) == word_at.end()) rest.push_back(args[i]);
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(rest).options(all).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(e.what(), fmt::format("see 'mgcalc help {}'", cmd->name));
    }
    (void)env;
    const Format format = chosen_format(*cmd, vm);
    ctx.configure(vm);
    ctx.start(*cmd, format);
    return cmd->run(ctx, vm);
}

}  // namespace

int run(const std::vector<std::string>& args, Environment env, std::istream& in, std::ostream& out,
        std::ostream& err) {
    env.args = args;
    Environment copy = env;
    Context ctx(std::move(env), in, out, err);
    try {
        return dispatch(args, ctx, copy);
    } catch (const UsageError& e) {
        err << "mgcalc: error: " << e.what() << "\n";
        if (!e.hint().empty()) err << "  hint: " << e.hint() << "\n";
        return static_cast<int>(ExitCode::usage);
    } catch (const InputError& e) {
        for (const auto& d : e.diagnostics())
            err << "mgcalc: error: " << format_diagnostic(d) << "\n";
        for (const auto& d : e.closing()) err << "mgcalc: error: " << format_diagnostic(d) << "\n";
        if (e.diagnostics().size() > 1)
            err << fmt::format("mgcalc: {} problems found\n", e.diagnostics().size());
        return static_cast<int>(ExitCode::bad_input);
    } catch (const SystemError& e) {
        err << "mgcalc: error: " << e.what() << "\n";
        return static_cast<int>(ExitCode::system);
    } catch (const std::bad_alloc&) {
        err << "mgcalc: error: out of memory\n";
        return static_cast<int>(ExitCode::system);
    } catch (const std::exception& e) {
        err << "mgcalc: error: internal error: " << e.what()
            << "\n  hint: this is a bug in mgcalc; please report it with the command you ran\n";
        return static_cast<int>(ExitCode::system);
    }
}

}  // namespace mg::cli
