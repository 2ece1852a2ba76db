#pragma once
#include <map>
#include <string>

#include "app/workspace.hpp"

namespace mg::web {

/// A request's query parameters (decoded), by name.
using Params = std::map<std::string, std::string>;

/// What one request works on: a fresh workspace (so that every request sees the files as
/// they are now: CLI changes show on the next request) with the shared food database.
struct Scope {
    app::Workspace ws;
    std::string profile;  ///< the profile asked for with ?profile=, "" for the default
    std::string now_utc;  ///< the `added:` stamp of entries written by this request
    std::string csrf;     ///< the per-start token pages hand to their script
};

/// The value of `name` in `p`, or `fallback`.
inline std::string param(const Params& p, const std::string& name, std::string fallback = {}) {
    const auto it = p.find(name);
    return it == p.end() ? fallback : it->second;
}

}  // namespace mg::web
