// check: intake against the reference, adequacy, flags and suggestions
#include <fmt/format.h>

#include <cmath>

#include "app/queries.hpp"
#include "cli/command.hpp"
#include "cli/context.hpp"
#include "cli/views.hpp"
#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "engine/check.hpp"
#include "report/weekly.hpp"

namespace mg::cli {

namespace {

void options(po::options_description& o) {
    o.add_options()("date", po::value<std::string>()->value_name("YYYY-MM-DD"),
                    "check one day (default today)")(
        "days", po::value<int>()->value_name("N"),
        "the mean of the last N days ending today (or --date)")(
        "strict", "exit 3 when there is a shortfall or a warning flag (for scripts)");
}

std::string days_line(const CheckResult& r) {
    std::vector<std::string> parts{
        fmt::format("{} food day{}", r.food_days, r.food_days == 1 ? "" : "s")};
    if (r.supplement_only_days)
        parts.push_back(
            fmt::format("{} with supplements only (not food days)", r.supplement_only_days));
    if (r.incomplete_days)
        parts.push_back(fmt::format("{} marked incomplete (left out)", r.incomplete_days));
    return join(parts, "; ");
}

void print_check_text(Context& ctx, const CheckResult& r, const Profile& p, const Targets& t,
                      Date from, Date to, int days) {
    auto& o = ctx.out;
    const char* dash = ctx.ascii() ? "-" : "\u2014";
    if (days == 1)
        o << fmt::format("Magnesium check for {} {} {}\n", p.name, dash, to.iso());
    else
        o << fmt::format("Magnesium check for {} {} last {} days ({} to {}), {} logged\n", p.name,
                         dash, days, from.iso(), to.iso(), r.days.size());
    const std::string ref = std::string(reference_name(t));
    if (r.days.empty()) {
        o << (days == 1 ? "  Nothing logged on this day.\n" : "  Nothing logged in these days.\n");
        o << "  Days without entries count as missing, not zero: log with 'mgcalc log add'.\n";
    } else {
        const std::string avg = days == 1 ? "" : " (mean per food day)";
        if (r.food_days > 0)
            o << fmt::format("  Food           {:>5} mg{}\n", format_mg(r.food_mean), avg);
        else
            o << "  Food               - (no food logged: adequacy cannot be judged)\n";
        o << fmt::format("  Supplements    {:>5} mg\n", format_mg(r.supplement_mean));
        if (!r.frames_shortfall() || r.food_days == 0)
            o << fmt::format("  Total          {:>5} mg\n", format_mg(r.total_mean));
        else
            o << fmt::format("  Total          {:>5} mg   {:.0f}% of the {} ({} mg)\n",
                             format_mg(r.total_mean), r.percent_rda, ref, format_mg(t.rda));
        if (r.frames_shortfall() && r.food_days > 0)
            o << fmt::format("  Shortfall      {:>5} mg\n", format_mg(r.shortfall));
        if (days > 1 || r.supplement_only_days || r.incomplete_days)
            o << "  Days           " << days_line(r) << "\n";
    }
    o << fmt::format("  Reference      {} {} mg, EAR {} ({}, {}){}\n", ref, format_mg(t.rda),
                     t.ear ? format_mg(*t.ear) + " mg" : "none", standard_label(t.standard),
                     t.life_stage,
                     r.ckd ? fmt::format("\n                 {}", reference_caveat()) : "");
    o << fmt::format("  Upper limit    {}{}\n",
                     t.ul_supplemental
                         ? format_mg(*t.ul_supplemental) + " mg/day, supplements and medicines only"
                         : std::string(no_upper_limit_words(t)),
                     r.ckd && t.ul_supplemental
                         ? "\n                 " + wrap(upper_limit_caveat(), 80, 17, 17)
                         : "");
    const Adequacy& a = r.adequacy;
    o << "\nAdequacy\n";
    o << "  " << wrap(adequacy_summary(a), 80, 2, 2) << "\n";
    for (const auto& n : {sd_summary(a), a.note, day_total_caveat(r)})
        if (!n.empty()) o << "  " << wrap(n, 80, 2, 2) << "\n";
    for (const auto& n : t.notes) o << "  " << wrap("note: " + n, 80, 2, 2) << "\n";
    o << flags_and_suggestions_text(r, ctx.ascii(), days == 1 ? "" : "/day");
}

int run(Context& ctx, const po::variables_map& vm) {
    const Date to = vm.count("date")
                        ? parse_date_option(vm["date"].as<std::string>(), "--date", ctx.today())
                        : ctx.today();
    int days = 1;
    if (vm.count("days")) {
        days = vm["days"].as<int>();
        if (days < 1 || days > 366) throw UsageError("--days must be between 1 and 366");
    }
    const Date from = to.plus_days(1 - days);
    const Profile& p = ctx.profile();
    const Targets t = ctx.targets();
    const CheckResult r = app::check_days(ctx.workspace(), to, days);
    const int code = vm.count("strict") && (r.shortfall > Magnesium() || r.has_warning())
                         ? static_cast<int>(ExitCode::strict)
                         : 0;
    if (ctx.format() == Format::json) {
        ctx.print_json(app::check_json(r, p, to));
        return code;
    }
    print_check_text(ctx, r, p, t, from, to, days);
    return code;
}

}  // namespace

Command check_command() {
    const char* details =
        "Adequacy follows the IOM method (docs/methods.md): z = (mean - EAR) / SD over the days\n"
        "that have entries; days without entries are missing, not zero. Supplemental magnesium\n"
        "is compared with the UL; food never counts towards it.";
    return {.name = "check",
            .summary = "intake vs the RDA, adequacy, risk flags, foods to eat",
            .usage = "[--date D | --days N] [--strict]",
            .details = details,
            .formats = {Format::text, Format::json},
            .needs = {.foods = true, .journal = true},
            .add_options = options,
            .run = run};
}

}  // namespace mg::cli
