#include "foods/suggestion_pool.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "core/yaml_doc.hpp"
#include "foods/amount.hpp"
#include "foods/food_db.hpp"

namespace mg {

const PoolServing* SuggestionPool::serving_for(std::string_view food_id) const {
    for (const auto& s : servings)
        if (s.food_id == food_id) return &s;
    return nullptr;
}

const RaccCategory* SuggestionPool::category(std::string_view id) const {
    for (const auto& c : categories)
        if (c.id == id) return &c;
    return nullptr;
}

namespace {

// Reads the flow mappings of one section, refusing unknown keys. Duplicate keys never get
// here: parse_yaml refuses them in every file (core/yaml_doc.hpp).
struct PoolReader {
    const YamlDoc& doc;
    std::vector<Diagnostic>& errors;

    bool keys_ok(const YAML::Node& item, const std::vector<std::string>& known) {
        if (!item.IsMap()) {
            errors.push_back(doc.at(item, "each item must be a mapping {key: value, ...}"));
            return false;
        }
        bool ok = true;
        for (const auto& kv : item) {
            const std::string k = kv.first.Scalar();
            if (std::find(known.begin(), known.end(), k) == known.end()) {
                errors.push_back(
                    doc.at(kv.first, fmt::format("unknown key '{}'", k), "known: " + join(known)));
                ok = false;
            }
        }
        return ok;
    }

    std::string text(const YAML::Node& item, const char* key, bool required) {
        const YAML::Node n = item[key];
        if (!n || n.IsNull()) {
            if (required) errors.push_back(doc.at(item, fmt::format("'{}' is required", key)));
            return {};
        }
        if (!n.IsScalar() || n.Scalar().empty()) {
            errors.push_back(doc.at(n, fmt::format("'{}' must be non-empty text", key)));
            return {};
        }
        return n.Scalar();
    }

    std::optional<double> number(const YAML::Node& item, const char* key) {
        const YAML::Node n = item[key];
        if (!n || n.IsNull()) return std::nullopt;
        double v = 0;
        if (!n.IsScalar() || !YAML::convert<double>::decode(n, v) || !(v > 0) || v > 5000) {
            errors.push_back(doc.at(n, fmt::format("'{}' must be a positive number", key)));
            return std::nullopt;
        }
        return v;
    }

    bool flag(const YAML::Node& item, const char* key) {
        const YAML::Node n = item[key];
        if (!n || n.IsNull()) return false;
        bool v = false;
        if (!n.IsScalar() || !YAML::convert<bool>::decode(n, v))
            errors.push_back(doc.at(n, fmt::format("'{}' must be true or false", key)));
        return v;
    }

