// The FNDDS part of mgcalc-gen-foods (docs/food-data.md#generating).
#pragma once
#include <map>
#include <string>
#include <vector>

namespace mg::gen {

/// foods/usda-fndds.yaml from FNDDS_DIR's foods.csv and portions.csv (USDA FNDDS 2021-2023,
/// ../shared/data/fndds/README.md): every food, its WWEIA category as group, magnesium and
/// energy per 100 g, its household portions ("Guideline amount per ..." rows left out,
/// "Quantity not specified" as the default serving), USDA's additional descriptions as
/// aliases, and the reviewed everyday `words` (food code -> words, foods/source/fndds-words.yaml)
/// as aliases with USDA's "NFS" marker ("soda, NFS"). Deterministic. Throws
/// std::runtime_error on inconsistent input (a word for a code FNDDS lacks); `count` is the
/// number of foods written.
std::string fndds_food_file(const std::string& fndds_dir,
                            const std::map<std::string, std::vector<std::string>>& words,
                            size_t& count);

}  // namespace mg::gen
