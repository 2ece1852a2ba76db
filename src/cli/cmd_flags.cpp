// flags: the documented risk-factor rules
#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/context.hpp"
#include "cli/views.hpp"
#include "engine/flags.hpp"

namespace mg::cli {
namespace {

void options(po::options_description&) {}

int run(Context& ctx, const po::variables_map&) {
    if (ctx.format() == Format::json) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto& r : flag_rules()) {
            nlohmann::json rule = {{"id", r.id},         {"severity", to_string(r.severity)},
                                   {"title", r.title},   {"explanation", r.explanation},
                                   {"action", r.action}, {"evidence", r.evidence},
                                   {"source", r.source}};
            if (!r.action_with_ckd.empty()) rule["action_with_ckd"] = r.action_with_ckd;
            if (!r.explanation_with_ckd.empty())
                rule["explanation_with_ckd"] = r.explanation_with_ckd;
            j.push_back(std::move(rule));
        }
        ctx.print_json({{"flags", j}});
        return 0;
    }
    for (const auto& r : flag_rules())
        ctx.out << fmt::format("{:<30} {:<8} {}\n", r.id, to_string(r.severity), r.title);
    ctx.out << "\nEach rule, its evidence and sources: docs/flags.md\n";
    return 0;
}

}  // namespace

Command flags_command() {
    return {.name = "flags",
            .summary = "list the risk-factor rules check can raise",
            .formats = {Format::text, Format::json},
            .add_options = options,
            .run = run};
}

}  // namespace mg::cli
