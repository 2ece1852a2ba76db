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

// A day total (only daily summaries make them) and the supplement rows of the same daily
// summary: one day's numbers that the day's servings supersede.
bool from_daily(const JournalEntry& e) {
    return e.kind == EntryKind::total ||
           (e.kind == EntryKind::supplement && e.import_key.starts_with("cronometer-daily:"));
}

// What a day total would count twice: food, however logged, and Cronometer's servings.
bool is_serving(const JournalEntry& e) {
    if (from_daily(e)) return false;
    return e.kind == EntryKind::food ||
           (e.kind == EntryKind::supplement && e.import_key.starts_with("cronometer:"));
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

using Present = std::map<std::string, std::vector<JournalEntry*>>;

// The journal entry `in` already is, taken from `present` (each matches once), or nullptr.
JournalEntry* take(Present& present, const JournalEntry& in) {
    for (const std::string& key : {identity(in), in.legacy_import_key}) {
        if (key.empty()) continue;
        auto it = present.find(key);
        if (it == present.end() || it->second.empty()) continue;
        JournalEntry* e = it->second.back();
        it->second.pop_back();
        return e;
    }
    return nullptr;
}

// A re-import whose supplement groups changed: the entry takes the kind the file now gives.
void reclassify(JournalEntry& have, const JournalEntry& in, MergeResult& r) {
    const bool intake = [](EntryKind k) {
        return k == EntryKind::food || k == EntryKind::supplement;
    }(have.kind);
    if (!intake || have.kind == in.kind ||
        (in.kind != EntryKind::food && in.kind != EntryKind::supplement))
        return;
    ++(in.kind == EntryKind::supplement ? r.to_supplement : r.to_food);
    have.kind = in.kind;
    have.food_id = in.food_id;
    have.food_mg = in.food_mg;
    have.meal = in.meal;
}

// The incoming entries the journal does not hold yet; the others are matched, counted and
// brought up to date in place.
std::vector<const JournalEntry*> fresh_entries(JournalStore::Months& months,
                                               const std::vector<JournalEntry>& incoming,
                                               MergeResult& r) {
    Present present;
    for (auto& [m, v] : months)
        for (auto& e : v) present[identity(e)].push_back(&e);
    for (auto& [k, v] : present) std::reverse(v.begin(), v.end());  // journal order first
    std::vector<const JournalEntry*> fresh;
    for (const auto& in : incoming) {
        JournalEntry* have = take(present, in);
        if (!have) {
            fresh.push_back(&in);
            continue;
        }
        ++r.already_present;
        // Matched by the key an earlier release wrote: it takes today's key, so that a
        // later re-save of the file (whose raw cells differ) still matches it.
        if (!in.legacy_import_key.empty() && have->import_key == in.legacy_import_key)
            have->import_key = in.import_key;
        reclassify(*have, in, r);
        if (have->kind == EntryKind::total && in.kind == EntryKind::total &&
            have->magnesium != in.magnesium)
            r.totals_differ.push_back(in.date);
    }
    return fresh;
}

void add_entry(JournalStore::Months& months, JournalEntry e, const std::string& now,
               const MergeRules& rules, MergeResult& r) {
    auto& month = months[month_of(e.date)];
    const bool id_free =
        rules.keep_ids && e.id.rfind(e.date.compact() + "-", 0) == 0 &&
        std::none_of(month.begin(), month.end(), [&](const auto& o) { return o.id == e.id; });
    if (!id_free) e.id = next_entry_id(month, e.date);
    if (e.added.empty()) e.added = now;
    month.push_back(e);
    count(r, e.kind);
}

}  // namespace

MergeResult merge_import(JournalStore::Months& months, const std::vector<JournalEntry>& incoming,
                         const std::string& now, const MergeRules& rules,
                         const std::vector<Date>& not_completed) {
    MergeResult r;
    r.marks_differ = marks_differ(months, incoming, not_completed);
    const std::vector<const JournalEntry*> fresh = fresh_entries(months, incoming, r);
    std::set<Date> served, supplemented;
    for (const auto& [m, v] : months)
        for (const auto& e : v) {
            if (is_serving(e)) served.insert(e.date);
            if (e.kind == EntryKind::supplement && !is_serving(e) && !from_daily(e))
                supplemented.insert(e.date);
        }
    std::set<Date> arriving;
    for (const JournalEntry* e : fresh)
        if (is_serving(*e)) arriving.insert(e->date);
    if (rules.servings_win) {
        for (auto& [m, v] : months)
            std::erase_if(v, [&](const JournalEntry& e) {
                if (!from_daily(e) || !arriving.count(e.date)) return false;
                if (e.kind == EntryKind::total) r.totals_replaced.push_back(e.date);
                return true;
            });
        served.insert(arriving.begin(), arriving.end());
    }
    for (const JournalEntry* in : fresh) {
        if (rules.servings_win && from_daily(*in) && served.count(in->date)) {
            if (in->kind == EntryKind::total) r.totals_skipped.push_back(in->date);
            continue;
        }
        if (rules.servings_win && in->kind == EntryKind::total && supplemented.count(in->date))
            r.totals_beside_supplements.push_back(in->date);
        add_entry(months, *in, now, rules, r);
    }
    return r;
}

std::vector<Date> marks_differ(const JournalStore::Months& months,
                               const std::vector<JournalEntry>& incoming,
                               const std::vector<Date>& not_completed) {
    std::vector<JournalEntry> all;
    std::set<std::string> keys;
    for (const auto& [m, v] : months)
        for (const auto& e : v) {
            all.push_back(e);
            if (e.kind == EntryKind::day) keys.insert(e.import_key);
        }
    const std::map<Date, bool> marks = day_marks(all);
    std::set<Date> out;
    for (const auto& e : incoming)
        if (e.kind == EntryKind::day && e.complete == true && marks.count(e.date) &&
            !marks.at(e.date))
            out.insert(e.date);
    for (Date d : not_completed)
        if (marks.count(d) && marks.at(d) &&
            keys.count("cronometer-daily:" + d.iso() + ":completed"))
            out.insert(d);
    return {out.begin(), out.end()};
}

}  // namespace mg::store
