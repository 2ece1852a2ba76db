// import cronometer / export csv
#include <fmt/format.h>

#include <set>

#include "cli/command.hpp"
#include "cli/context.hpp"
#include "cli/views.hpp"
#include "core/csv.hpp"
#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "journal/cronometer.hpp"
#include "store/fs.hpp"

namespace mg::cli {
namespace {

void import_options(po::options_description& o) {
    o.add_options()("file", po::value<std::string>()->value_name("FILE"),
                    "Cronometer servings.csv export")("dry-run",
                                                      "show what would be imported; write nothing")(
        "skip-bad", "import the valid rows even when some rows are malformed");
}

int import_run(Context& ctx, const po::variables_map& vm) {
    if (!vm.count("file"))
        throw UsageError("import cronometer needs a FILE", "mgcalc import cronometer servings.csv");
    const std::string path = vm["file"].as<std::string>();
    CronometerImport in = parse_cronometer(path, store::read_required(path, "import file"));
    const bool skip_bad = vm.count("skip-bad") > 0;
    if (!in.errors.empty() && (!skip_bad || in.entries.empty())) {
        in.errors.push_back(
            {.line = 0,
             .column = 0,
             .message = "nothing was imported",
             .hint = skip_bad ? "" : "fix the rows, or add --skip-bad to import the valid ones"});
        throw InputError(in.errors);
    }
    for (const auto& d : in.errors) ctx.warn("skipped " + format_diagnostic(d));
    int added = 0, duplicates = 0;
    auto apply = [&](store::JournalStore::Months& months) {
        std::set<std::string> keys;
        for (const auto& [m, v] : months)
            for (const auto& e : v)
                if (!e.import_key.empty()) keys.insert(e.import_key);
        for (auto e : in.entries) {
            if (!keys.insert(e.import_key).second) {
                ++duplicates;
                continue;
            }
            auto& month = months[store::month_of(e.date)];
            e.id = next_entry_id(month, e.date);
            e.added = ctx.now_utc();
            month.push_back(e);
            ++added;
        }
    };
    if (vm.count("dry-run")) {
        auto months = store::JournalStore::Months{};
        for (auto& e : ctx.journal().read_all()) months[store::month_of(e.date)].push_back(e);
        apply(months);
    } else {
        ctx.targets();  // a valid profile before writing
        ctx.journal().modify(apply);
    }
    if (ctx.format() == Format::json) {
        ctx.print_json({{"dry_run", vm.count("dry-run") > 0},
                        {"imported", added},
                        {"already_present", duplicates},
                        {"skipped_malformed", in.errors.size()},
                        {"skipped_no_magnesium", in.no_magnesium.size()}});
        return 0;
    }
    ctx.out << fmt::format("{} {} {} from {}; {} already in the journal",
                           vm.count("dry-run") ? "Would import" : "Imported", added,
                           added == 1 ? "entry" : "entries", path, duplicates);
    if (!in.errors.empty()) ctx.out << fmt::format("; {} malformed rows skipped", in.errors.size());
    ctx.out << ".\n";
    if (!in.no_magnesium.empty()) {
        std::vector<std::string> lines;
        for (int l : in.no_magnesium) lines.push_back(std::to_string(l));
        ctx.out << fmt::format(
            "{} {} no magnesium value (unknown, not zero) and {} not imported: line{} {}.\n",
            lines.size(), lines.size() == 1 ? "row has" : "rows have",
            lines.size() == 1 ? "was" : "were", lines.size() == 1 ? "" : "s", join(lines));
    }
    return 0;
}

void export_options(po::options_description& o) {
    o.add_options()("from", po::value<std::string>()->value_name("YYYY-MM-DD"),
                    "first day (default: the first entry)")(
        "to", po::value<std::string>()->value_name("YYYY-MM-DD"),
        "last day (default: the last entry)")("output",
                                              po::value<std::string>()->value_name("FILE"),
                                              "write to FILE (atomically) instead of stdout");
}

int export_run(Context& ctx, const po::variables_map& vm) {
    const bool has_from = vm.count("from") > 0, has_to = vm.count("to") > 0;
    const Date from = has_from ? parse_date_option(vm["from"].as<std::string>(), "--from") : Date();
    const Date to = has_to ? parse_date_option(vm["to"].as<std::string>(), "--to") : Date();
    if (has_from && has_to && to < from) throw UsageError("--to is before --from");
    auto entries =
        has_from && has_to ? ctx.journal().read_range(from, to) : ctx.journal().read_all();
    std::string out = "id,date,meal,kind,name,food_id,amount,grams,magnesium_mg,form,units,note\n";
    for (const auto& e : entries) {
        // Rows are intake; day marks stay in the journal (docs/file-formats.md#journal).
        if ((has_from && e.date < from) || (has_to && e.date > to) || e.kind == EntryKind::day)
            continue;
        // Plain appends: ten years of entries make formatting the hot part of this command.
        const bool food = e.kind == EntryKind::food;
        for (const std::string& field :
             {e.id, e.date.iso(), csv_field(e.meal), std::string(food ? "food" : "supplement"),
              csv_field(e.name), csv_field(e.food_id), csv_field(e.amount),
              food && e.food_mg > 0 ? format_grams(e.food_mg) : std::string(),
              format_mg_1(e.magnesium), csv_field(e.form),
              food ? std::string() : std::to_string(e.units)}) {
            out += field;
            out += ',';
        }
        out += csv_field(e.note);
        out += '\n';
    }
    if (vm.count("output"))
        store::write_atomic(vm["output"].as<std::string>(), out);
    else
        ctx.out << out;
    return 0;
}

}  // namespace

Command import_cronometer_command() {
    const char* details =
        "Takes each row's 'Magnesium (mg)' as the recorded value, keeping the day and the diary\n"
        "group as the meal. Re-importing the same file adds nothing twice. Rows with an empty\n"
        "magnesium cell are unknown, not zero, and are reported rather than imported. Unless\n"
        "--skip-bad is given, one malformed row means nothing is written.";
    return {.name = "import cronometer",
            .summary = "import a Cronometer servings.csv export",
            .usage = "FILE [--dry-run] [--skip-bad]",
            .details = details,
            .formats = {Format::text, Format::json},
            .positionals = {{.name = "file", .complete = Complete::files}},
            .needs = {.journal = true},
            .add_options = import_options,
            .run = import_run};
}

Command export_csv_command() {
    return {.name = "export csv",
            .summary = "write journal entries as CSV",
            .usage = "[--from D --to D] [--output FILE]",
            .formats = {Format::csv},
            .needs = {.journal = true},
            .add_options = export_options,
            .run = export_run};
}

}  // namespace mg::cli
