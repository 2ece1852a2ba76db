#pragma once
#include <string_view>
#include <vector>

namespace mg::web {

/// A file the app serves from the binary (never from disk).
struct Asset {
    std::string_view path;  ///< "/static/app.js"
    std::string_view type;  ///< its Content-Type
    std::string_view body;
};

/// The script and style sheet from src/web/static/, compiled in by CMake
/// (web_assets.cpp.in), plus the weekly report's style sheet.
const std::vector<Asset>& assets();

}  // namespace mg::web
