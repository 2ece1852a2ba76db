#pragma once
#include <string>

#include "foods/food_db.hpp"

namespace mg {

/// Where a food database comes from.
struct FoodSources {
    /// The bundled database: a directory (every `*.yaml` in it) or one file.
    std::string foods_path;
    /// The user's own foods and recipes (DATA/foods); it need not exist.
    std::string custom_dir;
    /// Derived-data cache directory; empty for no cache.
    std::string cache_dir;
};

/// Loads the food database from `sources` (docs/performance.md, docs/food-data.md).
///
/// Everyday foods (the bundled non-table files, then the user's own) are always loaded; the
/// FNDDS as-eaten files (`usda-fndds*.yaml`, ids `fndds-`) and the SR28 table files (the other
/// `usda-*.yaml`, ids `usda-`) are each materialised only when a lookup needs them. The YAML files
/// are the source of truth: a binary cache per tier in `cache_dir`, keyed by every file's path,
/// size and content hash, only spares the parse, and a stale, corrupt, unreadable or unwritable
/// cache only costs speed. A changed table is parsed and validated at once, so a broken table is
/// refused even when no command needs it.
///
/// Throws InputError listing every problem (at most 50, then a count) when a file is broken
/// or the database has none; SystemError when a food file cannot be read.
FoodDb load_food_db(const FoodSources& sources);

}  // namespace mg
