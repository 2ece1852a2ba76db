#include "cli/context.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <iostream>

#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "foods/food_db.hpp"
#include "foods/suggestion_pool.hpp"
#include "report/json_common.hpp"
#include "store/fs.hpp"

namespace mg::cli {

Context::Context(Environment env, std::istream& i, std::ostream& o, std::ostream& e)
    : in(i), out(o), err(e), env_(std::move(env)), today_(env_.today) {}

Context::~Context() = default;

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
        today_fixed_ = true;
    } else if (const std::string t = env_or(env_, "MGCALC_TODAY"); !t.empty()) {
        today_ = parse_date_option(t, "MGCALC_TODAY");
        today_fixed_ = true;
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
    ws_.emplace(app::WorkspaceOptions{.paths = paths_,
                                      .today = today_,
                                      .profile_arg = vm.count("profile")
                                                         ? vm["profile"].as<std::string>()
                                                         : env_or(env_, "MGCALC_PROFILE"),
                                      .standard = standard_});
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

app::Workspace& Context::workspace() {
    if (!ws_) throw std::logic_error("Context::workspace() before configure()");
    return *ws_;
}

const FoodDb& Context::foods() {
    check_needs(declared().foods, "the food database");
    return workspace().foods();
}

const SuggestionPool* Context::suggestion_pool() {
    check_needs(declared().foods, "the food database");
    return workspace().suggestion_pool();
}

const Profile& Context::profile() {
    check_needs(declared().profile || declared().journal, "a profile");
    return workspace().profile();
}

const std::string& Context::profile_name() {
    check_needs(declared().profile || declared().journal, "a profile");
    return workspace().profile_name();
}

const std::string& Context::profile_path() {
    check_needs(declared().profile || declared().journal, "a profile");
    return workspace().profile_path();
}

store::JournalStore Context::journal() {
    check_needs(declared().journal, "the journal");
    return workspace().journal();
}

Targets Context::targets() {
    return workspace().targets();
}

void Context::print_json(const nlohmann::json& j) const {
    out << json_document(j);
}

void Context::warn(const std::string& msg) const {
    err << "mgcalc: warning: " << msg << "\n";
}

std::string Context::profile_option() const {
    if (!profile_named()) return {};
    const std::string& name = ws_->options().profile_arg;
    const bool plain = std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' ||
               c == '/';
    });
    if (plain) return " --profile " + name;
    std::string quoted = " --profile \"";
    for (char c : name) {
        if (c == '"' || c == '\\' || c == '$' || c == '`') quoted += '\\';
        quoted += c;
    }
    return quoted + '"';
}

}  // namespace mg::cli
