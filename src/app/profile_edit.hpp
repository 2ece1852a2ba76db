#pragma once
#include <optional>
#include <string>
#include <vector>

#include "app/data_paths.hpp"
#include "core/date.hpp"
#include "profile/profile.hpp"

namespace mg::app {

// Writing a profile, shared by `profile init` and the web app's PUT /api/v1/profiles/NAME.

/// The facts `profile init` takes, as typed; profile_from checks them.
struct ProfileInput {
    std::optional<std::string> display_name{};  ///< default: the profile's name
    std::optional<std::string> sex{};
    std::optional<std::string> birthdate{};
    std::optional<int> age{};
    std::optional<int> months{};
    bool pregnant = false;
    bool lactating = false;
    std::vector<std::string> medicines{};
    std::vector<std::string> conditions{};
    std::vector<std::string> exclude{};
};

/// UsageError unless `name` can be a profile's file name (core/names.hpp) written in
/// lower-case letters, digits and hyphens. Called before the name becomes a path.
void check_new_profile_name(const std::string& name);

/// The profile NAME from `in`, checked as `profile init` checks it: --sex required and known,
/// a strict birthdate, not both birthdate and age, months only for infants, every unknown
/// condition and exclusion at once (InputError), then validate_profile on `today`.
/// `birthdate_what` names the field in messages ("--birthdate", or "birthdate" on the web).
Profile profile_from(const std::string& name, const ProfileInput& in, Date today,
                     const std::string& birthdate_what);

/// How profile_from reads each known condition not written as its id, for the front end to
/// echo, in its display name: "'renal insufficiency' is recorded as chronic kidney disease".
std::vector<std::string> condition_readings(const std::vector<std::string>& conditions);

/// Writes `p` to DATA/profiles/NAME.yaml atomically (serialize_profile: the standard header
/// comment only) and returns the path. InputError when the file exists and not `replace`.
std::string write_profile(const DataPaths& paths, const std::string& name, const Profile& p,
                          bool replace);

}  // namespace mg::app
