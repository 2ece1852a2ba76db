#pragma once
#include <memory>
#include <optional>
#include <string>

#include "app/data_paths.hpp"
#include "app/profile_memo.hpp"
#include "core/date.hpp"
#include "dri/dri.hpp"
#include "profile/profile.hpp"
#include "store/journal_store.hpp"

namespace mg {
class FoodDb;
struct SuggestionPool;
}  // namespace mg

namespace mg::app {

/// What a Workspace reads: where the files are, the date taken as today, the profile asked
/// for (a name, a file, or "" for the only one) and an optional standard override.
struct WorkspaceOptions {
    DataPaths paths{};
    Date today{};
    std::string profile_arg{};
    std::optional<Standard> standard{};
    /// Shared by the threads of one process (the web app) so that their journal appends are
    /// committed together (store/group_commit.hpp); it must outlive the Workspace. nullptr:
    /// each append is a batch of its own (the CLI).
    store::GroupCommit* group_commit = nullptr;
    /// Shared by the threads of one process (the web app), so that an unchanged profile file
    /// is parsed once, not per request; it must outlive the Workspace. nullptr: parsed here.
    ProfileMemo* profile_memo = nullptr;
};

/// The data a front end (the CLI, the web app) works on, loaded lazily from the data
/// directory and at most once per Workspace: the food database, the suggestion pool, the
/// selected profile, its journal and targets. No options, no environment, no output.
class Workspace {
  public:
    /// `foods` and `pool`, when given, are used instead of loading them (the web app keeps
    /// them across requests); otherwise they are loaded from `o.paths` on first use.
    explicit Workspace(WorkspaceOptions o, std::shared_ptr<const FoodDb> foods = nullptr);
    ~Workspace();
    Workspace(Workspace&&) noexcept;
    Workspace& operator=(Workspace&&) noexcept;

    const WorkspaceOptions& options() const { return opts_; }
    const DataPaths& paths() const { return opts_.paths; }
    Date today() const { return opts_.today; }
    std::optional<Standard> standard_override() const { return opts_.standard; }

    /// The food database (built-in plus the user's custom foods).
    const FoodDb& foods();
    /// The same database, shareable (loaded on first use).
    std::shared_ptr<const FoodDb> shared_foods();

    /// The reviewed suggestion pool beside the bundled foods, checked against the food
    /// database; nullptr when there is none. Throws InputError listing every problem.
    const SuggestionPool* suggestion_pool();

    /// The profile selected by the profile argument, or the only one in the data directory.
    /// A name must pass core/names.hpp before it becomes a path. Throws InputError or
    /// UsageError with a hint when none can be chosen.
    const Profile& profile();
    /// The selected profile's name, which names its journal folder.
    const std::string& profile_name();
    /// The selected profile's file.
    const std::string& profile_path();

    /// The selected profile's journal (DATA/journal/PROFILE/). Throws UsageError when the
    /// profile's file name is not a valid journal folder name.
    store::JournalStore journal();

    /// Targets for the selected profile under the chosen standard.
    Targets targets();

  private:
    void resolve_profile();

    WorkspaceOptions opts_;
    std::shared_ptr<const FoodDb> foods_;
    std::unique_ptr<SuggestionPool> pool_;
    bool pool_loaded_ = false;
    std::optional<Profile> profile_;
    std::string profile_name_;
    std::string profile_path_;
};

/// The profile names (file stems) in DATA/profiles, sorted.
std::vector<std::string> profile_names(const DataPaths& paths);

}  // namespace mg::app
