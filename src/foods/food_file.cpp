#include "foods/food_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include "core/text.hpp"
#include "core/ynode.hpp"
#include "profile/vocabulary.hpp"

namespace mg {

const Portion* Food::serving_portion() const {
    for (const auto& p : portions)
        if (p.name == serving) return &p;
    return portions.empty() ? nullptr : &portions.front();
}

namespace {

const std::vector<std::string> kFoodKeys = {
    "id",       "name",    "group", "mg_per_100g", "kcal_per_100g", "mg_basis", "source",
    "portions", "aliases", "tags",  "serves",      "ingredients",   "serving"};
const std::vector<std::string> kMgBases = {"calculated", "assumed-zero"};

// The food keys in kFoodKeys' order, so that a food's fields are looked up by index.
enum FoodKey : unsigned {
    kId,
    kName,
    kGroup,
    kMgPer100g,
    kKcalPer100g,
    kMgBasis,
    kSource,
    kPortions,
    kAliases,
    kTags,
    kServes,
    kIngredients,
    kServing,
    kFoodKeyCount
};

// Each key's value in one food mapping (the first, as YNode::get finds it), or nullptr.
struct FoodFields {
    const YNode* at[kFoodKeyCount] = {};
    const YNode* get(FoodKey k) const { return at[k]; }
};

// The index of `key` in kFoodKeys, or kFoodKeyCount when it is not a food key.
unsigned food_key_index(std::string_view key) {
    for (unsigned i = 0; i < kFoodKeyCount; ++i)
        if (kFoodKeys[i].size() == key.size() && std::string_view(kFoodKeys[i]) == key) return i;
    return kFoodKeyCount;
}

// The first word of a portion name (words are separated by spaces), and whether another
// word follows it.
std::string_view first_word(std::string_view s, bool& more) {
    const size_t from = std::min(s.find_first_not_of(' '), s.size());
    const size_t to = std::min(s.find(' ', from), s.size());
    more = s.find_first_not_of(' ', to) != std::string_view::npos;
    return s.substr(from, to - from);
}

bool parse_number(std::string_view s, double& out) {
    if (s.empty() || s.size() > 32) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size() && std::isfinite(out);
}

// A portion's amount: a decimal, or a fraction as FNDDS writes it ("1/2 cup").
bool parse_portion_amount(std::string_view s, double& out) {
    const size_t slash = s.find('/');
    if (slash == std::string_view::npos) return parse_number(s, out);
    double num = 0, den = 0;
    if (!parse_number(s.substr(0, slash), num) || !parse_number(s.substr(slash + 1), den) ||
        den <= 0)
        return false;
    out = num / den;
    return true;
}

// A text's lines for error messages, found only when the first error needs one: a file
// without errors is never split.
class SourceLines {
  public:
    explicit SourceLines(std::string_view text) : text_(text) {}
    /// Line `n` (1-based) without its newline; empty when there is no such line.
    std::string_view line(int n) {
        if (starts_.empty()) {
            starts_.push_back(0);
            for (size_t i = text_.find('\n'); i != std::string_view::npos;
                 i = text_.find('\n', i + 1))
                starts_.push_back(i + 1);
        }
        if (n < 1 || static_cast<size_t>(n) > starts_.size()) return {};
        const size_t from = starts_[n - 1];
        if (from == text_.size() && static_cast<size_t>(n) == starts_.size()) return {};
        const size_t to = static_cast<size_t>(n) < starts_.size() ? starts_[n] - 1 : text_.size();
        return text_.substr(from, to - from);
    }

  private:
    std::string_view text_;
    std::vector<size_t> starts_;
};

struct FoodReader {
    const std::string& path;
    SourceLines& lines;
    std::vector<Diagnostic>& errors;

    void err(const YNode& n, std::string msg, std::string hint = {}) {
        errors.push_back({.file = path,
                          .line = n.line,
                          .column = n.column,
                          .message = std::move(msg),
                          .source_line = std::string(lines.line(n.line)),
                          .hint = std::move(hint)});
    }

    std::vector<std::string> strings(const YNode& n, const char* key) {
        std::vector<std::string> out;
        if (n.kind == YNode::Kind::null) return out;
        if (!n.is_seq()) {
            err(n, fmt::format("'{}' must be a list", key));
            return out;
        }
        for (const auto& it : n.items) {
            if (!it.is_scalar() || it.text.empty())
                err(it, fmt::format("'{}' items must be non-empty text", key));
            else
                out.push_back(it.text);
        }
        return out;
    }

