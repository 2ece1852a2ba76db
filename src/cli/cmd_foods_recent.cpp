// foods recent
#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/context.hpp"
#include "journal/reuse.hpp"

namespace mg::cli {
namespace {

void options(po::options_description& o) {
    o.add_options()("limit", po::value<int>()->value_name("N"), "at most N foods (default 20)");
}

int run(Context& ctx, const po::variables_map& vm) {
    const int limit = vm.count("limit") ? vm["limit"].as<int>() : 20;
    if (limit < 1) throw UsageError("--limit must be at least 1");
    const Date today = ctx.today();
    const Date first = today.plus_days(-(kRecentDays - 1));
    auto recent = recent_foods(ctx.journal().read_range(first, today), today);
    if (recent.size() > static_cast<size_t>(limit)) recent.resize(static_cast<size_t>(limit));
    if (ctx.format() == Format::json) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto& r : recent)
            j.push_back(
                {{"id", r.food_id}, {"name", r.name}, {"times", r.times}, {"last", r.last.iso()}});
        ctx.print_json({{"from", first.iso()}, {"to", today.iso()}, {"foods", j}});
        return 0;
    }
    if (recent.empty()) {
        ctx.out << fmt::format("No food logged from {} to {}.\n", first.iso(), today.iso());
        return 0;
    }
    for (const auto& r : recent)
        ctx.out << fmt::format("{:>3}x  {:<24} {:<36} last {}\n", r.times, r.food_id, r.name,
                               r.last.iso());
    return 0;
}

}  // namespace

Command foods_recent_command() {
    return {.name = "foods recent",
            .summary = "the foods you logged in the last four weeks, most often first",
            .usage = "[--limit N]",
            .details =
                "Counts the food entries of the last 28 days (today included); imported "
                "entries are\nleft out. Shell completion of 'log add' offers these foods "
                "first.",
            .formats = {Format::text, Format::json},
            .needs = {.journal = true},
            .add_options = options,
            .run = run};
}

}  // namespace mg::cli
