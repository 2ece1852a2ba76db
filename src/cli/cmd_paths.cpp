// paths: where mgcalc reads and writes, and why (which option or variable chose it)
#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/context.hpp"
#include "cli/views.hpp"

namespace mg::cli {
namespace {

void options(po::options_description&) {}

nlohmann::json paths_json(const DataPaths& p, Date today) {
    return {
        {"data_dir", p.data_dir},
        {"profiles_dir", p.profiles_dir},
        {"journal_dir", p.journal_dir},
        {"custom_foods_dir", p.custom_foods_dir},
        {"foods", p.foods},
        {"example_profiles", p.examples_dir},
        {"cache_dir", p.cache_dir.empty() ? nlohmann::json(nullptr) : nlohmann::json(p.cache_dir)},
        {"today", today.iso()}};
}

int run(Context& ctx, const po::variables_map&) {
    const DataPaths& p = ctx.paths();
    if (ctx.format() == Format::json) {
        ctx.print_json(paths_json(p, ctx.today()));
        return 0;
    }
    const auto line = [&](const char* what, const std::string& value) {
        ctx.out << fmt::format("{:<18}{}\n", what, value);
    };
    line("data directory", p.data_dir);
    line("  profiles", p.profiles_dir);
    line("  journals", p.journal_dir);
    line("  your foods", p.custom_foods_dir);
    line("food database", p.foods);
    line("example profiles", p.examples_dir.empty() ? "(none)" : p.examples_dir);
    line("cache", p.cache_dir.empty() ? "(off)" : p.cache_dir);
    line("today", ctx.today().iso());
    return 0;
}

}  // namespace

Command paths_command() {
    return {.name = "paths",
            .summary = "where mgcalc reads and writes, and the date it uses",
            .formats = {Format::text, Format::json},
            .add_options = options,
            .run = run};
}

}  // namespace mg::cli
