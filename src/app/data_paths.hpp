#pragma once
#include <string>

namespace mg::app {

/// Where mgcalc reads and writes, resolved once per run by Context::configure from the
/// options and the environment; `mgcalc paths` prints it. Every path under the data
/// directory is spelled here, nowhere else.
struct DataPaths {
    std::string data_dir{};          ///< created on demand by writers, never by readers
    std::string profiles_dir{};      ///< DATA/profiles: one NAME.yaml per profile
    std::string journal_dir{};       ///< DATA/journal: one folder per profile
    std::string custom_foods_dir{};  ///< DATA/foods: the user's custom.yaml and recipes.yaml
    std::string meals_dir{};         ///< DATA/meals: one NAME.yaml per saved meal
    std::string foods{};             ///< the food database: a directory or one file
    std::string examples_dir{};      ///< the bundled example profiles; empty when none is found
    std::string cache_dir{};         ///< derived-data cache; empty when caching is off

    /// The paths under `data_dir` (the other fields are left empty for the caller).
    static DataPaths under(const std::string& data_dir) {
        return {.data_dir = data_dir,
                .profiles_dir = data_dir + "/profiles",
                .journal_dir = data_dir + "/journal",
                .custom_foods_dir = data_dir + "/foods",
                .meals_dir = data_dir + "/meals"};
    }
    /// DATA/profiles/NAME.yaml (`name` must already be a valid name, core/names.hpp).
    std::string profile_file(const std::string& name) const {
        return profiles_dir + "/" + name + ".yaml";
    }
    /// DATA/journal/PROFILE, the journal folder of a profile.
    std::string journal_of(const std::string& profile) const { return journal_dir + "/" + profile; }
    /// DATA/foods/FILE, one of the user's food files.
    std::string custom_foods_file(const std::string& file) const {
        return custom_foods_dir + "/" + file;
    }
};

}  // namespace mg::app
