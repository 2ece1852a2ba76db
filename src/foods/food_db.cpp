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
    core_index_ = std::make_unique<CoreIndex>();  // of the foods before these
    core_.reserve(core_.size() + foods.size());
    for (auto& f : foods) {
        if (f.tier() != FoodTier::everyday) {
            errors.push_back(
                {.file = f.file,
                 .line = f.line,
                 .column = 0,
                 .message = fmt::format("food id '{}' is reserved for the USDA tables", f.id),
                 .hint = "choose an id that does not start with usda- or fndds-"});
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
    set_encoded_table(FoodTable::of(sorted_by_id(std::move(foods))));
}

void FoodDb::set_encoded_table(FoodTable table) {
    table_.table = std::move(table);
    table_.loader = nullptr;
}

void FoodDb::set_table_loader(std::function<std::vector<Food>()> loader) {
    table_.loader = [loader = std::move(loader)] { return FoodTable::of(sorted_by_id(loader())); };
}

void FoodDb::set_as_eaten(std::vector<Food> foods) {
    set_encoded_as_eaten(FoodTable::of(sorted_by_id(std::move(foods))));
}

void FoodDb::set_encoded_as_eaten(FoodTable table) {
    as_eaten_.table = std::move(table);
    as_eaten_.loader = nullptr;
}

void FoodDb::set_as_eaten_loader(std::function<std::vector<Food>()> loader) {
    as_eaten_.loader = [loader = std::move(loader)] {
        return FoodTable::of(sorted_by_id(loader()));
    };
}

const FoodTable& FoodDb::core_table() const {
    std::call_once(core_index_->once, [&] { core_index_->table = FoodTable::of(core_); });
    return core_index_->table;
}

const FoodTable& FoodDb::LazyTier::get() const {
    std::lock_guard lock(*mutex);
    if (loader) {
        auto load = std::move(loader);
        loader = nullptr;
        table = load();
    }
    return table;
}

std::vector<const Food*> FoodDb::all() const {
    const FoodTable& as_eaten = as_eaten_.get();
    const FoodTable& table = table_.get();
    std::vector<const Food*> out;
    out.reserve(core_.size() + as_eaten.size() + table.size());
    for (const auto& f : core_) out.push_back(&f);
    for (size_t i = 0; i < as_eaten.size(); ++i) out.push_back(&as_eaten.food(i));
    for (size_t i = 0; i < table.size(); ++i) out.push_back(&table.food(i));
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
    // The tables' ids are usda-NNNNN and fndds-NNNNNNNN, addressable as usda:NNNNN and
    // fndds:NNNNNNNN; their descriptions are names.
    for (const auto* prefix : {"usda", "fndds"}) {
        const std::string p(prefix);
        if (lower.rfind(p + ":", 0) == 0 || ref.rfind(p + "-", 0) == 0) {
            const std::string id = p + "-" + lower.substr(p.size() + 1);
            return (p == "usda" ? table_ : as_eaten_).by_id(id);
        }
    }
    if (const Food* f = as_eaten_.by_name(lower)) return f;
    return table_.by_name(lower);
}

const Food& FoodDb::resolve(std::string_view ref) const {
    return *choose(ref, true).food;
}

}  // namespace mg