    // kcal_per_100g and mg_basis: optional facts the source gives (docs/file-formats.md).
    void energy_and_basis(const FoodFields& n, Food& f) {
        if (const YNode* k = n.get(kKcalPer100g); k && k->kind != YNode::Kind::null) {
            double v = 0;
            // Pure fat is 900 kcal per 100 g: anything above is a mistake.
            if (!k->is_scalar() || !parse_number(k->text, v) || v < 0 || v > 1000)
                err(*k, fmt::format("kcal_per_100g must be a number from 0 to 1000, not '{}'",
                                    k->text));
            else
                f.kcal_per_100g = v;
        }
        if (const YNode* b = n.get(kMgBasis); b && b->kind != YNode::Kind::null) {
            if (!b->is_scalar() ||
                std::find(kMgBases.begin(), kMgBases.end(), b->text) == kMgBases.end())
                err(*b, fmt::format("unknown mg_basis '{}'", b->text), "known: " + join(kMgBases));
            else
                f.mg_basis = b->text;
        }
    }

    bool food(const YNode& n, Food& f) {
        const size_t before = errors.size();
        if (!n.is_map()) {
            err(n, "a food must be a mapping {id: ..., name: ..., ...}");
            return false;
        }
        f.file = path;
        f.line = n.line;
        FoodFields fields;
        for (const auto& [k, v] : n.entries) {
            const unsigned i = food_key_index(k.text);
            if (i == kFoodKeyCount)
                err(k, fmt::format("unknown key '{}' in food", k.text),
                    did_you_mean(closest(k.text, kFoodKeys, 3)));
            else if (!fields.at[i])
                fields.at[i] = &v;
        }
        auto text = [&](FoodKey key, std::string& out, bool required) {
            const YNode* v = fields.get(key);
            if (!v || v->kind == YNode::Kind::null) {
                if (required) err(n, fmt::format("food is missing '{}'", kFoodKeys[key]));
                return;
            }
            if (!v->is_scalar() || v->text.empty())
                err(*v, fmt::format("'{}' must be non-empty text", kFoodKeys[key]));
            else
                out = v->text;
        };
        text(kId, f.id, true);
        text(kName, f.name, true);
        text(kGroup, f.group, true);
        text(kSource, f.source, true);
        if (!f.id.empty() && slugify(f.id) != f.id && f.id.find(':') == std::string::npos)
            err(*fields.get(kId),
                fmt::format("id '{}' must be lower-case letters, digits and hyphens", f.id),
                fmt::format("try '{}'", slugify(f.id)));
        const YNode* mg = fields.get(kMgPer100g);
        const YNode* serves = fields.get(kServes);
        if (serves) {
            double s = 0;
            if (!serves->is_scalar() || !parse_number(serves->text, s) || s < 1 || s > 1000 ||
                s != std::floor(s))
                err(*serves, "'serves' must be a whole number from 1 to 1000");
            else
                f.serves = static_cast<int>(s);
            const YNode* ing = fields.get(kIngredients);
            if (!ing || !ing->is_seq() || ing->items.empty()) {
                err(ing ? *ing : n, "a recipe needs a non-empty 'ingredients' list");
            } else {
                for (const auto& it : ing->items) {
                    if (!it.is_map() || !it.get("food") || !it.get("amount") ||
                        !it.get("food")->is_scalar() || !it.get("amount")->is_scalar()) {
                        err(it, "an ingredient is {food: ID, amount: \"AMOUNT\"}");
                        continue;
                    }
                    f.ingredients.push_back(
                        {it.get("food")->text, it.get("amount")->text, it.line});
                }
            }
        } else if (!mg) {
            err(n, "food is missing 'mg_per_100g'", "magnesium in mg per 100 g of edible portion");
        } else {
            double v = 0;
            if (!mg->is_scalar() || !parse_number(mg->text, v))
                err(*mg, fmt::format("mg_per_100g must be a number, not '{}'", mg->text));
            else if (v < 0)
                err(*mg, fmt::format("mg_per_100g cannot be negative ({})", mg->text));
            else if (v > 100000)
                err(*mg, fmt::format("mg_per_100g {} is more than 100 g per 100 g", mg->text));
            else
                f.ug_per_100g = std::llround(v * 1000);
        }
        energy_and_basis(fields, f);
        if (const YNode* p = fields.get(kPortions); p && p->kind != YNode::Kind::null) {
            if (!p->is_map()) {
                err(*p, "'portions' must be a mapping of portion name to grams",
                    "portions: {\"1 cup\": 180, \"1 oz\": 28.35}");
            } else {
                for (const auto& [k, v] : p->entries) {
                    Portion por;
                    por.name = k.text;
                    bool more = false;
                    const std::string_view number = first_word(k.text, more);
                    double amount = 0, grams = 0;
                    if (!more || !parse_portion_amount(number, amount) || amount <= 0) {
                        err(k,
                            fmt::format("portion name '{}' must start with a number and a unit",
                                        k.text),
                            "e.g. \"1 cup\" or \"0.5 cup, chopped\"");
                        continue;
                    }
                    if (!v.is_scalar() || !parse_number(v.text, grams) || grams <= 0 ||
                        grams > 100000) {
                        err(v, fmt::format(
                                   "portion weight must be a positive number of grams, not '{}'",
                                   v.text));
                        continue;
                    }
                    por.amount = amount;
                    por.unit = std::string(trim(std::string_view(k.text).substr(number.size())));
                    por.food_mg = std::llround(grams * 1000);
                    f.portions.push_back(std::move(por));
                }
            }
        }
        if (const YNode* s = fields.get(kServing); s && s->kind != YNode::Kind::null) {
            bool found = false;
            for (const auto& p : f.portions) found |= s->is_scalar() && p.name == s->text;
            if (!found)
                err(*s, fmt::format("serving '{}' is not one of the food's portions", s->text));
            else
                f.serving = s->text;
        }
        if (const YNode* a = fields.get(kAliases)) f.aliases = strings(*a, "aliases");
        if (const YNode* t = fields.get(kTags)) {
            f.tags = strings(*t, "tags");
            for (size_t i = 0; i < f.tags.size(); ++i) {
                const auto& known = known_exclusion_tags();
                if (std::find(known.begin(), known.end(), f.tags[i]) == known.end())
                    err(t->items[i], fmt::format("unknown tag '{}'", f.tags[i]),
                        "known: " + join(known));
            }
        }
        return errors.size() == before;
    }
};

// Lines that start with "- ": at most the foods of a generated file, so room for them is
// made once (and a file of blank lines asks for none).
size_t item_lines(std::string_view text) {
    size_t n = text.starts_with("- ") ? 1 : 0;
    for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1))
        n += text.substr(i + 1, 2) == "- ";
    return n;
}

