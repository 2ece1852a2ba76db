#pragma once
#include <optional>
#include <string>
#include <vector>

#include "journal/saved_meal.hpp"

namespace mg::store {

/// Saved meals, one file per meal: `DIR/NAME.yaml` (docs/file-formats.md#saved-meals).
/// Writers hold the exclusive lock on `DIR/.lock` and replace files atomically (temp file,
/// fsync, rename, directory fsync): a meal file is whole or absent, never half-written.
/// Every name is checked (core/names.hpp) before a path is built from it.
class MealStore {
  public:
    explicit MealStore(std::string dir);

    /// Names of the saved meals, sorted.
    std::vector<std::string> names() const;
    /// The meal NAME, or nullopt when there is none. Throws UsageError for a name that cannot
    /// be a file name, InputError (located) for a broken file.
    std::optional<SavedMeal> find(const std::string& name) const;
    /// Like find, but a missing meal is an InputError listing the saved ones.
    SavedMeal get(const std::string& name) const;
    /// Writes `m` (named m.name). Throws InputError when it exists and `replace` is false.
    void save(const SavedMeal& m, bool replace);
    /// Removes the meal NAME; throws InputError (with the saved names) when there is none.
    void remove(const std::string& name);

    const std::string& dir() const { return dir_; }
    /// DIR/NAME.yaml; throws UsageError, naming the culprit, when NAME cannot be a file name.
    std::string path_of(const std::string& name) const;

  private:
    std::string dir_;
};

}  // namespace mg::store
