#include "app/workspace.hpp"

#include <fmt/format.h>

#include "core/diagnostic.hpp"
#include "core/names.hpp"
#include "core/text.hpp"
#include "foods/food_db.hpp"
#include "foods/food_loader.hpp"
#include "foods/pool_loader.hpp"
#include "foods/suggestion_pool.hpp"
#include "store/fs.hpp"

namespace mg::app {

Workspace::Workspace(WorkspaceOptions o, std::shared_ptr<const FoodDb> foods)
    : opts_(std::move(o)), foods_(std::move(foods)) {}
Workspace::~Workspace() = default;
Workspace::Workspace(Workspace&&) noexcept = default;
Workspace& Workspace::operator=(Workspace&&) noexcept = default;

std::shared_ptr<const FoodDb> Workspace::shared_foods() {
    if (!foods_)
        foods_ = std::make_shared<const FoodDb>(
            load_food_db(FoodSources{.foods_path = opts_.paths.foods,
                                     .custom_dir = opts_.paths.custom_foods_dir,
                                     .cache_dir = opts_.paths.cache_dir}));
    return foods_;
}

const FoodDb& Workspace::foods() {
    return *shared_foods();
}

const SuggestionPool* Workspace::suggestion_pool() {
    if (pool_loaded_) return pool_.get();
    const DataPaths& p = opts_.paths;
    const std::string dir = store::is_directory(p.foods) ? p.foods : store::dir_of(p.foods);
    const std::string path = dir + "/source/suggestions.yaml";
    pool_loaded_ = true;
    std::optional<SuggestionPool> loaded = load_suggestion_pool(path, p.cache_dir);
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

namespace {
std::vector<std::string> stems(const std::string& dir) {
    std::vector<std::string> names;
    for (const auto& f : store::list_yaml(dir)) names.push_back(store::stem_of(f));
    return names;
}

// The file of a profile given by name: DATA/profiles/NAME.yaml, else a bundled example.
std::string named_profile_path(const DataPaths& paths, const std::string& arg) {
    // A name, not a path: it must stay a file name inside DATA/profiles.
    if (auto problem = name_problem(arg))
        throw UsageError("profile name " + *problem, std::string(kNameRule));
    const std::string path = paths.profile_file(arg);
    if (store::exists(path)) return path;
    // Fall back to the bundled examples so that `--profile maria` works out of the box.
    const std::string ex = paths.examples_dir + "/" + arg + ".yaml";
    if (!paths.examples_dir.empty() && store::exists(ex)) return ex;
    std::vector<std::string> names = stems(paths.profiles_dir);
    for (const auto& n : stems(paths.examples_dir)) names.push_back(n);
    std::string hint = did_you_mean(closest(arg, names, 3));
    throw InputError::plain(fmt::format("no profile named '{}'", arg),
                            hint.empty() ? "see 'mgcalc profile list'" : hint)
        .in_form_words("", hint.empty() ? "the Profiles page lists them" : hint);
}
}  // namespace

std::vector<std::string> profile_names(const DataPaths& paths) {
    return stems(paths.profiles_dir);
}

void Workspace::resolve_profile() {
    std::string path;
    const std::string& arg = opts_.profile_arg;
    const std::string& dir = opts_.paths.profiles_dir;
    if (arg.empty()) {
        const auto found = store::list_yaml(dir);
        if (found.empty())
            throw UsageError("no profile yet",
                             "create one with 'mgcalc profile init NAME --birthdate YYYY-MM-DD "
                             "--sex female|male', or pass --profile FILE (examples in profiles/)")
                .in_form_words("", "create one with 'mgcalc profile init' in a terminal");
        if (found.size() > 1) {
            std::vector<std::string> names;
            for (const auto& f : found) names.push_back(store::stem_of(f));
            throw UsageError("several profiles: choose one with --profile NAME",
                             "profiles: " + join(names))
                .in_form_words("several profiles: choose one on the Profiles page",
                               "profiles: " + join(names));
        }
        path = found.front();
    } else if (arg.find('/') != std::string::npos || arg.ends_with(".yaml")) {
        path = arg;
    } else {
        path = named_profile_path(opts_.paths, arg);
    }
    const std::string text = store::read_required(path, "profile");
    profile_ = opts_.profile_memo ? opts_.profile_memo->parse(path, text, opts_.today)
                                  : parse_profile(path, text, opts_.today);
    profile_path_ = path;
    profile_name_ = store::stem_of(path);
}

const Profile& Workspace::profile() {
    if (!profile_) resolve_profile();
    return *profile_;
}

const std::string& Workspace::profile_name() {
    if (!profile_) resolve_profile();
    return profile_name_;
}

const std::string& Workspace::profile_path() {
    if (!profile_) resolve_profile();
    return profile_path_;
}

store::JournalStore Workspace::journal() {
    // A profile given as a file names its journal folder after the file: "...yaml" would
    // give "..", the data directory itself.
    if (auto problem = name_problem(profile_name()))
        throw UsageError(fmt::format("the journal folder is named after the profile file {}, "
                                     "and that name {}",
                                     profile_path(), *problem),
                         "rename the profile file; " + std::string(kNameRule));
    return store::JournalStore(opts_.paths.journal_of(profile_name()), opts_.group_commit);
}

Targets Workspace::targets() {
    const Profile& p = profile();
    return targets_for(life_stage_query(p, opts_.today),
                       opts_.standard.value_or(p.standard.value_or(Standard::iom)));
}

}  // namespace mg::app
