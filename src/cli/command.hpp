#pragma once
#include <boost/program_options.hpp>
#include <string>
#include <vector>

namespace mg::cli {

class Context;
namespace po = boost::program_options;

/// One entry of the command table. Each command lives in its own cmd_*.cpp file.
struct Command {
    std::string name;     ///< "rda", "log add", ...
    std::string summary;  ///< one line for `mgcalc help`
    std::string usage;    ///< argument synopsis after the name
    std::string details;  ///< longer help text for `mgcalc help NAME` (may be empty)
    void (*add_options)(po::options_description&, po::positional_options_description&);
    int (*run)(Context&, const po::variables_map&);
};

/// The command table, in the order `mgcalc help` lists it.
const std::vector<Command>& commands();

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
Command export_csv_command();
Command paths_command();
/// Hidden: shell completion candidates (its summary is empty, so help does not list it).
Command complete_command();

}  // namespace mg::cli
