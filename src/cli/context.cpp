#include "cli/context.hpp"

#include <fmt/format.h>

#include <iostream>

#include "core/diagnostic.hpp"
#include "core/names.hpp"
#include "core/text.hpp"
#include "foods/food_db.hpp"
#include "foods/food_loader.hpp"
#include "foods/pool_loader.hpp"
#include "foods/suggestion_pool.hpp"
#include "report/json_common.hpp"
#include "store/fs.hpp"

namespace mg::cli {

Context::Context(Environment env, std::istream& i, std::ostream& o, std::ostream& e)
    : in(i), out(o), err(e), env_(std::move(env)), today_(env_.today) {}

Context::~Context() = default;

Date parse_date_option(const std::string& value, const std::string& option) {
    if (auto d = Date::parse(value)) return *d;
    throw InputError::plain(fmt::format("{} '{}' is not a date", option, value),
                            "write dates as YYYY-MM-DD, e.g. 2026-03-14");
}

Date parse_date_option(const std::string& value, const std::string& option, Date today) {
    if (auto d = parse_date_word(value, today)) return *d;
    throw InputError::plain(fmt::format("{} '{}' is not a date", option, value),
                            std::string(kDateWordRule));
}

namespace {
std::string env_or(const Environment& env, const std::string& key) {
    auto it = env.vars.find(key);
    return it == env.vars.end() ? std::string() : it->second;
}

std::string find_data_dir(const Environment& env, const po::variables_map& vm) {
    if (vm.count("data-dir")) return vm["data-dir"].as<std::string>();
    if (const std::string h = env_or(env, "MGCALC_HOME"); !h.empty()) return h;
    if (const std::string x = env_or(env, "XDG_DATA_HOME"); !x.empty()) return x + "/mgcalc";
    if (const std::string home = env_or(env, "HOME"); !home.empty())
        return home + "/.local/share/mgcalc";
    throw UsageError("cannot find a data directory: HOME is not set",
                     "give --data-dir DIR or set MGCALC_HOME");
}

std::string find_foods(const Environment& env, const po::variables_map& vm) {
    if (vm.count("foods")) {
        const std::string foods = vm["foods"].as<std::string>();
        if (!store::exists(foods))
            throw UsageError(fmt::format("--foods {}: no such file or directory", foods));
        return foods;
    }
    if (const std::string f = env_or(env, "MGCALC_FOODS"); !f.empty()) return f;
    // Installed layout first (PREFIX/bin + PREFIX/share/mgcalc), then a build directory
    // inside the repository, then the source tree this binary was built from.
    for (const std::string& c : {env.exe_dir + "/../share/mgcalc/foods", env.exe_dir + "/../foods",
                                 std::string(MGCALC_SOURCE_FOODS)})
        if (store::is_directory(c)) return store::canonical(c);
    throw UsageError("cannot find the food database", "give --foods PATH");
}

std::string find_cache_dir(const Environment& env) {
    if (!env_or(env, "MGCALC_NO_CACHE").empty()) return {};
    if (const std::string c = env_or(env, "MGCALC_CACHE_DIR"); !c.empty()) return c;
    if (const std::string x = env_or(env, "XDG_CACHE_HOME"); !x.empty()) return x + "/mgcalc";
    if (const std::string h = env_or(env, "HOME"); !h.empty()) return h + "/.cache/mgcalc";
    return {};
}

std::string find_examples_dir(const Environment& env) {
    for (const std::string& c : {env.exe_dir + "/../share/mgcalc/profiles",
                                 env.exe_dir + "/../profiles", std::string(MGCALC_SOURCE_PROFILES)})
        if (store::is_directory(c)) return store::canonical(c);
    return {};
}

// Where everything is, in the order its errors are reported: data directory, then foods.
DataPaths resolve_paths(const Environment& env, const po::variables_map& vm) {
    DataPaths paths = DataPaths::under(find_data_dir(env, vm));
    paths.foods = find_foods(env, vm);
    paths.examples_dir = find_examples_dir(env);
    paths.cache_dir = find_cache_dir(env);
    return paths;
}
}  // namespace

void Context::configure(const boost::program_options::variables_map& vm) {
    if (vm.count("today")) {
        today_ = parse_date_option(vm["today"].as<std::string>(), "--today");
    } else if (const std::string t = env_or(env_, "MGCALC_TODAY"); !t.empty()) {
        today_ = parse_date_option(t, "MGCALC_TODAY");
    }
    if (vm.count("standard")) {
        const std::string s = vm["standard"].as<std::string>();
        standard_ = parse_standard(to_lower(s));
        if (!standard_)
            throw UsageError(fmt::format("unknown standard '{}'", s),
                             "one of: " + join(standard_names()));
    }
    color_ = env_.stdout_is_tty && !vm.count("no-color") && env_or(env_, "NO_COLOR").empty() &&
             env_or(env_, "TERM") != "dumb";
    ascii_ = vm.count("ascii") > 0;
    paths_ = resolve_paths(env_, vm);
    if (vm.count("profile"))
        profile_arg_ = vm["profile"].as<std::string>();
    else
        profile_arg_ = env_or(env_, "MGCALC_PROFILE");
}

void Context::start(const Command& cmd, Format format) {
    command_ = &cmd;
    format_ = format;
}

void Context::check_needs(bool declared, const char* what) const {
    if (!declared)
        throw std::logic_error(fmt::format(
            "'{}' uses {} but its command table entry does not declare it", command_->name, what));
}

const FoodDb& Context::foods() {
    check_needs(declared().foods, "the food database");
    if (!foods_)
        foods_ =
            std::make_unique<FoodDb>(load_food_db(FoodSources{.foods_path = paths_.foods,
                                                              .custom_dir = paths_.custom_foods_dir,
                                                              .cache_dir = paths_.cache_dir}));
    return *foods_;
}

const SuggestionPool* Context::suggestion_pool() {
    check_needs(declared().foods, "the food database");
    if (pool_loaded_) return pool_.get();
    const std::string dir =
        store::is_directory(paths_.foods) ? paths_.foods : store::dir_of(paths_.foods);
    const std::string path = dir + "/source/suggestions.yaml";
    pool_loaded_ = true;
    std::optional<SuggestionPool> loaded = load_suggestion_pool(path, paths_.cache_dir);
    if (!loaded) return nullptr;
    SuggestionPool pool = std::move(*loaded);
    if (auto errors = check_suggestion_pool(pool, foods()); !errors.empty()) {
        errors.push_back({.file = {},
                          .line = 0,
                          .column = 0,
                          .message = "the suggestion pool has errors; mgcalc will not suggest "
                                     "from it",
                          .source_line = {},
                          .hint = "fix the lines above (docs/food-data.md#the-suggestion-pool)"});
        throw InputError(errors);
    }
    pool_ = std::make_unique<SuggestionPool>(std::move(pool));
    return pool_.get();
}

void Context::resolve_profile() {
    std::string path;
    std::string arg = profile_arg_;
    const std::string& dir = paths_.profiles_dir;
    if (arg.empty()) {
        const auto found = store::list_yaml(dir);
        if (found.empty())
            throw UsageError("no profile yet",
                             "create one with 'mgcalc profile init NAME --birthdate YYYY-MM-DD "
                             "--sex female|male', or pass --profile FILE (examples in profiles/)");
        if (found.size() > 1) {
            std::vector<std::string> names;
            for (const auto& f : found) names.push_back(store::stem_of(f));
            throw UsageError("several profiles: choose one with --profile NAME",
                             "profiles: " + join(names));
        }
        path = found.front();
    } else if (arg.find('/') != std::string::npos || arg.ends_with(".yaml")) {
        path = arg;
    } else {
        // A name, not a path: it must stay a file name inside DATA/profiles.
        if (auto problem = name_problem(arg))
            throw UsageError("profile name " + *problem, std::string(kNameRule));
        path = paths_.profile_file(arg);
        if (!store::exists(path)) {
            // Fall back to the bundled examples so that `--profile maria` works out of the box.
            const std::string ex = paths_.examples_dir + "/" + arg + ".yaml";
            if (!paths_.examples_dir.empty() && store::exists(ex)) {
                path = ex;
            } else {
                std::vector<std::string> names;
                for (const auto& f : store::list_yaml(dir)) names.push_back(store::stem_of(f));
                for (const auto& f : store::list_yaml(paths_.examples_dir))
                    names.push_back(store::stem_of(f));
                std::string hint = did_you_mean(closest(arg, names, 3));
                throw InputError::plain(fmt::format("no profile named '{}'", arg),
                                        hint.empty() ? "see 'mgcalc profile list'" : hint);
            }
        }
    }
    const std::string text = store::read_required(path, "profile");
    profile_ = parse_profile(path, text, today_);
    profile_path_ = path;
    profile_name_ = store::stem_of(path);
}

const Profile& Context::profile() {
    check_needs(declared().profile || declared().journal, "a profile");
    if (!profile_) resolve_profile();
    return *profile_;
}

const std::string& Context::profile_name() {
    check_needs(declared().profile || declared().journal, "a profile");
    if (!profile_) resolve_profile();
    return profile_name_;
}

const std::string& Context::profile_path() {
    check_needs(declared().profile || declared().journal, "a profile");
    if (!profile_) resolve_profile();
    return profile_path_;
}

store::JournalStore Context::journal() {
    check_needs(declared().journal, "the journal");
    // A profile given as a file names its journal folder after the file: "...yaml" would
    // give "..", the data directory itself.
    if (auto problem = name_problem(profile_name()))
        throw UsageError(fmt::format("the journal folder is named after the profile file {}, "
                                     "and that name {}",
                                     profile_path(), *problem),
                         "rename the profile file; " + std::string(kNameRule));
    return store::JournalStore(paths_.journal_of(profile_name()));
}

Targets Context::targets() {
    const Profile& p = profile();
    return targets_for(life_stage_query(p, today_),
                       standard_.value_or(p.standard.value_or(Standard::iom)));
}

void Context::print_json(const nlohmann::json& j) const {
    out << json_document(j);
}

void Context::warn(const std::string& msg) const {
    err << "mgcalc: warning: " << msg << "\n";
}

}  // namespace mg::cli
