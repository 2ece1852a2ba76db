#include "engine/suggest.hpp"

#include <algorithm>
#include <set>

namespace mg {

namespace {

struct Candidate {
    const Food* food;
    const Portion* portion;
    Magnesium mg;
    bool logged_before;
};

// Groups whose typical serving is a pinch: never realistic ways to add 50+ mg.
bool realistic_group(const std::string& g) {
    return g != "herbs-spices";
}

}  // namespace

std::vector<Suggestion> suggest_foods(const FoodDb& foods, Magnesium shortfall, const Profile& p,
                                      const std::vector<JournalEntry>& history) {
    std::vector<Suggestion> out;
    if (shortfall <= Magnesium()) return out;
    std::set<std::string> logged;
    for (const auto& e : history)
        if (e.kind == EntryKind::food) logged.insert(e.food_id);
    std::vector<Candidate> cands;
    for (const auto& f : foods.everyday()) {
        if (!realistic_group(f.group)) continue;
        bool excluded = false;
        for (const auto& t : f.tags)
            excluded |= std::find(p.exclude.begin(), p.exclude.end(), t) != p.exclude.end();
        if (excluded) continue;
        const Portion* s = f.serving_portion();
        if (!s) continue;
        const Magnesium m = f.in(s->food_mg);
        if (m < Magnesium::from_mg(20)) continue;
        cands.push_back({&f, s, m, logged.count(f.id) > 0});
    }
    auto make = [](const Candidate& c, bool combo) {
        return Suggestion{c.food->id,         c.food->name, c.portion->name,
                          c.portion->food_mg, c.mg,         combo};
    };
    // Single servings that close the gap: foods already eaten first, then the smallest
    // sufficient serving (no need for 220 mg when 60 mg are missing), one per group.
    std::vector<Candidate> closers;
    for (const auto& c : cands)
        if (c.mg >= shortfall) closers.push_back(c);
    std::stable_sort(closers.begin(), closers.end(), [](const Candidate& a, const Candidate& b) {
        if (a.logged_before != b.logged_before) return a.logged_before;
        return a.mg < b.mg;
    });
    std::set<std::string> groups;
    for (const auto& c : closers) {
        if (out.size() >= 3) break;
        if (!groups.insert(c.food->group).second) continue;
        out.push_back(make(c, false));
    }
    // A small combination from different groups: take the richest serving (a food already
    // eaten counts half as much again), until the smallest serving that closes the rest exists.
    std::vector<Candidate> rich;
    for (const auto& c : cands)
        if (c.mg < shortfall) rich.push_back(c);  // those that close it alone are singles
    auto weight = [](const Candidate& c) { return c.mg.ug() * (c.logged_before ? 3 : 2); };
    std::stable_sort(rich.begin(), rich.end(),
                     [&](const Candidate& a, const Candidate& b) { return weight(a) > weight(b); });
    std::set<std::string> used_groups;
    std::vector<Suggestion> combo;
    Magnesium sum;
    while (sum < shortfall && combo.size() < 3) {
        const Magnesium rest = shortfall - sum;
        const Candidate* pick = nullptr;
        for (const auto& c : rich)  // smallest sufficient serving for the rest
            if (!used_groups.count(c.food->group) && c.mg >= rest && (!pick || c.mg < pick->mg))
                pick = &c;
        if (!pick)
            for (const auto& c : rich)
                if (!used_groups.count(c.food->group)) {
                    pick = &c;
                    break;
                }
        if (!pick) break;
        used_groups.insert(pick->food->group);
        combo.push_back(make(*pick, true));
        sum += pick->mg;
    }
    if (combo.size() >= 2 && sum >= shortfall) out.insert(out.end(), combo.begin(), combo.end());
    return out;
}

}  // namespace mg
