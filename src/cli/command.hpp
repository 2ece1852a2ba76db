#pragma once
#include <boost/program_options.hpp>
#include <string>
#include <vector>

#include "cli/format.hpp"

namespace mg::cli {

class Context;
namespace po = boost::program_options;

/// What completes a positional argument (or an option's value) on the shell.
enum class Complete {
    nothing,       ///< free text: offer nothing
    foods,         ///< everyday food ids and aliases
    food_pairs,    ///< FOOD AMOUNT pairs: foods (recently logged first) at FOOD positions
    custom_foods,  ///< the user's own foods and recipes
    profiles,      ///< profile names in the data directory and the bundled examples
    entry_ids,     ///< ids of recent journal entries of the selected profile
    meals,         ///< names of the saved meals
    dates,         ///< YYYY-MM-DD, today and the days just before it
    files,         ///< file names (the shell completes them)
};

/// One positional argument. It fills the option `name`, which add_options must declare
/// (with its type and help); the table only says where it goes and what completes it.
struct Positional {
    std::string name{};  ///< the option it fills: "food"
    int count = 1;       ///< words it takes; -1 takes all the rest (only the last one)
    Complete complete = Complete::nothing;
};

/// The data a command may use. Context refuses (internal error) to load what the running
/// command did not declare, so that the table stays true.
struct Needs {
    bool foods = false;    ///< the food database (and the suggestion pool)
    bool profile = false;  ///< the selected profile (and its targets)
    bool journal = false;  ///< the selected profile's journal (implies the profile)
};

/// One entry of the command table. Each command lives in its own cmd_*.cpp file and fills
/// its entry with designated initializers; the dispatcher and completion read only this.
struct Command {
    std::string name{};     ///< "rda", "log add", ...
    std::string summary{};  ///< one line for `mgcalc help`; empty hides the command
    std::string usage{};    ///< argument synopsis after the name
    std::string details{};  ///< longer help text for `mgcalc help NAME` (may be empty)
    /// The --format values it accepts, never empty; the first is its default. Any other
    /// --format is a usage error raised by the dispatcher, before the command runs. (No
    /// default member initializer: -Wmissing-field-initializers flags an entry without it.)
    std::vector<Format> formats;
    /// Its positional arguments, in order.
    std::vector<Positional> positionals{};
    Needs needs{};
    /// Declares the command's own options (positionals included, by name).
    void (*add_options)(po::options_description&) = nullptr;
    /// Runs it. JSON goes through Context::print_json, which stamps `schema_version`.
    int (*run)(Context&, const po::variables_map&) = nullptr;
};

/// The command table, in the order `mgcalc help` lists it.
const std::vector<Command>& commands();

/// The boost positional description of `c`, built from `c.positionals`.
po::positional_options_description positional_options(const Command& c);

/// The global options (--data-dir, --format, ...), accepted by every command.
po::options_description global_options();

/// True when `word` is `--NAME` (no `=VALUE`) of an option in `opts` that takes a value, so
/// that the next word is that value and not a positional argument.
bool takes_value(const po::options_description& opts, const std::string& word);

/// "text", "text or json", "text, json, markdown, html or csv": the formats `c` accepts.
std::string format_list(const Command& c);

// Factories, one per cmd_*.cpp.
Command rda_command();
Command profile_init_command();
Command profile_show_command();
Command profile_list_command();
Command foods_search_command();
Command foods_show_command();
Command foods_top_command();
Command foods_add_command();
Command foods_rm_command();
Command recipe_add_command();
Command log_add_command();
Command log_eat_command();
Command log_copy_command();
Command log_meal_command();
Command meal_save_command();
Command meal_add_command();
Command meal_list_command();
Command meal_show_command();
Command meal_rm_command();
Command foods_recent_command();
Command log_supplement_command();
Command log_show_command();
Command log_rm_command();
Command log_edit_command();
Command log_undo_command();
Command log_day_command();
Command check_command();
Command flags_command();
Command report_week_command();
Command import_cronometer_command();
Command import_cronometer_daily_command();
Command import_mgcalc_command();
Command export_csv_command();
/// `web` is defined by the binary, not by the CLI library: mgcalc's launches mgcalc-web,
/// and mgcalc-web's serves, so that the HTTP library loads only for `mgcalc web` (issue #18).
/// Both fill the same entry, built by web_command_entry from how it runs.
Command web_command();
Command web_command_entry(int (*run)(Context&, const po::variables_map&));
Command export_json_command();
Command paths_command();
/// Hidden: shell completion candidates (its summary is empty, so help does not list it).
Command complete_command();

}  // namespace mg::cli
