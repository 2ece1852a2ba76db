#include "foods/food_db.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "foods/amount.hpp"

namespace mg {

FoodDb::FoodDb() = default;
FoodDb::~FoodDb() = default;

namespace {

// `find` binary-searches the table by id: the order is the table's own invariant, not the
// caller's. Generated files are already sorted, so this usually only checks.
std::vector<Food> sorted_by_id(std::vector<Food> foods) {
    auto by_id = [](const Food& a, const Food& b) { return a.id < b.id; };
    if (!std::is_sorted(foods.begin(), foods.end(), by_id))
        std::sort(foods.begin(), foods.end(), by_id);
    return foods;
}

}  // namespace

void FoodDb::add(std::vector<Food> foods, std::vector<Diagnostic>& errors) {
    core_.reserve(core_.size() + foods.size());
    for (auto& f : foods) {
        if (f.id.rfind("usda-", 0) == 0) {
            errors.push_back(
                {.file = f.file,
                 .line = f.line,
                 .column = 0,
                 .message = fmt::format("food id '{}' is reserved for the SR28 table", f.id),
                 .hint = "choose an id that does not start with usda-"});
            continue;
        }
        auto [it, fresh] = by_id_.emplace(f.id, core_.size());
        if (!fresh) {
            const Food& other = core_[it->second];
            errors.push_back({.file = f.file,
                              .line = f.line,
                              .column = 0,
                              .message = fmt::format("duplicate food id '{}' (also at {}:{})", f.id,
                                                     other.file, other.line),
                              .hint = "food ids must be unique across all food files"});
            continue;
        }
        core_.push_back(std::move(f));
    }
}

void FoodDb::set_table(std::vector<Food> foods) {
    table_ = sorted_by_id(std::move(foods));
    table_loaded_ = true;
}

void FoodDb::set_table_loader(std::function<std::vector<Food>()> loader) {
    table_loader_ = std::move(loader);
    table_loaded_ = false;
}

const std::vector<Food>& FoodDb::table() const {
    if (!table_loaded_) {
        table_loaded_ = true;
        table_ = sorted_by_id(table_loader_());
        table_loader_ = nullptr;
    }
    return table_;
}

std::vector<const Food*> FoodDb::all() const {
    std::vector<const Food*> out;
    out.reserve(core_.size() + table().size());
    for (const auto& f : core_) out.push_back(&f);
    for (const auto& f : table()) out.push_back(&f);
    return out;
}

void RecipeBatch::add(const Food& food, std::string_view amount) {
    const Resolved res = resolve_amount(parse_amount(amount), food);
    food_mg += res.food_mg;
    magnesium += food.in(res.food_mg);
}

namespace {

// Recipe magnesium: the sum over ingredients, spread over the total weight. A recipe whose
// ingredient is gone is kept but marked broken: using it is an error that says why, while
// the rest of the database stays usable.
void compute_recipe(Food& r, const FoodDb& db) {
    RecipeBatch batch;
    for (const auto& ing : r.ingredients) {
        const Food* f = db.find(ing.food);
        if (!f || f->serves > 0) {
            r.broken = fmt::format("recipe '{}' uses '{}', which is not in the food database", r.id,
                                   ing.food);
            return;
        }
        try {
            batch.add(*f, ing.amount);
        } catch (const InputError& e) {
            r.broken = fmt::format("recipe '{}': {}", r.id, e.diagnostics().front().message);
            return;
        }
    }
    if (batch.food_mg <= 0) return;
    r.ug_per_100g = batch.magnesium.ug() * 100000 / batch.food_mg;
    r.portions.clear();
    r.portions.push_back({"1 serving", 1, "serving", batch.serving_food_mg(r.serves)});
}

void add_tokens(std::vector<std::string>& out, std::string_view text) {
    for (auto& w : split_words(to_lower(text), " \t,;()/\"'-:")) {
        if (std::find(out.begin(), out.end(), w) == out.end()) out.push_back(w);
    }
}

}  // namespace

void FoodDb::finish(std::vector<Diagnostic>& errors) {
    // Names and aliases index. Curated and custom aliases must be unique; SR28 table
    // descriptions only fill the gaps (curated names win), so they never clash.
    std::unordered_map<std::string, size_t> owner;
    for (size_t i = 0; i < core_.size(); ++i) {
        const Food& f = core_[i];
        std::vector<std::string> names{to_lower(f.name)};
        for (const auto& a : f.aliases) names.push_back(to_lower(a));
        for (const auto& n : names) {
            auto [it, fresh] = owner.emplace(n, i);
            if (!fresh && it->second != i) {
                const Food& other = core_[it->second];
                errors.push_back({.file = f.file,
                                  .line = f.line,
                                  .column = 0,
                                  .message = fmt::format(
                                      "name or alias '{}' of '{}' is already used by '{}' ({}:{})",
                                      n, f.id, other.id, other.file, other.line),
                                  .hint = "each name and alias must point to one food"});
            }
        }
    }
    by_name_ = std::move(owner);
    for (auto& f : core_)
        if (f.serves > 0) compute_recipe(f, *this);
}

const Food* FoodDb::find(std::string_view ref_in) const {
    const std::string_view ref = trim(ref_in);
    if (auto it = by_id_.find(std::string(ref)); it != by_id_.end()) return &core_[it->second];
    const std::string lower = to_lower(ref);
    if (auto it = by_name_.find(lower); it != by_name_.end()) return &core_[it->second];
    // The table's ids are usda-NNNNN, addressable as usda:NNNNN; its descriptions are names.
    std::string id = lower.rfind("usda:", 0) == 0 ? "usda-" + lower.substr(5) : std::string(ref);
    const bool by_id = id.rfind("usda-", 0) == 0;
    // The table is sorted by id (set_table, table()): binary search instead of an index.
    const auto& t = table();
    if (by_id) {
        auto it = std::lower_bound(t.begin(), t.end(), id,
                                   [](const Food& f, const std::string& v) { return f.id < v; });
        return it != t.end() && it->id == id ? &*it : nullptr;
    }
    for (const auto& f : t)
        if (f.name.size() == lower.size() && to_lower(f.name) == lower) return &f;
    return nullptr;
}

const Food& FoodDb::resolve(std::string_view ref) const {
    if (const Food* f = find(ref)) {
        if (!f->broken.empty())
            throw InputError::plain(f->broken,
                                    fmt::format("fix it with 'mgcalc recipe add {} --force ...' or "
                                                "remove it with 'mgcalc foods rm {}'",
                                                f->id, f->id));
        return *f;
    }
    std::vector<std::string> cands;
    for (const auto& h : search(ref, 3)) cands.push_back(h.food->name + "' (" + h.food->id + ")");
    std::string hint;
    if (!cands.empty()) {
        // did_you_mean quotes each candidate; the id goes after the name.
        hint = "did you mean ";
        for (size_t i = 0; i < cands.size(); ++i)
            hint += (i ? (i + 1 == cands.size() ? " or '" : ", '") : "'") + cands[i];
        hint += "?";
    } else {
        hint = "try 'mgcalc foods search WORDS'";
    }
    throw InputError::plain(fmt::format("unknown food '{}'", std::string(trim(ref))), hint);
}

std::vector<SearchHit> FoodDb::search(std::string_view query, size_t limit) const {
    std::vector<std::string> words;
    add_tokens(words, query);
    std::vector<SearchHit> hits;
    if (words.empty()) return hits;
    // Words are views into one reused lower-case buffer: no allocation per food.
    std::string text;
    std::vector<std::string_view> toks;
    const std::string lower_query = to_lower(query);
    for (const Food* f : all()) {
        text.assign(f->name);
        const size_t name_end = text.size();
        for (const auto& a : f->aliases) text += ' ', text += a;
        for (char& c : text)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        toks.clear();
        size_t name_words = 0;
        const std::string_view seps = " \t,;()/\"'-:";
        for (size_t i = 0; i < text.size();) {
            while (i < text.size() && seps.find(text[i]) != std::string_view::npos) ++i;
            size_t j = i;
            while (j < text.size() && seps.find(text[j]) == std::string_view::npos) ++j;
            if (j > i) toks.emplace_back(text.data() + i, j - i);
            if (j <= name_end) name_words = toks.size();
            i = j;
        }
        int score = 0;
        bool every_word = true;
        for (const auto& w : words) {
            int best = 0;
            for (const auto& t : toks) {
                if (t == w) {
                    best = 30;
                    break;
                }
                if (t.size() > w.size() && w.size() >= 2 && t.compare(0, w.size(), w) == 0) {
                    best = std::max(best, 20);
                } else if (w.size() >= 4 && best < 15 &&
                           std::abs(static_cast<int>(t.size()) - static_cast<int>(w.size())) <= 2 &&
                           (t[0] == w[0] || t[1] == w[1])) {
                    // Typos: one edit for short words, two from seven letters. Words that
                    // share neither of the first two letters are not considered typos.
                    const int max_d = w.size() >= 7 ? 2 : 1;
                    const int d = edit_distance(w, t, max_d);
                    if (d <= max_d) best = std::max(best, 15 - 4 * d);
                }
            }
            if (best == 0) {
                every_word = false;
                break;
            }
            score += best;
        }
        if (!every_word) continue;
        if (f->curated || f->custom) score += 12;
        // Shorter names are more likely what was meant: "almonds" over "almond paste".
        score -= static_cast<int>(std::min<size_t>(name_words, 20));
        if (f->name.size() == lower_query.size() && to_lower(f->name) == lower_query) score += 20;
        hits.push_back({f, score});
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
    if (hits.size() > limit) hits.resize(limit);
    return hits;
}

}  // namespace mg
