#include "store/import_merge.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace mg::store {
namespace {

// What makes two entries the same entry for a re-import: the import key when there is one,
// else the whole line apart from the id (which the journal assigns).
std::string identity(JournalEntry e) {
    if (!e.import_key.empty()) return e.import_key;
    e.id.clear();
    return entry_to_line(e);
}

bool is_serving(const JournalEntry& e) {
    return e.kind == EntryKind::food || e.kind == EntryKind::supplement;
}

void count(MergeResult& r, EntryKind k) {
    switch (k) {
        case EntryKind::food:
            ++r.foods;
            break;
        case EntryKind::supplement:
            ++r.supplements;
            break;
        case EntryKind::total:
            ++r.totals;
            break;
        case EntryKind::day:
            ++r.marks;
            break;
    }
}

}  // namespace

MergeResult merge_import(JournalStore::Months& months, const std::vector<JournalEntry>& incoming,
                         const std::string& now, const MergeRules& rules) {
    MergeResult r;
    std::map<std::string, int> present;
    std::set<Date> served;
    for (const auto& [m, v] : months)
        for (const auto& e : v) {
            ++present[identity(e)];
            if (is_serving(e)) served.insert(e.date);
        }
    std::vector<const JournalEntry*> fresh;
    for (const auto& e : incoming) {
        int& n = present[identity(e)];
        if (n > 0) {
            --n, ++r.already_present;
            continue;
        }
        fresh.push_back(&e);
    }
    std::set<Date> arriving;
    for (const JournalEntry* e : fresh)
        if (is_serving(*e) && !served.count(e->date)) arriving.insert(e->date);
    if (rules.servings_win) {
        for (auto& [m, v] : months)
            std::erase_if(v, [&](const JournalEntry& e) {
                if (e.kind != EntryKind::total || !arriving.count(e.date)) return false;
                r.totals_replaced.push_back(e.date);
                return true;
            });
        served.insert(arriving.begin(), arriving.end());
    }
    for (const JournalEntry* in : fresh) {
        if (rules.servings_win && in->kind == EntryKind::total && served.count(in->date)) {
            r.totals_skipped.push_back(in->date);
            continue;
        }
        JournalEntry e = *in;
        auto& month = months[month_of(e.date)];
        const bool id_free =
            rules.keep_ids && e.id.rfind(e.date.compact() + "-", 0) == 0 &&
            std::none_of(month.begin(), month.end(), [&](const auto& o) { return o.id == e.id; });
        if (!id_free) e.id = next_entry_id(month, e.date);
        if (e.added.empty()) e.added = now;
        month.push_back(e);
        count(r, e.kind);
    }
    return r;
}

}  // namespace mg::store
