#include "cli/command.hpp"

namespace mg::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> kCommands = {
        rda_command(),
        profile_init_command(),
        profile_show_command(),
        profile_list_command(),
        foods_search_command(),
        foods_show_command(),
        foods_top_command(),
    };
    return kCommands;
}

}  // namespace mg::cli
