// check: intake against the reference, adequacy, flags and suggestions
#include <fmt/format.h>

#include <cmath>

#include "cli/command.hpp"
#include "cli/context.hpp"
#include "cli/views.hpp"
#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "engine/check.hpp"
#include "report/weekly.hpp"

namespace mg::cli {

namespace {

void options(po::options_description& o, po::positional_options_description&) {
    o.add_options()("date", po::value<std::string>()->value_name("YYYY-MM-DD"),
                    "check one day (default today)")(
        "days", po::value<int>()->value_name("N"),
        "the mean of the last N days ending today (or --date)")(
        "strict", "exit 3 when there is a shortfall or a warning flag (for scripts)");
}

int run(Context& ctx, const po::variables_map& vm) {
    ctx.require_format({Format::text, Format::json}, "check");
    const Date to =
        vm.count("date") ? parse_date_option(vm["date"].as<std::string>(), "--date") : ctx.today();
    int days = 1;
    if (vm.count("days")) {
        days = vm["days"].as<int>();
        if (days < 1 || days > 366) throw UsageError("--days must be between 1 and 366");
    }
    const Date from = to.plus_days(1 - days);
    const Profile& p = ctx.profile();
    const Targets t = ctx.targets();
    // Four weeks before the window tell which foods the user already eats.
    const auto entries = ctx.journal().read_range(from.plus_days(-28), to);
    const CheckResult r = run_check(p, t, entries, ctx.foods(), from, to, ctx.today());
    const int code = vm.count("strict") && (r.shortfall > Magnesium() || r.has_warning())
                         ? static_cast<int>(ExitCode::strict)
                         : 0;
    if (ctx.format() == Format::json) {
        nlohmann::json j{
            {"schema_version", kJsonSchemaVersion},
            {"profile", p.name},
            {"date", to.iso()},
            {"from", from.iso()},
            {"days", days},
            {"days_logged", r.days.size()},
            {"food_mg", mg_json(r.food_mean)},
            {"supplement_mg", mg_json(r.supplement_mean)},
            {"total_mg", mg_json(r.total_mean)},
            {"percent_rda", r.days.empty() ? nlohmann::json(nullptr)
                                           : nlohmann::json(std::round(r.percent_rda * 10) / 10)},
            {"shortfall_mg", r.days.empty() ? nlohmann::json(nullptr) : mg_json(r.shortfall)},
            {"adequacy", adequacy_json(r.adequacy)}};
        put_reference(j, t);
        j["daily"] = nlohmann::json::array();
        for (const auto& d : r.days)
            j["daily"].push_back({{"date", d.date.iso()},
                                  {"food_mg", mg_json(d.food)},
                                  {"supplement_mg", mg_json(d.supplement)},
                                  {"total_mg", mg_json(d.total())}});
        j["flags"] = nlohmann::json::array();
        for (const auto& f : r.flags) j["flags"].push_back(finding_json(f));
        j["suggestions"] = nlohmann::json::array();
        for (const auto& s : r.suggestions) j["suggestions"].push_back(suggestion_json(s));
        ctx.print_json(j);
        return code;
    }
    auto& o = ctx.out;
    const char* dash = ctx.ascii() ? "-" : "\u2014";
    if (days == 1)
        o << fmt::format("Magnesium check for {} {} {}\n", p.name, dash, to.iso());
    else
        o << fmt::format("Magnesium check for {} {} last {} days ({} to {}), {} logged\n", p.name,
                         dash, days, from.iso(), to.iso(), r.days.size());
    if (r.days.empty()) {
        o << (days == 1 ? "  Nothing logged on this day.\n" : "  Nothing logged in these days.\n");
        o << "  Days without entries count as missing, not zero: log with 'mgcalc log add'.\n";
    } else {
        const std::string avg = days == 1 ? "" : " (mean per logged day)";
        const std::string ref = t.is_ai ? "AI" : "RDA";
        o << fmt::format("  Food           {:>5} mg{}\n", format_mg(r.food_mean), avg);
        o << fmt::format("  Supplements    {:>5} mg\n", format_mg(r.supplement_mean));
        o << fmt::format("  Total          {:>5} mg   {:.0f}% of the {} ({} mg)\n",
                         format_mg(r.total_mean), r.percent_rda, ref, format_mg(t.rda));
        o << fmt::format("  Shortfall      {:>5} mg\n", format_mg(r.shortfall));
    }
    o << fmt::format("  Reference      {} {} mg, EAR {} ({}, {})\n", t.is_ai ? "AI" : "RDA",
                     format_mg(t.rda), t.ear ? format_mg(*t.ear) + " mg" : "none",
                     to_string(t.standard), t.life_stage);
    o << fmt::format("  Upper limit    {}\n",
                     t.ul_supplemental
                         ? format_mg(*t.ul_supplemental) + " mg/day, supplements and medicines only"
                         : "none set");
    const Adequacy& a = r.adequacy;
    o << "\nAdequacy\n";
    if (a.assessed) {
        o << fmt::format("  {}: {:.0f}% probability that usual intake is {}\n", a.verdict,
                         *a.probability * 100, a.method == "ai" ? "above the AI" : "adequate");
        o << fmt::format("  (z = {:.2f} over {} logged day{}{})\n", *a.z, a.days_used,
                         a.days_used == 1 ? "" : "s",
                         a.method == "ear" && a.days_used < 7 ? "; more days make it firmer" : "");
    } else {
        o << "  " << a.verdict << "\n";
    }
    if (!a.note.empty()) o << "  " << wrap(a.note, 80, 2, 2) << "\n";
    for (const auto& n : t.notes) o << "  " << wrap("note: " + n, 80, 2, 2) << "\n";
    o << flags_and_suggestions_text(r, ctx.ascii(), days == 1 ? "" : "/day");
    return code;
}

}  // namespace

Command check_command() {
    return {
        "check",
        "intake vs the RDA, adequacy, risk flags, foods to eat",
        "[--date D | --days N] [--strict]",
        "Adequacy follows the IOM method (docs/methods.md): z = (mean - EAR) / SD over the days\n"
        "that have entries; days without entries are missing, not zero. Supplemental magnesium\n"
        "is compared with the UL; food never counts towards it.",
        options,
        run};
}

}  // namespace mg::cli
