// export csv / export json
#include <fmt/format.h>

#include <set>

#include "cli/command.hpp"
#include "cli/context.hpp"
#include "cli/views.hpp"
#include "core/csv.hpp"
#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "journal/interchange.hpp"
#include "report/json_common.hpp"
#include "store/fs.hpp"

namespace mg::cli {
namespace {

void export_options(po::options_description& o) {
    o.add_options()("from", po::value<std::string>()->value_name("YYYY-MM-DD"),
                    "first day (default: the first entry)")(
        "to", po::value<std::string>()->value_name("YYYY-MM-DD"),
        "last day (default: the last entry)")("output",
                                              po::value<std::string>()->value_name("FILE"),
                                              "write to FILE (atomically) instead of stdout");
}

// The entries between --from and --to (inclusive; either may be left out).
std::vector<JournalEntry> selected(Context& ctx, const po::variables_map& vm) {
    const bool has_from = vm.count("from") > 0, has_to = vm.count("to") > 0;
    const Date from =
        has_from ? parse_date_option(vm["from"].as<std::string>(), "--from", ctx.today()) : Date();
    const Date to =
        has_to ? parse_date_option(vm["to"].as<std::string>(), "--to", ctx.today()) : Date();
    if (has_from && has_to && to < from) throw UsageError("--to is before --from");
    auto entries =
        has_from && has_to ? ctx.journal().read_range(from, to) : ctx.journal().read_all();
    std::erase_if(entries, [&](const JournalEntry& e) {
        return (has_from && e.date < from) || (has_to && e.date > to);
    });
    return entries;
}

void write_out(Context& ctx, const po::variables_map& vm, std::span<const std::string> parts) {
    if (vm.count("output")) {
        const std::vector<std::string_view> views(parts.begin(), parts.end());
        store::write_atomic(vm["output"].as<std::string>(), views, store::Sync::durable);
    } else {
        for (const auto& p : parts) ctx.out << p;
    }
}
void write_out(Context& ctx, const po::variables_map& vm, const std::string& text) {
    write_out(ctx, vm, std::span<const std::string>(&text, 1));
}

int export_csv_run(Context& ctx, const po::variables_map& vm) {
    // The whole journal a month at a time, so that years of it are never all in memory
    // (docs/performance.md); a range, or a hand-edited file with an entry outside its
    // month, goes through the whole-journal read.
    if (!vm.count("from") && !vm.count("to"))
        if (auto text = ctx.journal().map_months(export_csv_header(), append_csv_lines)) {
            write_out(ctx, vm, *text);
            return 0;
        }
    write_out(ctx, vm, export_csv(selected(ctx, vm)));
    return 0;
}

int export_json_run(Context& ctx, const po::variables_map& vm) {
    nlohmann::json j = export_json(selected(ctx, vm));
    j["schema_version"] = kJsonSchemaVersion;
    write_out(ctx, vm, j.dump(2) + "\n");
    return 0;
}

}  // namespace

Command export_csv_command() {
    return {.name = "export csv",
            .summary = "write journal entries as CSV",
            .usage = "[--from D --to D] [--output FILE]",
            .formats = {Format::csv},
            .needs = {.journal = true},
            .add_options = export_options,
            .run = export_csv_run};
}

Command export_json_command() {
    return {.name = "export json",
            .summary = "write journal entries as JSON, every field at stored precision",
            .usage = "[--from D --to D] [--output FILE]",
            .formats = {Format::json},
            .needs = {.journal = true},
            .add_options = export_options,
            .run = export_json_run};
}

}  // namespace mg::cli