// The header a food file must carry, checked by foods_of and, while streaming, by the sink.
constexpr std::string_view kFormat = "mgcalc-foods", kVersion = "1";

bool is_text(const YNode* n, std::string_view text) {
    return n && n->is_scalar() && n->text == text;
}

// The checks of a food file's root, in order; its `foods` node when they pass, else nullptr
// (with the error reported, or none when the file has no foods).
const YNode* foods_of(const YNode& root, FoodReader& r) {
    if (!root.is_map()) {
        r.err(root, "a food file must be a mapping with 'format', 'version' and 'foods'");
        return nullptr;
    }
    const YNode* format = root.get("format");
    if (!format || format->text != kFormat) {
        r.err(format ? *format : root, "not an mgcalc food file (expected 'format: mgcalc-foods')",
              "see docs/file-formats.md");
        return nullptr;
    }
    const YNode* version = root.get("version");
    if (!version || version->text != kVersion) {
        r.err(version ? *version : root,
              fmt::format("food file version '{}' is not supported (this mgcalc reads version 1)",
                          version ? version->text : ""));
        return nullptr;
    }
    const YNode* foods = root.get("foods");
    if (!foods || foods->kind == YNode::Kind::null) return nullptr;
    if (!foods->is_seq()) {
        r.err(*foods, "'foods' must be a list");
        return nullptr;
    }
    return foods;
}

}  // namespace

