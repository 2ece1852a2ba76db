#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/context.hpp"
#include "cli/views.hpp"
#include "core/diagnostic.hpp"

namespace mg::cli {
namespace {

void options(po::options_description& o) {
    o.add_options()("age", po::value<int>()->value_name("YEARS"), "age in completed years")(
        "months", po::value<int>()->value_name("N"), "completed months, for infants (age 0)")(
        "sex", po::value<std::string>()->value_name("female|male"), "sex")("pregnant", "pregnant")(
        "lactating", "lactating (breastfeeding)");
}

int run(Context& ctx, const po::variables_map& vm) {
    Targets t;
    bool caveat = false;  // --age/--sex describe no profile, so no condition of one
    if (vm.count("age") || vm.count("sex") || vm.count("months")) {
        if (!vm.count("sex")) throw UsageError("--sex is required with --age", "--sex female|male");
        if (!vm.count("age") && !vm.count("months"))
            throw UsageError("--age is required with --sex",
                             "--age YEARS (and --months N for infants)");
        LifeStageQuery q;
        const std::string sex = vm["sex"].as<std::string>();
        auto s = parse_sex(sex);
        if (!s) throw InputError::plain(fmt::format("unknown sex '{}'", sex), "use female or male");
        q.sex = *s;
        q.age_years = vm.count("age") ? vm["age"].as<int>() : 0;
        q.age_months = vm.count("months") ? vm["months"].as<int>() : 0;
        if (q.age_years > 0 && vm.count("months"))
            throw UsageError("--months is only for infants (--age 0)");
        q.pregnant = vm.count("pregnant") > 0;
        q.lactating = vm.count("lactating") > 0;
        t = targets_for(q, ctx.standard_override().value_or(Standard::iom));
    } else {
        if (vm.count("pregnant") || vm.count("lactating"))
            throw UsageError("--pregnant/--lactating go with --age and --sex");
        t = ctx.targets();
        caveat = has_kidney_condition(ctx.profile());
    }
    if (ctx.format() == Format::json) {
        ctx.print_json(targets_json(t, !caveat));
    } else {
        ctx.out << targets_text(t, caveat);
    }
    return 0;
}

}  // namespace

Command rda_command() {
    return {.name = "rda",
            .summary = "reference intakes (RDA or AI, EAR, UL) for a person",
            .usage = "[--age YEARS [--months N] --sex female|male [--pregnant|--lactating]]",
            .details =
                "Without --age/--sex, answers for the selected profile. --standard chooses the\n"
                "reference system (iom, efsa, dach or d-a-ch, nnr); only the IOM sets an EAR.",
            .formats = {Format::text, Format::json},
            .needs = {.profile = true},
            .add_options = options,
            .run = run};
}

}  // namespace mg::cli
