// import cronometer / import cronometer-daily / import mgcalc
#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/context.hpp"
#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "journal/cronometer.hpp"
#include "journal/interchange.hpp"
#include "store/fs.hpp"
#include "store/import_merge.hpp"

namespace mg::cli {
namespace {

constexpr size_t kShown = 5;  // line numbers listed per skip reason without --verbose

void common_options(po::options_description& o, const char* what) {
    o.add_options()("file", po::value<std::string>()->value_name("FILE"), what)(
        "dry-run", "show what would be imported; write nothing")(
        "skip-bad", "import the valid rows even when some rows are malformed")(
        "verbose", "list every skipped line, not only the first five per reason");
}

void supplement_group_option(po::options_description& o) {
    o.add_options()("supplement-group",
                    po::value<std::vector<std::string>>()->value_name("NAME")->composing(),
                    "a diary group or category whose rows are supplements, besides "
                    "'Supplements' (repeatable)");
}
void cronometer_options(po::options_description& o) {
    common_options(o, "Cronometer servings.csv export");
    supplement_group_option(o);
}
void daily_options(po::options_description& o) {
    common_options(o, "Cronometer dailysummary.csv export");
    supplement_group_option(o);
}
void mgcalc_options(po::options_description& o) {
    common_options(o, "a file written by 'mgcalc export csv' or 'mgcalc export json'");
}

// "lines 3, 5, 8, 9, 12 and 3441 more", or all of them with --verbose.
std::string some(const std::vector<std::string>& items, bool verbose) {
    if (verbose || items.size() <= kShown) return join(items);
    const std::vector<std::string> head(items.begin(), items.begin() + kShown);
    return fmt::format("{} and {} more", join(head), items.size() - kShown);
}

std::vector<std::string> words(const std::vector<int>& lines) {
    std::vector<std::string> out;
    for (int l : lines) out.push_back(std::to_string(l));
    return out;
}
std::vector<std::string> words(const std::vector<Date>& dates) {
    std::vector<std::string> out;
    for (Date d : dates) out.push_back(d.iso());
    return out;
}
std::string counted(size_t n, const char* one, const char* many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

nlohmann::json summary_json(const ImportRows& in, const store::MergeResult& r, bool dry_run) {
    return {{"dry_run", dry_run},
            {"rows", in.rows},
            {"imported", r.added()},
            {"foods", r.foods},
            {"supplements", r.supplements},
            {"day_totals", r.totals},
            {"day_marks", r.marks},
            {"already_present", r.already_present},
            {"skipped_malformed", in.malformed.size()},
            {"skipped_no_magnesium", in.no_magnesium.size()},
            {"reclassified", {{"to_supplement", r.to_supplement}, {"to_food", r.to_food}}},
            {"day_totals_differ", words(r.totals_differ)},
            {"completed_marks_differ", words(r.marks_differ)},
            {"day_totals_beside_supplements", words(r.totals_beside_supplements)},
            {"day_totals_no_energy", words(in.no_energy)},
            {"skipped",
             {{in.by_entry ? "malformed_entries" : "malformed", in.malformed},
              {"no_magnesium", in.no_magnesium},
              {"nothing_logged", in.empty_days},
              {"days_with_servings", words(r.totals_skipped)}}},
            {"replaced_day_totals", words(r.totals_replaced)}};
}

// What the merge did besides adding: replacements, reclassifications, totals kept beside
// supplements, totals that differ, and what day totals cannot tell.
std::string merge_notes(const ImportRows& in, const store::MergeResult& r, bool verbose) {
    std::string s;
    auto note = [&](const std::vector<Date>& dates, const std::string& what) {
        if (!dates.empty()) s += fmt::format("  {}: {}\n", what, some(words(dates), verbose));
    };
    note(r.totals_replaced,
         fmt::format("replaced {} by the servings of the day",
                     counted(r.totals_replaced.size(), "day total", "day totals")));
    if (r.to_supplement)
        s += fmt::format("  {} reclassified as supplements\n",
                         counted(r.to_supplement, "entry", "entries"));
    if (r.to_food)
        s += fmt::format("  {} reclassified as food\n", counted(r.to_food, "entry", "entries"));
    note(r.totals_beside_supplements,
         fmt::format("kept {} beside supplements logged in mgcalc (both count)",
                     counted(r.totals_beside_supplements.size(), "day total", "day totals")));
    note(r.marks_differ, fmt::format("{} from the journal (kept the journal's)",
                                     counted(r.marks_differ.size(), "Completed mark differs",
                                             "Completed marks differ")));
    note(r.totals_differ,
         fmt::format("{} from the journal (kept the journal's)",
                     counted(r.totals_differ.size(), "day total differs", "day totals differ")));
    if (!in.no_energy.empty())
        s += fmt::format("  no energy logged: magnesium may come from supplements or water ({})\n",
                         some(words(in.no_energy), verbose));
    if (r.totals > 0 && in.unsplit_totals)
        s += "  day totals may include supplements: adequacy may be overstated, and supplements "
             "on those days cannot be checked against the upper limit\n";
    return s;
}

// --dry-run: the rows read as supplements, and which column said so.
std::string supplement_rows_text(const ImportRows& in, bool verbose) {
    if (in.supplement_rows.empty()) return {};
    std::string s = "  read as supplements:\n";
    for (size_t i = 0; i < in.supplement_rows.size(); ++i) {
        if (!verbose && i == kShown * 2) {
            s += fmt::format("    and {} more (--verbose lists all)\n",
                             in.supplement_rows.size() - i);
            break;
        }
        const auto& c = in.supplement_rows[i];
        s += fmt::format("    line {}: {} ({})\n", c.line, c.name, c.by);
    }
    return s;
}

std::string summary_text(const std::string& path, const ImportRows& in, const store::MergeResult& r,
                         bool dry_run, bool verbose) {
    std::vector<std::string> kinds;
    if (r.foods) kinds.push_back(counted(r.foods, "food", "foods"));
    if (r.supplements) kinds.push_back(counted(r.supplements, "supplement", "supplements"));
    if (r.totals) kinds.push_back(counted(r.totals, "day total", "day totals"));
    if (r.marks) kinds.push_back(counted(r.marks, "day mark", "day marks"));
    std::string s =
        fmt::format("{} {} from {} ({} read){}; {} already in the journal.\n",
                    dry_run ? "Would import" : "Imported", counted(r.added(), "entry", "entries"),
                    path, counted(in.rows, "row", "rows"), kinds.empty() ? "" : ": " + join(kinds),
                    r.already_present);
    // "  skipped 3 malformed rows: lines 3, 4, 5": the count, why, and where.
    auto skip = [&](const std::vector<std::string>& items, const char* one, const char* many,
                    bool lines) {
        if (items.empty()) return;
        s += fmt::format("  skipped {}: {}{}\n", counted(items.size(), one, many),
                         lines ? (items.size() == 1 ? "line " : "lines ") : "",
                         some(items, verbose));
    };
    skip(words(in.no_magnesium), "row with no magnesium value (unknown, not zero)",
         "rows with no magnesium value (unknown, not zero)", true);
    if (in.by_entry && !in.malformed.empty())
        s += fmt::format("  skipped {}: {}\n",
                         counted(in.malformed.size(), "malformed entry", "malformed entries"),
                         (in.malformed.size() == 1 ? "entry " : "entries ") +
                             some(words(in.malformed), verbose));
    else
        skip(words(in.malformed), "malformed row", "malformed rows", true);
    skip(words(in.empty_days), "day with nothing logged", "days with nothing logged", true);
    skip(words(r.totals_skipped), "day total of a day with servings (servings win)",
         "day totals of days with servings (servings win)", false);
    s += merge_notes(in, r, verbose);
    return s;
}

CronometerOptions groups(const po::variables_map& vm) {
    CronometerOptions o;
    if (vm.count("supplement-group"))
        for (const auto& g : vm["supplement-group"].as<std::vector<std::string>>())
            o.supplement_groups.push_back(g);
    return o;
}

enum class Source { cronometer, cronometer_daily, mgcalc };

int run_import(Context& ctx, const po::variables_map& vm, Source source) {
    const char* names[] = {"cronometer servings.csv", "cronometer-daily dailysummary.csv",
                           "mgcalc export.json"};
    if (!vm.count("file"))
        throw UsageError("import needs a FILE",
                         fmt::format("mgcalc import {}", names[static_cast<int>(source)]));
    const std::string path = vm["file"].as<std::string>();
    const std::string text = store::read_required(path, "import file");
    ImportRows in;
    if (source == Source::cronometer) {
        in = parse_cronometer(path, text, groups(vm));
    } else if (source == Source::cronometer_daily) {
        in = parse_cronometer_daily(path, text, groups(vm));
    } else {
        in = parse_mgcalc_export(path, text);
    }
    const bool skip_bad = vm.count("skip-bad") > 0, dry_run = vm.count("dry-run") > 0;
    const bool verbose = vm.count("verbose") > 0;
    if (!in.errors.empty() && (!skip_bad || in.entries.empty())) {
        throw InputError(
            in.errors, {.line = 0,
                        .column = 0,
                        .message = "nothing was imported",
                        // --skip-bad helps only when some rows are good.
                        .hint = skip_bad || in.entries.empty()
                                    ? ""
                                    : "fix the rows, or add --skip-bad to import the valid ones"});
    }
    for (size_t i = 0; i < in.errors.size() && (verbose || i < kShown); ++i)
        ctx.warn("skipped " + format_diagnostic(in.errors[i]));
    const store::MergeRules rules{.servings_win = source != Source::mgcalc,
                                  .keep_ids = source == Source::mgcalc};
    store::MergeResult result;
    auto apply = [&](store::JournalStore::Months& months) {
        result = store::merge_import(months, in.entries, ctx.now_utc(), rules, in.not_completed);
    };
    if (dry_run) {
        store::JournalStore::Months months;
        for (auto& e : ctx.journal().read_all()) months[store::month_of(e.date)].push_back(e);
        apply(months);
    } else {
        ctx.targets();  // a valid profile before writing
        ctx.journal().modify(apply);
    }
    if (ctx.format() == Format::json)
        ctx.print_json(summary_json(in, result, dry_run));
    else
        ctx.out << summary_text(path, in, result, dry_run, verbose)
                << (dry_run ? supplement_rows_text(in, verbose) : "");
    return 0;
}

int cronometer_run(Context& ctx, const po::variables_map& vm) {
    return run_import(ctx, vm, Source::cronometer);
}
int daily_run(Context& ctx, const po::variables_map& vm) {
    return run_import(ctx, vm, Source::cronometer_daily);
}
int mgcalc_run(Context& ctx, const po::variables_map& vm) {
    return run_import(ctx, vm, Source::mgcalc);
}

}  // namespace

Command import_cronometer_command() {
    const char* details =
        "Takes each row's 'Magnesium (mg)' as the recorded value, keeping the day and the diary\n"
        "group as the meal. Rows whose Group or Category is 'Supplements' (or a name given with\n"
        "--supplement-group) become supplement entries. Re-importing the same file adds nothing\n"
        "twice. Rows with an empty magnesium cell are unknown, not zero, and are reported rather\n"
        "than imported. Unless --skip-bad is given, one malformed row means nothing is written.";
    return {.name = "import cronometer",
            .summary = "import a Cronometer servings.csv export",
            .usage = "FILE [--supplement-group NAME]... [--dry-run] [--skip-bad] [--verbose]",
            .details = details,
            .formats = {Format::text, Format::json},
            .positionals = {{.name = "file", .complete = Complete::files}},
            .needs = {.journal = true},
            .add_options = cronometer_options,
            .run = cronometer_run};
}

Command import_cronometer_daily_command() {
    const char* details =
        "For days whose servings are not exported: each day becomes one day total (kind total),\n"
        "counted as food. A day that already has food or supplement entries keeps them and\n"
        "gets no total (servings win); a later servings import replaces a day's total.\n"
        "'Completed' true marks the day complete (as 'mgcalc log day --complete').";
    return {.name = "import cronometer-daily",
            .summary = "import a Cronometer dailysummary.csv export (day totals)",
            .usage = "FILE [--dry-run] [--skip-bad] [--verbose]",
            .details = details,
            .formats = {Format::text, Format::json},
            .positionals = {{.name = "file", .complete = Complete::files}},
            .needs = {.journal = true},
            .add_options = daily_options,
            .run = daily_run};
}

Command import_mgcalc_command() {
    const char* details =
        "Reads back a file written by 'mgcalc export csv' or 'mgcalc export json': every entry\n"
        "with its id, magnesium at stored precision, note, import key and logging time.\n"
        "Entries already in the journal are not added twice.";
    return {.name = "import mgcalc",
            .summary = "import an mgcalc export (CSV or JSON)",
            .usage = "FILE [--dry-run] [--skip-bad] [--verbose]",
            .details = details,
            .formats = {Format::text, Format::json},
            .positionals = {{.name = "file", .complete = Complete::files}},
            .needs = {.journal = true},
            .add_options = mgcalc_options,
            .run = mgcalc_run};
}

}  // namespace mg::cli