    YAML::Node section(const char* key) {
        const YAML::Node n = doc.root[key];
        if (!n || !n.IsSequence()) {
            errors.push_back(doc.at(doc.root, fmt::format("'{}' must be a list", key)));
            return YAML::Node(YAML::NodeType::Sequence);
        }
        return n;
    }
};

void read_categories(PoolReader& r, SuggestionPool& pool) {
    for (const auto& item : r.section("categories")) {
        if (!r.keys_ok(item, {"id", "racc", "adult_g", "toddler_g", "liquid", "status"})) continue;
        RaccCategory c{.id = r.text(item, "id", true),
                       .racc = r.text(item, "racc", true),
                       .adult_g = r.number(item, "adult_g").value_or(0),
                       .toddler_g = r.number(item, "toddler_g"),
                       .liquid = r.flag(item, "liquid"),
                       .status = r.text(item, "status", true)};
        if (c.adult_g <= 0) r.errors.push_back(r.doc.at(item, "'adult_g' is required"));
        pool.categories.push_back(std::move(c));
    }
}

void read_servings(PoolReader& r, SuggestionPool& pool) {
    for (const auto& item : r.section("servings")) {
        if (!r.keys_ok(item, {"food", "serving", "category", "toddler", "under_4_note", "swap_only",
                              "less_common"}))
            continue;
        pool.servings.push_back({.food_id = r.text(item, "food", true),
                                 .serving = r.text(item, "serving", true),
                                 .category = r.text(item, "category", true),
                                 .toddler = r.text(item, "toddler", false),
                                 .under_4_note = r.text(item, "under_4_note", false),
                                 .swap_only = r.flag(item, "swap_only"),
                                 .less_common = r.flag(item, "less_common"),
                                 .line = item.Mark().line + 1});
    }
}

void read_swaps(PoolReader& r, SuggestionPool& pool) {
    for (const auto& item : r.section("swaps")) {
        if (!r.keys_ok(item, {"from", "to", "role"})) continue;
        pool.swaps.push_back({.from = r.text(item, "from", true),
                              .to = r.text(item, "to", true),
                              .role = r.text(item, "role", true),
                              .line = item.Mark().line + 1});
    }
}

}  // namespace

SuggestionPool parse_suggestion_pool(const std::string& path, std::string_view text) {
    std::vector<Diagnostic> errors;
    const std::string clean = clean_text(path, text, {}, errors);
    if (!errors.empty()) throw InputError(errors);
    const YamlDoc doc = parse_yaml(path, clean);
    SuggestionPool pool{.path = path};
    if (!doc.root.IsMap()) throw InputError(doc.at(doc.root, "expected a mapping at the top"));
    PoolReader r{doc, errors};
    if (r.text(doc.root, "format", true) != "mgcalc-suggestions" && errors.empty())
        errors.push_back(doc.at(doc.root["format"], "format must be mgcalc-suggestions"));
    if (r.text(doc.root, "version", true) != "1" && errors.empty())
        errors.push_back(doc.at(doc.root["version"], "unknown version",
                                "this mgcalc reads version 1; update mgcalc"));
    r.keys_ok(doc.root, {"format", "version", "categories", "servings", "swaps"});
    read_categories(r, pool);
    read_servings(r, pool);
    read_swaps(r, pool);
    if (!errors.empty()) throw InputError(errors);
    return pool;
}

namespace {

Diagnostic at(const SuggestionPool& pool, int line, std::string message, std::string hint = {}) {
    return {.file = pool.path,
            .line = line,
            .column = 0,
            .message = std::move(message),
            .source_line = {},
            .hint = std::move(hint)};
}

void check_serving(const SuggestionPool& pool, const PoolServing& s, const Food& f,
                   const std::string& amount, std::vector<Diagnostic>& out) {
    const RaccCategory* c = pool.category(s.category);
    try {
        const Resolved r = resolve_amount(parse_amount(amount), f);
        const double grams = static_cast<double>(r.food_mg) / 1000.0;
        const double limit = c && c->liquid ? kMaxDrinkMl : kMaxServingGrams;
        if (grams > limit)
            out.push_back(at(pool, s.line,
                             fmt::format("serving '{}' of {} weighs {:.0f} g, over the {:.0f} {} "
                                         "limit for a suggestion",
                                         amount, f.id, grams, limit, c && c->liquid ? "mL" : "g")));
    } catch (const InputError& e) {
        out.push_back(at(pool, s.line,
                         fmt::format("serving '{}' does not resolve for {}", amount, f.id),
                         e.diagnostics().empty() ? "" : e.diagnostics().front().message));
    }
}

}  // namespace

std::vector<Diagnostic> check_suggestion_pool(const SuggestionPool& pool, const FoodDb& foods) {
    std::vector<Diagnostic> out;
    std::set<std::string> seen;
    for (const auto& s : pool.servings) {
        if (!seen.insert(s.food_id).second)
            out.push_back(at(pool, s.line, fmt::format("food '{}' is listed twice", s.food_id)));
        if (!pool.category(s.category))
            out.push_back(at(pool, s.line, fmt::format("unknown category '{}'", s.category)));
        const Food* f = foods.find(s.food_id);
        if (!f || f->custom || f->id != s.food_id) {
            out.push_back(at(pool, s.line, fmt::format("no bundled food with id '{}'", s.food_id)));
            continue;
        }
        check_serving(pool, s, *f, s.serving, out);
        if (!s.toddler.empty()) check_serving(pool, s, *f, s.toddler, out);
    }
    for (const auto& w : pool.swaps) {
        const Food* from = foods.find(w.from);
        if (!from || from->id != w.from)
            out.push_back(at(pool, w.line, fmt::format("swap: no food with id '{}'", w.from)));
        if (!pool.serving_for(w.to))
            out.push_back(at(pool, w.line,
                             fmt::format("swap: '{}' has no reviewed serving in the pool", w.to)));
    }
    return out;
}

}  // namespace mg
