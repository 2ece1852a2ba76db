#include "engine/suggest_plan.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "foods/suggestion_pool.hpp"

namespace mg {

namespace {

struct Option {
    Suggestion s;
    bool stranger = false;
    bool doubled = false;
};

Option doubled(const Suggestion& s) {
    Suggestion d = s;
    d.scale = 2;
    d.amount = scale_amount(s.amount, 2, 1);
    d.food_mg = s.food_mg * 2;
    d.magnesium = Magnesium::from_ug(s.magnesium.ug() * 2);
    if (s.kcal) d.kcal = *s.kcal * 2;
    d.gain = d.magnesium;
    return {.s = d, .stranger = s.kind == SuggestionKind::new_food, .doubled = true};
}

// The candidates worth combining: known foods and swaps first, then the richest strangers
// (two per group, so that every group has a chance).
std::vector<Option> shortlist(const std::vector<Suggestion>& eligible,
                              const std::vector<Suggestion>& swaps, Magnesium floor,
                              bool may_double, Magnesium gap, Magnesium tol) {
    std::vector<Suggestion> known, strangers;
    for (const auto& s : eligible)
        if (s.magnesium >= floor) (s.kind == SuggestionKind::more ? known : strangers).push_back(s);
    auto richest = [](const Suggestion& a, const Suggestion& b) {
        return a.magnesium > b.magnesium;
    };
    std::stable_sort(known.begin(), known.end(), richest);
    std::stable_sort(strangers.begin(), strangers.end(), richest);
    if (known.size() > 8) known.resize(8);
    std::vector<Option> out;
    auto add = [&](const Suggestion& s) {
        out.push_back({.s = s, .stranger = s.kind == SuggestionKind::new_food});
        // Twice a serving at most, and never past the size limit of one suggestion.
        if (may_double && s.kind != SuggestionKind::swap &&
            static_cast<double>(s.food_mg) * 2 <= kMaxServingGrams * 1000)
            out.push_back(doubled(s));
    };
    for (const auto& s : known) add(s);
    for (const auto& s : swaps)
        if (s.gain >= floor) add(s);
    std::map<std::string, int> per_group;
    int taken = 0;
    for (const auto& s : strangers)
        if (taken < 16 && per_group[s.group]++ < 2) add(s), ++taken;
    // For a small gap the richest foods overshoot: the smallest servings that close it alone
    // are candidates too (everyday foods first).
    std::vector<Suggestion> closers;
    for (const auto& s : strangers)
        if (s.magnesium >= gap - tol) closers.push_back(s);
    std::stable_sort(closers.begin(), closers.end(), [](const auto& a, const auto& b) {
        return a.less_common != b.less_common ? b.less_common : a.magnesium < b.magnesium;
    });
    for (size_t i = 0; i < closers.size() && i < 4; ++i) add(closers[i]);
    return out;
}

struct Scored {
    std::vector<const Option*> items;
    Magnesium total;
    std::tuple<int, std::int64_t, int, int, int, int, int, int, int, std::int64_t> key;
};

Scored score(std::vector<const Option*> items, Magnesium gap, Magnesium tol) {
    Magnesium total;
    int strangers = 0, doubles = 0, uncommon = 0, habit = 0;
    for (const auto* o : items) {
        total += o->s.gain;
        strangers += o->stranger;
        uncommon += o->stranger && o->s.less_common;
        doubles += o->doubled;
        habit += o->s.days_eaten;
    }
    const int count = static_cast<int>(items.size());
    const bool closes = total >= gap - tol;
    const bool sane = total.ug() <= gap.ug() * 2;
    const std::int64_t over = (total - gap).ug();
    return {
        .items = std::move(items),
        .total = total,
        .key = {closes ? 0 : 1, closes ? 0 : -total.ug(), sane ? 0 : 1, doubles, count == 1 ? 1 : 0,
                uncommon, strangers, count, -habit, over < 0 ? -over : over}};
}

// Every item is needed: without it the remainder would be above the tolerance.
bool all_needed(const std::vector<const Option*>& items, Magnesium gap, Magnesium tol) {
    Magnesium total;
    for (const auto* o : items) total += o->s.gain;
    if (total < gap - tol) return true;  // not closing: nothing is superfluous
    for (const auto* o : items)
        if (total - o->s.gain >= gap - tol) return false;
    return true;
}

bool compatible(const Option& a, const Option& b) {
    return a.s.group != b.s.group && a.s.food_id != b.s.food_id && a.s.food_id != b.s.replaces_id &&
           b.s.food_id != a.s.replaces_id;
}

}  // namespace

PlanResult plan_for_gap(Magnesium gap, const std::vector<Suggestion>& eligible,
                        const std::vector<Suggestion>& swaps, Magnesium floor, bool may_double) {
    PlanResult out;
    if (gap <= Magnesium()) return out;
    // Close to within max(10 mg, 5 % of the gap), but never call half a gap closed.
    const std::int64_t tol_ug =
        std::min(std::max<std::int64_t>(10'000, gap.ug() / 20), gap.ug() / 2);
    const Magnesium tol = Magnesium::from_ug(tol_ug);
    const std::vector<Option> opts = shortlist(eligible, swaps, floor, may_double, gap, tol);
    std::optional<Scored> best;
    auto consider = [&](std::vector<const Option*> items) {
        if (!all_needed(items, gap, tol)) return;
        Scored s = score(std::move(items), gap, tol);
        if (!best || s.key < best->key) best = std::move(s);
    };
    const size_t n = opts.size();
    for (size_t i = 0; i < n; ++i) {
        consider({&opts[i]});
        for (size_t j = i + 1; j < n; ++j) {
            if (!compatible(opts[i], opts[j])) continue;
            consider({&opts[i], &opts[j]});
            for (size_t k = j + 1; k < n; ++k)
                if (compatible(opts[i], opts[k]) && compatible(opts[j], opts[k]))
                    consider({&opts[i], &opts[j], &opts[k]});
        }
    }
    if (!best) return out;
    for (const auto* o : best->items) out.items.push_back(o->s);
    std::stable_sort(out.items.begin(), out.items.end(),
                     [](const auto& a, const auto& b) { return a.gain > b.gain; });
    out.total = best->total;
    out.closes = std::get<0>(best->key) == 0;
    return out;
}

}  // namespace mg