std::vector<Food> parse_food_file(const std::string& path, std::string_view raw,
                                  std::vector<Diagnostic>& errors) {
    const size_t before = errors.size();
    std::string cleaned;  // only when the text needed cleaning (rare): else `raw` is read
    const std::string_view text = clean_text(path, raw, InputLimits{}, errors, cleaned);
    if (errors.size() > before) return {};
    SourceLines lines(text);
    std::vector<Food> out;
    // The fast reader hands over each food as it reads it (a generated table has thousands:
    // its whole tree would be tens of MB). A food is read only after a valid header, so the
    // errors are those the tree would give; a header after the list is left to yaml-cpp.
    std::vector<Diagnostic> food_errors;
    FoodReader streamed{path, lines, food_errors};
    out.reserve(item_lines(text));
    std::optional<YNode> root =
        fast_parse_document(text, "foods", [&](const YNode& head, const YNode& item) {
            const YNode* format = head.get("format");
            const YNode* version = head.get("version");
            // A header that is there and wrong: foods_of reports it and reads no food, so
            // the foods are skipped, not handed to yaml-cpp (seconds for a generated table).
            if (format && (!is_text(format, kFormat) || (version && !is_text(version, kVersion))))
                return true;
            if (!format || !version) return false;  // a header after the list: yaml-cpp's
            Food f;
            if (streamed.food(item, f)) out.push_back(std::move(f));
            return true;
        });
    if (root) {
        errors.insert(errors.end(), std::make_move_iterator(food_errors.begin()),
                      std::make_move_iterator(food_errors.end()));
    } else {
        out.clear();
        try {
            root = from_yaml(parse_yaml(path, text).root);
        } catch (const InputError& e) {
            errors.insert(errors.end(), e.diagnostics().begin(), e.diagnostics().end());
            return {};
        }
    }
    if (root->kind == YNode::Kind::null) {
        // An empty file, or comments only: a mapping that lacks 'format'.
        root->kind = YNode::Kind::map;
        root->line = root->column = 1;
    }
    FoodReader r{path, lines, errors};
    const YNode* foods = foods_of(*root, r);
    if (!foods) return {};
    for (const auto& n : foods->items) {  // the slow path's foods; streamed ones are in `out`
        Food f;
        if (r.food(n, f)) out.push_back(std::move(f));
    }
    return out;
}

namespace {
std::string grams_text(std::int64_t food_mg) {
    std::string s = fmt::format("{}.{:03}", food_mg / 1000, food_mg % 1000);
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
}
}  // namespace

std::string food_to_line(const Food& f) {
    std::string s = "- {id: " + yaml_scalar(f.id) + ", name: " + yaml_scalar(f.name) +
                    ", group: " + yaml_scalar(f.group);
    if (f.serves > 0) {
        s += fmt::format(", serves: {}, ingredients: [", f.serves);
        for (size_t i = 0; i < f.ingredients.size(); ++i)
            s += (i ? ", " : "") + std::string("{food: ") + yaml_scalar(f.ingredients[i].food) +
                 ", amount: " + yaml_quote(f.ingredients[i].amount) + "}";
        s += "]";
    } else {
        s += ", mg_per_100g: " + grams_text(f.ug_per_100g);
        if (f.has_energy()) s += fmt::format(", kcal_per_100g: {}", f.kcal_per_100g);
        if (!f.mg_basis.empty()) s += ", mg_basis: " + yaml_scalar(f.mg_basis);
    }
    s += ", source: " + yaml_scalar(f.source) + ", portions: {";
    for (size_t i = 0; i < f.portions.size(); ++i)
        s += (i ? ", " : "") + yaml_quote(f.portions[i].name) + ": " +
             grams_text(f.portions[i].food_mg);
    s += "}";
    if (!f.serving.empty()) s += ", serving: " + yaml_quote(f.serving);
    s += ", aliases: [";
    for (size_t i = 0; i < f.aliases.size(); ++i) s += (i ? ", " : "") + yaml_scalar(f.aliases[i]);
    s += "], tags: [";
    for (size_t i = 0; i < f.tags.size(); ++i) s += (i ? ", " : "") + yaml_scalar(f.tags[i]);
    return s + "]}\n";
}

std::string food_file_header(std::string_view comment) {
    return fmt::format(
        "# {}\n# Format: docs/file-formats.md. One food per line.\nformat: mgcalc-foods\nversion: "
        "1\nfoods:\n",
        comment);
}

}  // namespace mg
