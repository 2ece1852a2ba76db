#include "cli/command.hpp"

namespace mg::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> kCommands = {
        rda_command(),          profile_init_command(), profile_show_command(),
        profile_list_command(), foods_search_command(), foods_show_command(),
        foods_top_command(),    foods_add_command(),    foods_rm_command(),
        recipe_add_command(),   log_add_command(),      log_supplement_command(),
        log_show_command(),     log_rm_command(),       log_edit_command(),
        log_undo_command(),     log_day_command(),      check_command(),
        flags_command(),        report_week_command(),  import_cronometer_command(),
        export_csv_command(),   paths_command(),        complete_command(),
    };
    return kCommands;
}

}  // namespace mg::cli
