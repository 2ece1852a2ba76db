#include "foods/food_db.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "foods/amount.hpp"

namespace mg {

void FoodDb::add(std::vector<Food> foods, std::vector<Diagnostic>& errors) {
    for (auto& f : foods) {
        auto [it, fresh] = by_id_.emplace(f.id, foods_.size());
        if (!fresh) {
            const Food& other = foods_[it->second];
            errors.push_back({f.file, f.line, 0,
                              fmt::format("duplicate food id '{}' (also at {}:{})", f.id,
                                          other.file, other.line),
                              {}, "food ids must be unique across all food files"});
            continue;
        }
        foods_.push_back(std::move(f));
    }
}

namespace {

// Recipe magnesium: the sum over ingredients, spread over the total weight. A recipe whose
// ingredient is gone is kept but marked broken: using it is an error that says why, while
// the rest of the database stays usable.
void compute_recipe(Food& r, const FoodDb& db) {
    std::int64_t total_food_mg = 0;
    Magnesium total;
    for (const auto& ing : r.ingredients) {
        const Food* f = db.find(ing.food);
        if (!f || f->serves > 0) {
            r.broken = fmt::format("recipe '{}' uses '{}', which is not in the food database", r.id, ing.food);
            return;
        }
        try {
            const Resolved res = resolve_amount(parse_amount(ing.amount), *f);
            total_food_mg += res.food_mg;
            total += f->in(res.food_mg);
        } catch (const InputError& e) {
            r.broken = fmt::format("recipe '{}': {}", r.id, e.diagnostics().front().message);
            return;
        }
    }
    if (total_food_mg <= 0) return;
    r.ug_per_100g = total.ug() * 100000 / total_food_mg;
    r.portions.clear();
    r.portions.push_back({"1 serving", 1, "serving", total_food_mg / r.serves});
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
    for (size_t i = 0; i < foods_.size(); ++i) {
        const Food& f = foods_[i];
        if (const std::string n = f.ndb(); !n.empty() && f.id == "usda-" + n) by_ndb_.emplace(n, i);
        if (f.id.rfind("usda-", 0) == 0 && !f.curated) continue;
        std::vector<std::string> names{to_lower(f.name)};
        for (const auto& a : f.aliases) names.push_back(to_lower(a));
        for (const auto& n : names) {
            auto [it, fresh] = owner.emplace(n, i);
            if (!fresh && it->second != i) {
                const Food& other = foods_[it->second];
                errors.push_back({f.file, f.line, 0,
                                  fmt::format("name or alias '{}' of '{}' is already used by '{}' ({}:{})",
                                              n, f.id, other.id, other.file, other.line),
                                  {}, "each name and alias must point to one food"});
            }
        }
    }
    by_name_ = owner;
    for (size_t i = 0; i < foods_.size(); ++i) {
        const Food& f = foods_[i];
        if (f.id.rfind("usda-", 0) == 0 && !f.curated) by_name_.emplace(to_lower(f.name), i);
    }
    for (auto& f : foods_)
        if (f.serves > 0) compute_recipe(f, *this);
}

const Food* FoodDb::find(std::string_view ref_in) const {
    const std::string_view ref = trim(ref_in);
    if (auto it = by_id_.find(std::string(ref)); it != by_id_.end()) return &foods_[it->second];
    const std::string lower = to_lower(ref);
    if (lower.rfind("usda:", 0) == 0) {
        if (auto it = by_ndb_.find(lower.substr(5)); it != by_ndb_.end()) return &foods_[it->second];
        return nullptr;
    }
    if (auto it = by_name_.find(lower); it != by_name_.end()) return &foods_[it->second];
    return nullptr;
}

const Food& FoodDb::resolve(std::string_view ref) const {
    if (const Food* f = find(ref)) {
        if (!f->broken.empty())
            throw InputError::plain(f->broken, fmt::format("fix it with 'mgcalc recipe add {} --force ...' or "
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
    if (tokens_.size() != foods_.size()) {
        tokens_.assign(foods_.size(), {});
        for (size_t i = 0; i < foods_.size(); ++i) {
            add_tokens(tokens_[i], foods_[i].name);
            for (const auto& a : foods_[i].aliases) add_tokens(tokens_[i], a);
        }
    }
    for (size_t i = 0; i < foods_.size(); ++i) {
        const auto& toks = tokens_[i];
        int score = 0;
        bool all = true;
        for (const auto& w : words) {
            int best = 0;
            for (const auto& t : toks) {
                if (t == w) {
                    best = 30;
                    break;
                }
                if (t.size() > w.size() && t.compare(0, w.size(), w) == 0 && w.size() >= 2) {
                    best = std::max(best, 20);
                } else if (w.size() >= 4 && std::abs(static_cast<int>(t.size()) -
                                                     static_cast<int>(w.size())) <= 2) {
                    const int limit_d = w.size() >= 7 ? 2 : 1;
                    const int d = edit_distance(w, t, limit_d);
                    if (d <= limit_d) best = std::max(best, 15 - 4 * d);
                }
            }
            if (best == 0) {
                all = false;
                break;
            }
            score += best;
        }
        if (!all) continue;
        const Food& f = foods_[i];
        if (f.curated || f.custom) score += 12;
        // Shorter names are more likely what was meant: "almonds" over "almond paste".
        score -= static_cast<int>(std::min<size_t>(toks.size(), 20));
        if (to_lower(f.name) == to_lower(query)) score += 20;
        hits.push_back({&f, score});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
        return a.score > b.score;
    });
    if (hits.size() > limit) hits.resize(limit);
    return hits;
}

}  // namespace mg
