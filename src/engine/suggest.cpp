#include "engine/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

#include "core/text.hpp"
#include "engine/suggest_plan.hpp"
#include "foods/amount.hpp"

namespace mg {

std::string_view to_string(SuggestionKind k) {
    switch (k) {
        case SuggestionKind::more:
            return "more";
        case SuggestionKind::swap:
            return "swap";
        case SuggestionKind::new_food:
            return "new";
    }
    return "new";
}

namespace {

// Household quantities: a scaled amount such as 3/8 cup becomes one of these. Scaling down
// (servings for young children) never rounds up: 1/8 cup must not become the adult 1/4 cup.
std::pair<std::int64_t, std::int64_t> household(std::int64_t num, std::int64_t den, bool down) {
    const std::int64_t g = std::gcd(num, den);
    num /= g, den /= g;
    if (den <= 4) return {num, den};
    const double q = double(num) / double(den);
    if (q > 2) return {static_cast<std::int64_t>(down ? std::floor(q) : std::round(q)), 1};
    static const std::pair<std::int64_t, std::int64_t> kSteps[] = {
        {1, 8}, {1, 4}, {1, 3}, {1, 2}, {2, 3}, {3, 4}, {1, 1}, {5, 4}, {4, 3}, {3, 2}, {2, 1}};
    auto value = [](const auto& s) { return double(s.first) / double(s.second); };
    auto best = kSteps[0];
    for (const auto& s : kSteps) {
        if (down && value(s) > q + 1e-9) break;
        if (down || std::abs(q - value(s)) < std::abs(q - value(best))) best = s;
    }
    return best;
}

std::string quantity_text(std::int64_t num, std::int64_t den) {
    if (den == 1) return std::to_string(num);
    if (num < den) return fmt::format("{}/{}", num, den);
    return fmt::format("{} {}/{}", num / den, num % den, den);
}

// "1 slices" reads wrong: a quantity of one or less takes the singular of the unit's first
// word when the serving was written in the plural ("2 slices" halved is "1 slice").
std::string singular_unit(std::string unit) {
    const size_t end = unit.find_first_of(" ,(");
    const size_t w = end == std::string::npos ? unit.size() : end;
    if (w > 2 && unit[w - 1] == 's' && unit[w - 2] != 's') unit.erase(w - 1, 1);
    return unit;
}

}  // namespace

std::string scale_amount(std::string_view amount, std::int64_t num, std::int64_t den) {
    const Amount a = parse_amount(amount);
    // Keep the unit as written ("1 oz square Bakers" stays "Bakers", not "bakers").
    const std::string written = std::string(trim(amount));
    std::string unit = a.unit;
    if (written.size() >= unit.size() &&
        to_lower(written.substr(written.size() - unit.size())) == unit)
        unit = written.substr(written.size() - unit.size());
    const bool down = num < den;
    auto [n, d] = household(a.num * num, a.den * den, down);
    // Under a quarter cup, people measure by the tablespoon (16 to the cup).
    if (n * 4 < d && (unit == "cup" || unit.rfind("cup ", 0) == 0 || unit.rfind("cup,", 0) == 0)) {
        const std::int64_t tbsp = std::max<std::int64_t>(1, (a.num * num * 16) / (a.den * den));
        return fmt::format("{} tbsp", tbsp);
    }
    if (n <= d && a.num > a.den) unit = singular_unit(unit);
    const std::string q = quantity_text(n, d);
    return unit.empty() ? q : q + " " + unit;
}

namespace {

// What the four weeks of history say about one food.
struct Habit {
    std::set<Date> days;
    std::map<std::string, int> amounts;  // amount as written -> times
    std::vector<std::int64_t> grams;     // food_mg of each entry
    std::string usual_amount() const {
        return std::max_element(amounts.begin(), amounts.end(),
                                [](const auto& a, const auto& b) { return a.second < b.second; })
            ->first;
    }
    std::int64_t usual_food_mg() const {
        std::vector<std::int64_t> g = grams;
        std::sort(g.begin(), g.end());
        return g.empty() ? 0 : g[g.size() / 2];
    }
};

std::map<std::string, Habit> habits_of(const std::vector<JournalEntry>& history) {
    std::map<std::string, Habit> out;
    for (const auto& e : history) {
        if (e.kind != EntryKind::food || e.food_id.empty()) continue;
        Habit& h = out[e.food_id];
        h.days.insert(e.date);
        ++h.amounts[e.amount];
        if (e.food_mg > 0) h.grams.push_back(e.food_mg);
    }
    return out;
}

// For children under 4: the CFR toddler amount relative to the adult one, rounded to a
// household fraction; half an adult serving where the regulation has no toddler amount.
constexpr std::pair<std::int64_t, std::int64_t> kSteps[] = {{1, 4}, {1, 3}, {1, 2},
                                                            {2, 3}, {3, 4}, {1, 1}};

std::pair<std::int64_t, std::int64_t> toddler_factor(const RaccCategory* c) {
    if (!c || !c->toddler_g) return {1, 2};
    const double r = std::min(1.0, *c->toddler_g / c->adult_g);
    auto best = kSteps[0];
    for (const auto& s : kSteps)
        if (std::abs(r - double(s.first) / s.second) <
            std::abs(r - double(best.first) / best.second))
            best = s;
    return best;
}

// The adult serving scaled by toddler_factor, stepped down to a smaller household fraction
// while it weighs more than the CFR's amount for children under 4 (reference §9a: fruit
// 125 g): a cup of guava (165 g) is 3/4 cup, not the whole cup that the rounding gives.
std::string toddler_amount(const Food& f, const PoolServing& s, const SuggestionPool& pool) {
    const RaccCategory* c = pool.category(s.category);
    const auto [n, d] = toddler_factor(c);
    std::string amount = scale_amount(s.serving, n, d);
    if (!c || !c->toddler_g) return amount;
    const auto cap_mg = static_cast<std::int64_t>(std::llround(*c->toddler_g * 1000));
    for (auto it = std::rbegin(kSteps); it != std::rend(kSteps); ++it) {
        if (it->first * d >= n * it->second) continue;  // not smaller than the factor
        try {
            if (resolve_amount(parse_amount(amount), f).food_mg <= cap_mg) return amount;
        } catch (const InputError&) {
            return amount;  // pool_serving drops it; check_suggestion_pool reports it
        }
        amount = scale_amount(s.serving, it->first, it->second);
    }
    return amount;
}

// Swap: the richer food in the household amount they usually eat of the other one, or the
// same weight when that amount does not fit the richer food or weighs less than half or
// more than twice as much (a medium banana for a medium apple, not 182 g of banana).
std::optional<Suggestion> swap_of(const Swap& w, const Food& from, const Food& to, const Habit& h,
                                  Suggestion s) {
    const std::int64_t from_mg = h.usual_food_mg();
    if (from_mg <= 0) return std::nullopt;
    const std::string usual = h.usual_amount();
    std::int64_t to_mg = 0;
    try {
        to_mg = resolve_amount(parse_amount(usual), to).food_mg;
    } catch (const InputError&) {
    }
    if (to_mg > 0 && to_mg <= from_mg * 2 && to_mg * 2 >= from_mg) {
        s.amount = usual;
    } else {
        to_mg = from_mg;
        s.amount = format_grams(from_mg) + " g";
    }
    s.kind = SuggestionKind::swap;
    s.food_mg = to_mg;
    s.magnesium = to.in(to_mg);
    s.kcal = to.has_energy() ? std::optional<double>(to.kcal_in(to_mg)) : std::nullopt;
    s.gain = s.magnesium - from.in(from_mg);
    s.replaces_id = from.id;
    s.replaces_name = from.name;
    s.replaces_amount = usual;
    s.days_eaten = static_cast<int>(h.days.size());
    s.role = w.role;
    s.scale = 1;
    return s;
}

// Below this a serving is not worth suggesting for this gap.
Magnesium worth(Magnesium gap) {
    return std::max(Magnesium::from_mg(5),
                    std::min(Magnesium::from_mg(20), Magnesium::from_ug(gap.ug() / 4)));
}

}  // namespace

std::optional<Suggestion> pool_serving(const Food& f, const PoolServing& s,
                                       const SuggestionPool& pool, const Eligibility& who) {
    std::string amount = s.serving;
    if (who.under_4) amount = !s.toddler.empty() ? s.toddler : toddler_amount(f, s, pool);
    try {
        const Resolved r = resolve_amount(parse_amount(amount), f);
        Suggestion out{.food_id = f.id,
                       .name = f.name,
                       .group = f.group,
                       .amount = amount,
                       .food_mg = r.food_mg,
                       .magnesium = f.in(r.food_mg)};
        out.gain = out.magnesium;
        if (f.has_energy()) out.kcal = f.kcal_in(r.food_mg);
        out.less_common = s.less_common;
        if (who.under_4) out.note = s.under_4_note;
        return out;
    } catch (const InputError&) {
        return std::nullopt;  // check_suggestion_pool reports it; never guess an amount
    }
}

Suggestions suggest_foods(const FoodDb& foods, const SuggestionPool& pool, const Eligibility& who,
                          Magnesium gap, const std::vector<JournalEntry>& history) {
    Suggestions out;
    out.gap = gap;
    if (gap <= Magnesium() || who.no_suggestions) return out;
    const auto habits = habits_of(history);
    std::vector<Suggestion> eligible;  // every pool food this person may be offered
    for (const auto& s : pool.servings) {
        const Food* f = foods.find(s.food_id);
        if (!f || f->id != s.food_id || who.excluded_by(*f)) continue;
        if (auto sg = pool_serving(*f, s, pool, who)) {
            if (auto h = habits.find(f->id); h != habits.end())
                sg->days_eaten = static_cast<int>(h->second.days.size());
            sg->kind = sg->days_eaten > 0 ? SuggestionKind::more : SuggestionKind::new_food;
            if (!s.swap_only) eligible.push_back(*sg);
            // Swap-only foods are offered only through a swap below.
            for (const auto& w : pool.swaps) {
                if (w.to != f->id) continue;
                const Food* from = foods.find(w.from);
                const auto h = habits.find(w.from);
                // "Often": on at least two days of the four weeks.
                if (!from || h == habits.end() || h->second.days.size() < 2) continue;
                if (auto sw = swap_of(w, *from, *f, h->second, *sg);
                    sw && sw->gain >= Magnesium::from_mg(5))
                    out.swaps.push_back(*sw);
            }
        }
    }
    // One swap per replaced food: the best gain.
    std::stable_sort(out.swaps.begin(), out.swaps.end(), [](const auto& a, const auto& b) {
        return a.gain.ug() * a.days_eaten > b.gain.ug() * b.days_eaten;
    });
    std::set<std::string> replaced;
    std::erase_if(out.swaps,
                  [&](const Suggestion& s) { return !replaced.insert(s.replaces_id).second; });
    if (out.swaps.size() > 3) out.swaps.resize(3);

    const Magnesium floor = worth(gap);
    for (const auto& s : eligible)
        if (s.kind == SuggestionKind::more && s.magnesium >= floor) out.more.push_back(s);
    std::stable_sort(out.more.begin(), out.more.end(), [](const auto& a, const auto& b) {
        return a.days_eaten != b.days_eaten ? a.days_eaten > b.days_eaten
                                            : a.magnesium > b.magnesium;
    });
    if (out.more.size() > 3) out.more.resize(3);

    // New foods that close the gap alone: the smallest sufficient serving, one per group.
    std::vector<Suggestion> closers;
    for (const auto& s : eligible)
        if (s.kind == SuggestionKind::new_food && s.magnesium >= gap) closers.push_back(s);
    std::stable_sort(closers.begin(), closers.end(), [](const auto& a, const auto& b) {
        return a.less_common != b.less_common ? b.less_common : a.magnesium < b.magnesium;
    });
    std::set<std::string> groups;
    for (const auto& c : closers)
        if (out.alone.size() < 3 && groups.insert(c.group).second) out.alone.push_back(c);

    // Children under 4 already get toddler amounts: never twice that.
    PlanResult plan = plan_for_gap(gap, eligible, out.swaps, floor, !who.under_4);
    // A food the plan already uses is not repeated as an alternative.
    std::erase_if(out.alone, [&](const Suggestion& a) {
        return std::any_of(plan.items.begin(), plan.items.end(),
                           [&](const Suggestion& p) { return p.food_id == a.food_id; });
    });
    out.plan = std::move(plan.items);
    out.plan_total = plan.total;
    out.plan_closes = plan.closes;
    return out;
}

}  // namespace mg
