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
        foods_recent_command(),
        foods_add_command(),
        foods_rm_command(),
        recipe_add_command(),
        meal_save_command(),
        meal_add_command(),
        meal_list_command(),
        meal_show_command(),
        meal_rm_command(),
        log_add_command(),
        log_eat_command(),
        log_copy_command(),
        log_meal_command(),
        log_supplement_command(),
        log_show_command(),
        log_rm_command(),
        log_edit_command(),
        log_undo_command(),
        log_day_command(),
        check_command(),
        flags_command(),
        report_week_command(),
        import_cronometer_command(),
        import_cronometer_daily_command(),
        import_mgcalc_command(),
        export_csv_command(),
        export_json_command(),
        web_command(),
        paths_command(),
        complete_command(),
    };
    return kCommands;
}

po::positional_options_description positional_options(const Command& c) {
    po::positional_options_description pos;
    for (const auto& p : c.positionals) pos.add(p.name.c_str(), p.count);
    return pos;
}

bool takes_value(const po::options_description& opts, const std::string& word) {
    if (!word.starts_with("--") || word.find('=') != std::string::npos) return false;
    const po::option_description* o = opts.find_nothrow(word.substr(2), false);
    return o && o->semantic()->max_tokens() > 0;
}

std::string format_list(const Command& c) {
    std::string out;
    for (size_t i = 0; i < c.formats.size(); ++i) {
        if (i > 0) out += i + 1 == c.formats.size() ? " or " : ", ";
        out += format_name(c.formats[i]);
    }
    return out;
}

}  // namespace mg::cli
