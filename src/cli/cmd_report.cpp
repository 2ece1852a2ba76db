// report week: the weekly report in five formats from one model
#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "app/queries.hpp"
#include "cli/command.hpp"
#include "cli/context.hpp"
#include "core/diagnostic.hpp"
#include "report/weekly.hpp"
#include "store/fs.hpp"

namespace mg::cli {
namespace {

void options(po::options_description& o) {
    o.add_options()("week", po::value<std::string>()->value_name("YYYY-Www"),
                    "an ISO week, Monday to Sunday, e.g. 2026-W10")(
        "ending", po::value<std::string>()->value_name("YYYY-MM-DD"),
        "the seven days ending on this day")("output", po::value<std::string>()->value_name("FILE"),
                                             "write to FILE (atomically) instead of stdout");
}

Date parse_week(const std::string& s, int& year, int& week) {
    // "2026-W10" (also "2026W10", "2026-w10")
    std::string t = s;
    t.erase(std::remove(t.begin(), t.end(), '-'), t.end());
    const auto w = t.find_first_of("Ww");
    bool ok = w == 4 && t.size() >= 6 && t.size() <= 7;
    if (ok) {
        auto [p1, e1] = std::from_chars(t.data(), t.data() + 4, year);
        auto [p2, e2] = std::from_chars(t.data() + 5, t.data() + t.size(), week);
        ok = e1 == std::errc() && e2 == std::errc() && p1 == t.data() + 4 &&
             p2 == t.data() + t.size();
    }
    const auto monday = ok ? Date::from_iso_week(year, week) : std::nullopt;
    if (!monday)
        throw InputError::plain(fmt::format("--week '{}' is not an ISO week", s),
                                "write it as YYYY-Www, e.g. 2026-W10");
    return *monday;
}

int run(Context& ctx, const po::variables_map& vm) {
    if (vm.count("week") && vm.count("ending"))
        throw UsageError("give --week or --ending, not both");
    Date start;
    std::string label;
    if (vm.count("week")) {
        int y = 0, w = 0;
        start = parse_week(vm["week"].as<std::string>(), y, w);
        label = fmt::format("{:04}-W{:02}", y, w);
    } else {
        const Date end = vm.count("ending") ? parse_date_option(vm["ending"].as<std::string>(),
                                                                "--ending", ctx.today())
                                            : ctx.today();
        start = end.plus_days(-6);
        label = "7 days ending " + end.iso();
    }
    const WeeklyReport r = app::week_report(ctx.workspace(), start, label);
    std::string out;
    switch (ctx.format()) {
        case Format::text:
            out = render_text(r, {ctx.color() && !vm.count("output"), ctx.ascii()});
            break;
        case Format::markdown:
            out = render_markdown(r);
            break;
        case Format::html:
            out = render_html(r);
            break;
        case Format::json:
            out = render_json(r);
            break;
        case Format::csv:
            out = render_csv(r);
            break;
    }
    if (vm.count("output")) {
        store::write_atomic(vm["output"].as<std::string>(), out);
        ctx.err << fmt::format("mgcalc: wrote {}\n", vm["output"].as<std::string>());
    } else {
        ctx.out << out;
    }
    return 0;
}

}  // namespace

Command report_week_command() {
    const char* details =
        "Default: the seven days ending today (today included). Days without entries are shown\n"
        "as 'not logged', never as zero. --output writes atomically (never half a file).";
    return {.name = "report week",
            .summary = "weekly report: text, markdown, html, json, csv",
            .usage = "[--week YYYY-Www | --ending D] [--format FMT] [--output FILE]",
            .details = details,
            .formats = {Format::text, Format::json, Format::markdown, Format::html, Format::csv},
            .needs = {.foods = true, .journal = true},
            .add_options = options,
            .run = run};
}

}  // namespace mg::cli
