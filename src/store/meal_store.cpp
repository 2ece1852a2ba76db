#include "store/meal_store.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/diagnostic.hpp"
#include "core/names.hpp"
#include "core/text.hpp"
#include "store/fs.hpp"
#include "store/lock.hpp"

namespace mg::store {

MealStore::MealStore(std::string dir) : dir_(std::move(dir)) {}

std::string MealStore::path_of(const std::string& name) const {
    // Before any path is built: the name becomes DIR/NAME.yaml.
    if (auto problem = name_problem(name))
        throw UsageError("meal name " + *problem, std::string(kNameRule));
    return dir_ + "/" + name + ".yaml";
}

std::vector<std::string> MealStore::names() const {
    std::vector<std::string> out;
    for (const auto& p : list_yaml(dir_)) out.push_back(stem_of(p));
    return out;
}

std::optional<SavedMeal> MealStore::find(const std::string& name) const {
    const std::string path = path_of(name);
    Lock lock(dir_, false);
    auto text = read_file(path);
    if (!text) return std::nullopt;
    return parse_saved_meal(path, *text, name);
}

namespace {

InputError no_meal(const std::string& name, const std::vector<std::string>& saved) {
    return InputError::plain(
        fmt::format("no saved meal '{}'", name),
        saved.empty() ? "save one with 'mgcalc meal save NAME --date D' or 'mgcalc meal add'"
                      : hint_with(did_you_mean(closest(name, saved, 3)), "saved: " + join(saved)));
}

}  // namespace

SavedMeal MealStore::get(const std::string& name) const {
    if (auto m = find(name)) return *m;
    throw no_meal(name, names());
}

void MealStore::save(const SavedMeal& m, bool replace) {
    const std::string path = path_of(m.name);
    make_dirs(dir_);
    Lock lock(dir_, true);
    if (!replace && exists(path))
        throw InputError::plain(fmt::format("a meal named '{}' is already saved", m.name),
                                "add --force to replace it, or choose another name");
    write_atomic(path, render_saved_meal(m));
}

void MealStore::remove(const std::string& name) {
    const std::string path = path_of(name);
    // A broken file can be removed too: that is one way to fix it.
    if (!exists(path)) throw no_meal(name, names());
    Lock lock(dir_, true);
    if (::unlink(path.c_str()) != 0)
        throw SystemError(fmt::format("cannot remove {}: {}", path, std::strerror(errno)));
}

}  // namespace mg::store
