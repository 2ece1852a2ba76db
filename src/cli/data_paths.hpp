#pragma once
// DataPaths is the application layer's (src/app): the web app resolves files the same way.
#include "app/data_paths.hpp"

namespace mg::cli {
using app::DataPaths;
}  // namespace mg::cli
