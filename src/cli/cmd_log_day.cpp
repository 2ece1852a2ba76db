// log day: mark a day as completely logged, or not (Cronometer's "Completed" day flag)
#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/context.hpp"
#include "cli/views.hpp"
#include "core/diagnostic.hpp"

namespace mg::cli {
namespace {

void options(po::options_description& o) {
    o.add_options()("date", po::value<std::string>()->value_name("YYYY-MM-DD"),
                    "the day to mark (default today)")("complete",
                                                       "everything eaten that day is logged")(
        "incomplete", "only part of what was eaten that day is logged")("clear",
                                                                        "remove the day's mark");
}

// The mark the flags ask for; exactly one of the three flags must be given.
std::optional<bool> requested_mark(const po::variables_map& vm) {
    const int given =
        static_cast<int>(vm.count("complete") + vm.count("incomplete") + vm.count("clear"));
    if (given != 1)
        throw UsageError(given == 0 ? "log day needs --complete, --incomplete or --clear"
                                    : "give only one of --complete, --incomplete and --clear",
                         "mgcalc log day --date 2026-03-03 --incomplete");
    if (vm.count("clear")) return std::nullopt;
    return vm.count("complete") > 0;
}

void print(Context& ctx, const JournalEntry& e, std::optional<bool> in_force) {
    if (ctx.format() == Format::json) {
        ctx.print_json({{"entry", entry_json(e)},
                        {"day", {{"date", e.date.iso()}, {"complete", complete_json(in_force)}}}});
        return;
    }
    const std::string date = e.date.iso();
    if (!e.complete)
        ctx.out << fmt::format("cleared the mark of {} (entry {})\n", date, e.id);
    else if (*e.complete)
        ctx.out << fmt::format("marked {} complete (entry {})\n", date, e.id);
    else
        ctx.out << fmt::format(
            "marked {} incomplete (entry {}): check leaves its food out of adequacy\n", date, e.id);
}

int run(Context& ctx, const po::variables_map& vm) {
    const std::optional<bool> mark = requested_mark(vm);
    JournalEntry e;
    e.kind = EntryKind::day;
    e.date = vm.count("date")
                 ? parse_date_option(vm["date"].as<std::string>(), "--date", ctx.today())
                 : ctx.today();
    e.complete = mark;
    e.added = ctx.now_utc();
    ctx.targets();  // validate the profile before writing anything
    DayTallies day;
    auto store = ctx.journal();
    // Appended like any entry: the last mark of a day wins, and log rm / log undo take it back.
    e = store.append({e}, &day).front();
    print(ctx, e, day.at(e.date).mark());
    return 0;
}

}  // namespace

Command log_day_command() {
    return {
        .name = "log day",
        .summary = "mark a day as completely logged, or not",
        .usage = "--complete | --incomplete | --clear [--date D]",
        .details =
            "As Cronometer's \"Completed\" flag: --complete says everything eaten that day is\n"
            "logged; --incomplete says it is not, and check leaves that day's food out of the\n"
            "adequacy assessment (a half-logged day would look like a shortfall). --clear removes\n"
            "the mark. Each mark is a journal entry: a day's last mark counts, and 'mgcalc log rm\n"
            "ID' or 'mgcalc log undo' takes one back. 'mgcalc log show' shows the marks.",
        .formats = {Format::text, Format::json},
        .needs = {.journal = true},
        .add_options = options,
        .run = run};
}

}  // namespace mg::cli
