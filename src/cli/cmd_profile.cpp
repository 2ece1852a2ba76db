// profile init / show / list
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "cli/command.hpp"
#include "cli/context.hpp"
#include "cli/views.hpp"
#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "profile/vocabulary.hpp"
#include "store/fs.hpp"

namespace mg::cli {
namespace {

void init_options(po::options_description& o, po::positional_options_description& p) {
    o.add_options()
        ("name", po::value<std::string>()->value_name("NAME"), "profile name (file name)")
        ("birthdate", po::value<std::string>()->value_name("YYYY-MM-DD"), "birthdate (preferred)")
        ("age", po::value<int>()->value_name("YEARS"), "age in years, when no birthdate")
        ("months", po::value<int>()->value_name("N"), "months beyond the years, for infants")
        ("sex", po::value<std::string>()->value_name("female|male"), "sex")
        ("pregnant", "pregnant")
        ("lactating", "lactating (breastfeeding)")
        ("medicine", po::value<std::vector<std::string>>()->value_name("NAME"),
         "a medicine taken regularly (repeatable)")
        ("condition", po::value<std::vector<std::string>>()->value_name("ID"),
         "a health condition (repeatable): chronic-kidney-disease, type-2-diabetes, ...")
        ("exclude", po::value<std::vector<std::string>>()->value_name("TAG"),
         "a dietary exclusion (repeatable): tree-nut, peanut, fish, shellfish, dairy, ...")
        ("display-name", po::value<std::string>()->value_name("TEXT"), "name shown in reports")
        ("force", "overwrite an existing profile");
    p.add("name", 1);
}

std::vector<std::string> many(const po::variables_map& vm, const char* key) {
    return vm.count(key) ? vm[key].as<std::vector<std::string>>() : std::vector<std::string>{};
}

int init_run(Context& ctx, const po::variables_map& vm) {
    ctx.require_format({Format::text, Format::json}, "profile init");
    if (!vm.count("name")) throw UsageError("profile init needs a NAME", "mgcalc profile init maria --birthdate 1975-04-02 --sex female");
    const std::string name = vm["name"].as<std::string>();
    if (name.empty() || slugify(name) != name || name.size() > 64)
        throw UsageError(fmt::format("profile name '{}' must be lower-case letters, digits and hyphens", name),
                         fmt::format("try '{}'", slugify(name)));
    if (!vm.count("sex")) throw UsageError("--sex is required", "--sex female|male");
    Profile p;
    p.name = vm.count("display-name") ? vm["display-name"].as<std::string>() : name;
    const auto sex = parse_sex(vm["sex"].as<std::string>());
    if (!sex) throw InputError::plain(fmt::format("unknown sex '{}'", vm["sex"].as<std::string>()), "use female or male");
    p.sex = *sex;
    if (vm.count("birthdate")) p.birthdate = parse_date_option(vm["birthdate"].as<std::string>(), "--birthdate");
    if (vm.count("age")) p.age_years = vm["age"].as<int>();
    if (vm.count("months")) p.age_months = vm["months"].as<int>();
    if (p.birthdate && p.age_years) throw UsageError("give --birthdate or --age, not both");
    p.pregnant = vm.count("pregnant") > 0;
    p.lactating = vm.count("lactating") > 0;
    p.medicines = many(vm, "medicine");
    std::vector<Diagnostic> errors;
    for (const auto& c : many(vm, "condition")) {
        if (auto id = canonical_condition(c)) {
            p.conditions.push_back(*id);
        } else {
            std::vector<std::string> ids;
            for (const auto& k : known_conditions()) ids.push_back(k.id);
            errors.push_back({{}, 0, 0, fmt::format("unknown condition '{}'", c), {},
                              hint_with(did_you_mean(closest(slugify(c), ids, 4)), "known: " + join(ids))});
        }
    }
    for (const auto& t : many(vm, "exclude")) {
        const auto& tags = known_exclusion_tags();
        if (std::find(tags.begin(), tags.end(), slugify(t)) != tags.end())
            p.exclude.push_back(slugify(t));
        else
            errors.push_back({{}, 0, 0, fmt::format("unknown exclusion tag '{}'", t), {},
                              hint_with(did_you_mean(closest(slugify(t), tags, 3)), "known: " + join(tags))});
    }
    if (!errors.empty()) throw InputError(errors);
    validate_profile(p, ctx.today());
    const std::string dir = ctx.data_dir() + "/profiles";
    const std::string path = dir + "/" + name + ".yaml";
    if (store::exists(path) && !vm.count("force"))
        throw InputError::plain(fmt::format("profile '{}' already exists ({})", name, path),
                                "add --force to replace it");
    store::make_dirs(dir);
    store::write_atomic(path, serialize_profile(p));
    const Targets t = targets_for(life_stage_query(p, ctx.today()), ctx.standard_override().value_or(Standard::iom));
    if (ctx.format() == Format::json) {
        nlohmann::json j{{"schema_version", kJsonSchemaVersion}, {"path", path}};
        j["profile"] = profile_json(p, ctx.today());
        j["targets"] = targets_json(t);
        ctx.print_json(j);
    } else {
        ctx.out << fmt::format("Created profile '{}' in {}\n", name, path) << targets_text(t);
    }
    return 0;
}

void show_options(po::options_description& o, po::positional_options_description& p) {
    o.add_options()("name", po::value<std::string>()->value_name("NAME"), "profile (default: the selected one)");
    p.add("name", 1);
}

int show_run(Context& ctx, const po::variables_map& vm) {
    ctx.require_format({Format::text, Format::json}, "profile show");
    if (vm.count("name") && vm.count("profile"))
        throw UsageError("give the profile either as NAME or with --profile, not both");
    if (vm.count("name")) {
        po::variables_map copy = vm;
        // Reuse the --profile resolution for the positional name.
        copy.erase("profile");
        copy.insert({"profile", po::variable_value(vm["name"].as<std::string>(), false)});
        ctx.configure(copy);
    }
    const Profile& p = ctx.profile();
    const Targets t = ctx.targets();
    const LifeStageQuery q = life_stage_query(p, ctx.today());
    if (ctx.format() == Format::json) {
        nlohmann::json j{{"schema_version", kJsonSchemaVersion}, {"path", ctx.profile_path()}};
        j["profile"] = profile_json(p, ctx.today());
        j["targets"] = targets_json(t);
        ctx.print_json(j);
        return 0;
    }
    std::string age = q.age_years == 0 ? fmt::format("{} months", q.age_months)
                                       : fmt::format("{} years", q.age_years);
    ctx.out << fmt::format("Profile:     {} ({})\n", p.name, ctx.profile_path());
    ctx.out << fmt::format("Age:         {}{}\n", age,
                           p.birthdate ? " (born " + p.birthdate->iso() + ")" : "");
    ctx.out << fmt::format("Sex:         {}{}{}\n", to_string(p.sex), p.pregnant ? ", pregnant" : "",
                           p.lactating ? ", lactating" : "");
    ctx.out << fmt::format("Medicines:   {}\n", p.medicines.empty() ? "none" : join(p.medicines));
    ctx.out << fmt::format("Conditions:  {}\n", p.conditions.empty() ? "none" : join(p.conditions));
    ctx.out << fmt::format("Excludes:    {}\n", p.exclude.empty() ? "nothing" : join(p.exclude));
    ctx.out << targets_text(t);
    return 0;
}

void no_options(po::options_description&, po::positional_options_description&) {}

int list_run(Context& ctx, const po::variables_map&) {
    ctx.require_format({Format::text, Format::json}, "profile list");
    nlohmann::json j = nlohmann::json::array();
    for (const auto& f : store::list_yaml(ctx.data_dir() + "/profiles"))
        j.push_back({{"name", store::stem_of(f)}, {"path", f}, {"example", false}});
    for (const auto& f : store::list_yaml(ctx.examples_dir()))
        j.push_back({{"name", store::stem_of(f)}, {"path", f}, {"example", true}});
    if (ctx.format() == Format::json) {
        ctx.print_json({{"schema_version", kJsonSchemaVersion}, {"profiles", j}});
        return 0;
    }
    for (const auto& p : j)
        ctx.out << fmt::format("{:<20} {}{}\n", p["name"].get<std::string>(),
                               p["example"].get<bool>() ? "(example) " : "", p["path"].get<std::string>());
    return 0;
}

}  // namespace

Command profile_init_command() {
    return {"profile init", "create a profile in the data directory",
            "NAME --sex female|male (--birthdate YYYY-MM-DD | --age YEARS) [options]",
            "Writes DATA/profiles/NAME.yaml (atomically; never half a file).", init_options, init_run};
}
Command profile_show_command() {
    return {"profile show", "show a profile with its life stage and targets", "[NAME]", "",
            show_options, show_run};
}
Command profile_list_command() {
    return {"profile list", "list profiles (yours and the bundled examples)", "", "", no_options,
            list_run};
}

}  // namespace mg::cli
