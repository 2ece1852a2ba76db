#include "journal/saved_meal.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/names.hpp"
#include "core/text.hpp"
#include "core/yaml_doc.hpp"
#include "core/ynode.hpp"

namespace mg {
namespace {

const std::vector<std::string> kKeys = {"format", "version", "name", "meal", "foods"};
const std::vector<std::string> kItemKeys = {"food", "amount"};

struct MealReader {
    const YamlDoc& doc;
    std::vector<Diagnostic>& errors;

    // The scalar at `key` of `map`, or "" (with an error when required and missing).
    std::string text(const YAML::Node& map, const char* key, bool required) {
        const YAML::Node n = map[key];
        if (!n || n.IsNull()) {
            if (required) errors.push_back(doc.at(map, fmt::format("'{}' is required", key)));
            return {};
        }
        if (!n.IsScalar() || n.Scalar().empty()) {
            errors.push_back(doc.at(n, fmt::format("'{}' must be non-empty text", key)));
            return {};
        }
        return n.Scalar();
    }

    void unknown_keys(const YAML::Node& map, const std::vector<std::string>& known) {
        for (const auto& kv : map) {
            const std::string k = kv.first.Scalar();
            if (std::find(known.begin(), known.end(), k) == known.end())
                errors.push_back(
                    doc.at(kv.first, fmt::format("unknown key '{}'", k),
                           hint_with(did_you_mean(closest(k, known, 2)), "known: " + join(known))));
        }
    }

    void header(const YAML::Node& root) {
        const std::string format = text(root, "format", true);
        if (!format.empty() && format != "mgcalc-meal")
            errors.push_back(doc.at(root["format"],
                                    fmt::format("format '{}' is not a saved meal", format),
                                    "the first line of a saved meal is 'format: mgcalc-meal'"));
        const std::string version = text(root, "version", true);
        if (!version.empty() && version != "1")
            errors.push_back(
                doc.at(root["version"],
                       fmt::format("saved meal version {} is not known to this mgcalc", version),
                       "this mgcalc reads version 1; upgrade mgcalc to read it"));
    }

    void item(const YAML::Node& n, SavedMeal& m) {
        if (!n.IsMap()) {
            errors.push_back(doc.at(n, "each food must be a mapping {food: ID, amount: AMOUNT}"));
            return;
        }
        unknown_keys(n, kItemKeys);
        MealItem it{.food = text(n, "food", true),
                    .amount = text(n, "amount", true),
                    .line = static_cast<int>(n.Mark().line) + 1};
        if (!it.amount.empty()) {
            try {
                parse_amount(it.amount);
            } catch (const InputError& e) {
                const Diagnostic& d = e.diagnostics().front();
                errors.push_back(doc.at(n["amount"], d.message, d.hint));
            }
        }
        m.items.push_back(std::move(it));
    }
};

}  // namespace

SavedMeal parse_saved_meal(const std::string& path, std::string_view raw,
                           const std::string& expected_name) {
    std::vector<Diagnostic> errors;
    const std::string text = clean_text(path, raw, InputLimits{1u << 20, 4096, 8, 20000}, errors);
    if (!errors.empty()) throw InputError(errors);
    const YamlDoc doc = parse_yaml(path, text);
    if (!doc.root.IsMap())
        throw InputError(doc.at_line(1, 1, "a saved meal must be a YAML mapping",
                                     "see docs/file-formats.md#saved-meals"));
    MealReader r{.doc = doc, .errors = errors};
    SavedMeal m{.file = path};
    r.unknown_keys(doc.root, kKeys);
    r.header(doc.root);
    m.name = r.text(doc.root, "name", true);
    if (!m.name.empty() && m.name != expected_name)
        errors.push_back(
            doc.at(doc.root["name"],
                   fmt::format("name '{}' is not the file's name '{}'", m.name, expected_name),
                   "a saved meal NAME lives in NAME.yaml"));
    m.meal = to_lower(r.text(doc.root, "meal", false));
    const auto& meals = known_meals();
    if (!m.meal.empty() && std::find(meals.begin(), meals.end(), m.meal) == meals.end())
        errors.push_back(doc.at(doc.root["meal"], fmt::format("unknown meal '{}'", m.meal),
                                "one of: " + join(meals)));
    const YAML::Node foods = doc.root["foods"];
    if (!foods || !foods.IsSequence() || foods.size() == 0)
        errors.push_back(foods ? doc.at(foods, "'foods' must be a list of at least one food")
                               : doc.at(doc.root, "'foods' is required"));
    else
        for (const auto& n : foods) r.item(n, m);
    if (!errors.empty()) throw InputError(errors);
    return m;
}

std::string render_saved_meal(const SavedMeal& m) {
    std::string s = std::string(kMealHeader) + "\nversion: 1\n";
    s += "# A saved meal: 'mgcalc log meal " + m.name + "' logs it. docs/file-formats.md\n";
    s += "name: " + yaml_scalar(m.name) + "\n";
    if (!m.meal.empty()) s += "meal: " + yaml_scalar(m.meal) + "\n";
    s += "foods:\n";
    for (const auto& it : m.items)
        s += fmt::format("  - {{food: {}, amount: {}}}\n", yaml_scalar(it.food),
                         yaml_scalar(it.amount));
    return s;
}

std::vector<MealItem> meal_items(const std::vector<JournalEntry>& entries, int& skipped) {
    std::vector<MealItem> out;
    skipped = 0;
    for (const auto& e : entries) {
        if (e.kind == EntryKind::day) continue;
        if (e.kind != EntryKind::food || !e.import_key.empty() || e.food_id.empty()) {
            ++skipped;
            continue;
        }
        out.push_back({.food = e.food_id, .amount = e.amount});
    }
    return out;
}

std::string scale_amount(const std::string& amount, const Amount& factor) {
    Amount a = parse_amount(amount);
    a.num *= factor.num;
    a.den *= factor.den;
    std::int64_t x = a.num, y = a.den;
    while (y != 0) x = std::exchange(y, x % y);
    if (x > 1) a.num /= x, a.den /= x;
    return a.unit.empty() ? quantity_text(a) : quantity_text(a) + " " + a.unit;
}

}  // namespace mg
