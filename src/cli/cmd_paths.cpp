// paths: where mgcalc reads and writes, and why (which option or variable chose it)
#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/context.hpp"
#include "cli/views.hpp"

namespace mg::cli {
namespace {

void options(po::options_description&) {}

int run(Context& ctx, const po::variables_map&) {
    const nlohmann::json j{{"data_dir", ctx.data_dir()},
                           {"profiles_dir", ctx.data_dir() + "/profiles"},
                           {"journal_dir", ctx.data_dir() + "/journal"},
                           {"custom_foods_dir", ctx.data_dir() + "/foods"},
                           {"foods", ctx.foods_path()},
                           {"example_profiles", ctx.examples_dir()},
                           {"cache_dir", ctx.cache_dir().empty() ? nlohmann::json(nullptr)
                                                                 : nlohmann::json(ctx.cache_dir())},
                           {"today", ctx.today().iso()}};
    if (ctx.format() == Format::json) {
        ctx.print_json(j);
        return 0;
    }
    ctx.out << fmt::format("data directory    {}\n", ctx.data_dir());
    ctx.out << fmt::format("food database     {}\n", ctx.foods_path());
    ctx.out << fmt::format("example profiles  {}\n",
                           ctx.examples_dir().empty() ? "(none)" : ctx.examples_dir());
    ctx.out << fmt::format("cache             {}\n",
                           ctx.cache_dir().empty() ? "(off)" : ctx.cache_dir());
    ctx.out << fmt::format("today             {}\n", ctx.today().iso());
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
