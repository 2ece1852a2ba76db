// A data directory for the application layer's and the web app's tests: a fresh temporary
// folder with one profile ("ann"), the shipped curated foods as the whole food database (no
// cache), and a fixed "today". Removed with the object.
#pragma once
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "app/workspace.hpp"
#include "core/date.hpp"

namespace mg::test {

struct AppFixture {
    std::string dir;
    app::DataPaths paths;
    Date today = Date::from_ymd(2026, 3, 4);

    AppFixture() {
        std::string tmpl = (std::filesystem::temp_directory_path() / "mgcalc-app-XXXXXX").string();
        REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
        dir = tmpl;
        paths = app::DataPaths::under(dir + "/data");
        paths.foods = std::string(MGCALC_SOURCE_FOODS) + "/curated.yaml";
        std::filesystem::create_directories(paths.profiles_dir);
        write_profile("ann", "female", "1980-05-14");
    }
    ~AppFixture() { std::filesystem::remove_all(dir); }
    AppFixture(const AppFixture&) = delete;
    AppFixture& operator=(const AppFixture&) = delete;

    void write_profile(const std::string& name, const std::string& sex,
                       const std::string& birthdate) const {
        std::ofstream(paths.profile_file(name))
            << "version: 1\nname: \"" << name << "\"\nbirthdate: " << birthdate << "\nsex: " << sex
            << "\nmedicines: []\nconditions: []\nexclude: []\n";
    }

    /// A workspace on the data directory, as a request or a command makes one.
    app::Workspace workspace(const std::string& profile = "") const {
        return app::Workspace(
            app::WorkspaceOptions{.paths = paths, .today = today, .profile_arg = profile});
    }
};

}  // namespace mg::test
