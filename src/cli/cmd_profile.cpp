// profile init / show / list
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>

#include "app/profile_edit.hpp"
#include "cli/command.hpp"
#include "cli/context.hpp"
#include "cli/views.hpp"
#include "core/diagnostic.hpp"
#include "core/names.hpp"
#include "core/text.hpp"
#include "profile/vocabulary.hpp"
#include "store/fs.hpp"

namespace mg::cli {
namespace {

void init_options(po::options_description& o) {
    o.add_options()("name", po::value<std::string>()->value_name("NAME"),
                    "profile name (file name)")(
        "birthdate", po::value<std::string>()->value_name("YYYY-MM-DD"), "birthdate (preferred)")(
        "age", po::value<int>()->value_name("YEARS"), "age in years, when no birthdate")(
        "months", po::value<int>()->value_name("N"), "months beyond the years, for infants")(
        "sex", po::value<std::string>()->value_name("female|male"), "sex")("pregnant", "pregnant")(
        "lactating", "lactating (breastfeeding)")(
        "medicine", po::value<std::vector<std::string>>()->value_name("NAME"),
        "a medicine taken regularly (repeatable)")(
        "condition", po::value<std::vector<std::string>>()->value_name("ID"),
        "a health condition (repeatable): chronic-kidney-disease, type-2-diabetes, ...")(
        "exclude", po::value<std::vector<std::string>>()->value_name("TAG"),
        "a dietary exclusion (repeatable): tree-nut, peanut, fish, shellfish, dairy, ...")(
        "display-name", po::value<std::string>()->value_name("TEXT"), "name shown in reports")(
        "force", "overwrite an existing profile");
}

std::vector<std::string> many(const po::variables_map& vm, const char* key) {
    return vm.count(key) ? vm[key].as<std::vector<std::string>>() : std::vector<std::string>{};
}

// Asks one question until the answer passes `check` (which returns an error or "").
// End of input aborts: nothing is written.
std::string ask(Context& ctx, const std::string& question, const std::string& def,
                const std::function<std::string(const std::string&)>& check) {
    for (int attempt = 0; attempt < 5; ++attempt) {
        ctx.out << question << (def.empty() ? "" : " [" + def + "]") << ": " << std::flush;
        std::string line;
        if (!std::getline(ctx.in, line)) throw UsageError("input ended; no profile was written");
        std::string answer(trim(line));
        if (answer.empty()) answer = def;
        const std::string problem = check(answer);
        if (problem.empty()) return answer;
        ctx.out << "  " << problem << "\n";
    }
    throw UsageError("too many invalid answers; no profile was written");
}

std::vector<std::string> comma_list(const std::string& s) {
    std::vector<std::string> out;
    for (const auto& w : split_words(s, ","))
        if (!trim(w).empty() && to_lower(trim(w)) != "none") out.emplace_back(trim(w));
    return out;
}

// The first-run questions: the few facts a profile needs, with defaults and validation.
po::variables_map interview(Context& ctx, const po::variables_map& given) {
    po::variables_map vm = given;
    auto set = [&](const char* key, boost::any v) {
        vm.erase(key);
        vm.insert({key, po::variable_value(v, false)});
    };
    ctx.out << "Creating a profile. Press Enter to accept the [default].\n";
    if (!vm.count("name"))
        set("name", ask(ctx, "Profile name (lower-case, e.g. your first name)", "me",
                        [](const std::string& a) {
                            if (auto problem = name_problem(a)) return *problem;
                            return slugify(a) == a
                                       ? std::string()
                                       : std::string("use lower-case letters, digits and hyphens");
                        }));
    const std::string born =
        ask(ctx, "Birthdate (YYYY-MM-DD) or age in years", "", [&](const std::string& a) {
            if (Date::parse(a))
                return *Date::parse(a) <= ctx.today() ? std::string()
                                                      : std::string("that date is in the future");
            try {
                size_t pos = 0;
                const int n = std::stoi(a, &pos);
                if (pos == a.size() && n >= 0 && n <= 130) return std::string();
            } catch (const std::exception&) {
            }
            return std::string("give a date like 1975-04-02, or whole years from 0 to 130");
        });
    if (Date::parse(born))
        set("birthdate", born);
    else
        set("age", std::stoi(born));
    if (vm.count("age") && vm["age"].as<int>() == 0)
        set("months", std::stoi(ask(ctx, "Age in months (0-11)", "0", [](const std::string& a) {
                const bool ok = !a.empty() && a.size() <= 2 &&
                                std::all_of(a.begin(), a.end(), ::isdigit) && std::stoi(a) <= 11;
                return ok ? "" : "a whole number from 0 to 11";
            })));
    const std::string sex = ask(
        ctx, "Sex (female/male; the reference tables are by sex)", "",
        [](const std::string& a) { return parse_sex(to_lower(a)) ? "" : "answer female or male"; });
    set("sex", to_lower(sex));
    auto yes_no = [](const std::string& a) {
        const std::string l = to_lower(a);
        return l == "y" || l == "yes" || l == "n" || l == "no" ? "" : "answer y or n";
    };
    const Date birth =
        vm.count("birthdate") ? *Date::parse(vm["birthdate"].as<std::string>()) : Date();
    const int years = vm.count("age") ? vm["age"].as<int>() : age_on(birth, ctx.today()).years;
    if (*parse_sex(to_lower(sex)) == Sex::female && years >= 9) {
        if (to_lower(ask(ctx, "Pregnant? (y/n)", "n", yes_no))[0] == 'y')
            set("pregnant", std::string());
        else if (to_lower(ask(ctx, "Breastfeeding? (y/n)", "n", yes_no))[0] == 'y')
            set("lactating", std::string());
    }
    set("medicine", comma_list(ask(ctx, "Medicines you take regularly, comma-separated", "none",
                                   [](const std::string&) { return std::string(); })));
    set("condition",
        comma_list(ask(ctx,
                       "Conditions (ckd, type 2 diabetes, insulin resistance, crohns, coeliac, "
                       "bowel resection, alcohol dependence), comma-separated",
                       "none", [](const std::string& a) {
                           for (const auto& c : comma_list(a))
                               if (!canonical_condition(c)) return "unknown condition '" + c + "'";
                           return std::string();
                       })));
    set("exclude",
        comma_list(ask(ctx,
                       "Foods you avoid (" + join(known_exclusion_tags()) + "), comma-separated",
                       "none", [](const std::string& a) {
                           const auto& tags = known_exclusion_tags();
                           for (const auto& t : comma_list(a))
                               if (std::find(tags.begin(), tags.end(), slugify(t)) == tags.end())
                                   return "unknown: '" + t + "'";
                           return std::string();
                       })));
    return vm;
}

int init_run(Context& ctx, const po::variables_map& given) {
    const bool nothing_given =
        !given.count("sex") && !given.count("birthdate") && !given.count("age");
    if (nothing_given && !ctx.interactive())
        throw UsageError("profile init needs --sex and --birthdate (or --age)",
                         "run it in a terminal to be asked, or e.g. mgcalc profile init me "
                         "--birthdate 1975-04-02 --sex female");
    const po::variables_map vm = nothing_given ? interview(ctx, given) : given;
    if (!vm.count("name"))
        throw UsageError("profile init needs a NAME",
                         "mgcalc profile init maria --birthdate 1975-04-02 --sex female");
    const std::string name = vm["name"].as<std::string>();
    // Before anything else: the name becomes DATA/profiles/NAME.yaml.
    app::check_new_profile_name(name);
    auto text = [&](const char* key) {
        return vm.count(key) ? std::optional(vm[key].as<std::string>()) : std::nullopt;
    };
    auto whole = [&](const char* key) {
        return vm.count(key) ? std::optional(vm[key].as<int>()) : std::nullopt;
    };
    const Profile p = app::profile_from(name,
                                        {.display_name = text("display-name"),
                                         .sex = text("sex"),
                                         .birthdate = text("birthdate"),
                                         .age = whole("age"),
                                         .months = whole("months"),
                                         .pregnant = vm.count("pregnant") > 0,
                                         .lactating = vm.count("lactating") > 0,
                                         .medicines = many(vm, "medicine"),
                                         .conditions = many(vm, "condition"),
                                         .exclude = many(vm, "exclude")},
                                        ctx.today(), "--birthdate");
    const std::string path = app::write_profile(ctx.paths(), name, p, vm.count("force") > 0);
    const Targets t = targets_for(life_stage_query(p, ctx.today()),
                                  ctx.standard_override().value_or(Standard::iom));
    if (ctx.format() == Format::json) {
        nlohmann::json j{{"path", path}};
        j["profile"] = profile_json(p, ctx.today());
        j["targets"] = targets_json(t, !has_kidney_condition(p));
        ctx.print_json(j);
    } else {
        ctx.out << fmt::format("Created profile '{}' in {}\n", name, path);
        for (const auto& r : app::condition_readings(many(vm, "condition")))
            ctx.out << fmt::format("Condition {}\n", r);
        ctx.out << targets_text(t, has_kidney_condition(p));
    }
    return 0;
}

void show_options(po::options_description& o) {
    o.add_options()("name", po::value<std::string>()->value_name("NAME"),
                    "profile (default: the selected one)");
}

int show_run(Context& ctx, const po::variables_map& vm) {
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
        nlohmann::json j{{"path", ctx.profile_path()}};
        j["profile"] = profile_json(p, ctx.today());
        j["targets"] = targets_json(t, !has_kidney_condition(p));
        ctx.print_json(j);
        return 0;
    }
    std::string age = q.age_years == 0 ? fmt::format("{} months", q.age_months)
                                       : fmt::format("{} years", q.age_years);
    ctx.out << fmt::format("Profile:     {} ({})\n", p.name, ctx.profile_path());
    ctx.out << fmt::format("Age:         {}{}\n", age,
                           p.birthdate ? " (born " + p.birthdate->iso() + ")" : "");
    ctx.out << fmt::format("Sex:         {}{}{}\n", to_string(p.sex),
                           p.pregnant ? ", pregnant" : "", p.lactating ? ", lactating" : "");
    ctx.out << fmt::format("Medicines:   {}\n", p.medicines.empty() ? "none" : join(p.medicines));
    ctx.out << fmt::format("Conditions:  {}\n", p.conditions.empty() ? "none" : join(p.conditions));
    ctx.out << fmt::format("Excludes:    {}\n", p.exclude.empty() ? "nothing" : join(p.exclude));
    ctx.out << targets_text(t, has_kidney_condition(p));
    return 0;
}

void no_options(po::options_description&) {}

int list_run(Context& ctx, const po::variables_map&) {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& f : store::list_yaml(ctx.paths().profiles_dir))
        j.push_back({{"name", store::stem_of(f)}, {"path", f}, {"example", false}});
    for (const auto& f : store::list_yaml(ctx.paths().examples_dir))
        j.push_back({{"name", store::stem_of(f)}, {"path", f}, {"example", true}});
    if (ctx.format() == Format::json) {
        ctx.print_json({{"profiles", j}});
        return 0;
    }
    for (const auto& p : j)
        ctx.out << fmt::format("{:<20} {}{}\n", p["name"].get<std::string>(),
                               p["example"].get<bool>() ? "(example) " : "",
                               p["path"].get<std::string>());
    return 0;
}

}  // namespace

Command profile_init_command() {
    return {
        .name = "profile init",
        .summary = "create a profile in the data directory",
        .usage = "NAME --sex female|male (--birthdate YYYY-MM-DD | --age YEARS) [options]",
        .details =
            "Writes DATA/profiles/NAME.yaml (atomically; never half a file). Run in a terminal\n"
            "without --sex, --birthdate or --age, it asks for the facts it needs; elsewhere it\n"
            "never prompts.",
        .formats = {Format::text, Format::json},
        .positionals = {{.name = "name"}},
        .add_options = init_options,
        .run = init_run};
}
Command profile_show_command() {
    return {.name = "profile show",
            .summary = "show a profile with its life stage and targets",
            .usage = "[NAME]",
            .formats = {Format::text, Format::json},
            .positionals = {{.name = "name", .complete = Complete::profiles}},
            .needs = {.profile = true},
            .add_options = show_options,
            .run = show_run};
}
Command profile_list_command() {
    return {.name = "profile list",
            .summary = "list profiles (yours and the bundled examples)",
            .formats = {Format::text, Format::json},
            .add_options = no_options,
            .run = list_run};
}

}  // namespace mg::cli
