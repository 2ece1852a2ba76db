#include "journal/reuse.hpp"

#include <algorithm>
#include <map>

namespace mg {

std::vector<JournalEntry> copy_entries(const std::vector<JournalEntry>& entries, Date from,
                                       const std::string& meal, Date to, const std::string& added) {
    std::vector<JournalEntry> out;
    for (const auto& e : entries) {
        if (e.date != from || (!meal.empty() && e.meal != meal)) continue;
        if (e.kind != EntryKind::food && e.kind != EntryKind::supplement) continue;
        JournalEntry c = e;
        c.id.clear();
        c.date = to;
        c.added = added;
        c.import_key.clear();
        c.line = 0;
        out.push_back(std::move(c));
    }
    return out;
}

size_t already_logged(const std::vector<JournalEntry>& copies,
                      const std::vector<JournalEntry>& day) {
    auto same = [](const JournalEntry& a, const JournalEntry& b) {
        return a.kind == b.kind && a.food_id == b.food_id && a.name == b.name &&
               a.amount == b.amount && a.units == b.units && a.meal == b.meal &&
               a.date == b.date;
    };
    std::vector<bool> used(day.size(), false);
    size_t n = 0;
    for (const auto& c : copies) {
        for (size_t i = 0; i < day.size(); ++i) {
            if (used[i] || !same(c, day[i])) continue;
            used[i] = true;
            ++n;
            break;
        }
    }
    return n;
}

std::vector<RecentFood> recent_foods(const std::vector<JournalEntry>& entries, Date today) {
    const Date first = today.plus_days(-(kRecentDays - 1));
    std::map<std::string, RecentFood> by_id;
    for (const auto& e : entries) {
        if (e.kind != EntryKind::food || e.food_id.empty() || !e.import_key.empty() ||
            e.date < first || today < e.date)
            continue;
        RecentFood& r = by_id[e.food_id];
        r.food_id = e.food_id;
        ++r.times;
        if (r.name.empty() || !(e.date < r.last)) r.name = e.name, r.last = e.date;
    }
    std::vector<RecentFood> out;
    for (auto& [id, r] : by_id) out.push_back(std::move(r));
    std::stable_sort(out.begin(), out.end(), [](const RecentFood& a, const RecentFood& b) {
        if (a.times != b.times) return a.times > b.times;
        return b.last < a.last;
    });
    return out;
}

}  // namespace mg
