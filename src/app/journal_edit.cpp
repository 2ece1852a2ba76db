#include "app/journal_edit.hpp"

#include <fmt/format.h>

#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "foods/food_db.hpp"
#include "journal/make_entry.hpp"
#include "journal/reuse.hpp"

namespace mg::app {
namespace {

using Months = store::JournalStore::Months;

// Finds the entry with `id` in the months; throws InputError with close ids when absent.
std::pair<std::string, size_t> locate(Months& months, const std::string& id) {
    std::vector<std::string> all;
    for (auto& [m, v] : months)
        for (size_t i = 0; i < v.size(); ++i) {
            if (v[i].id == id) return {m, i};
            all.push_back(v[i].id);
        }
    const std::string close = did_you_mean(closest(id, all, 2));
    throw InputError::plain(fmt::format("no journal entry with id '{}'", id),
                            close.empty() ? "see 'mgcalc log show'" : close)
        .in_form_words("", close.empty() ? "reload the page: it may have been removed" : close);
}

void check_day_mark(const JournalEntry& e, const EntryEdit& edit) {
    if (e.kind == EntryKind::day && (edit.amount || edit.food || edit.meal))
        throw UsageError(
            fmt::format("{} is a day mark: only --date and --note apply to it", e.id),
            "change the mark with 'mgcalc log day --date D --complete' (or --incomplete, "
            "--clear)")
            .in_form_words(fmt::format("{} is a day mark: only its date and note can change", e.id),
                           "");
}

}  // namespace

JournalEntry remove_entry(store::JournalStore& store, const std::string& id) {
    JournalEntry removed;
    store.modify([&](Months& months) {
        auto [m, i] = locate(months, id);
        removed = months[m][i];
        months[m].erase(months[m].begin() + static_cast<long>(i));
    });
    return removed;
}

std::optional<JournalEntry> remove_last_added(store::JournalStore& store) {
    std::optional<JournalEntry> removed;
    store.modify([&](Months& months) {
        std::string best_m;
        size_t best_i = 0;
        bool found = false;
        for (auto& [m, v] : months)
            for (size_t i = 0; i < v.size(); ++i)
                if (!found || v[i].added >= months[best_m][best_i].added)
                    best_m = m, best_i = i, found = true;
        if (!found) return;
        removed = months[best_m][best_i];
        months[best_m].erase(months[best_m].begin() + static_cast<long>(best_i));
    });
    return removed;
}

JournalEntry edit_entry(store::JournalStore& store, const std::string& id, const EntryEdit& edit,
                        const std::function<const FoodDb&()>& foods) {
    JournalEntry after;
    store.modify([&](Months& months) {
        auto [m, i] = locate(months, id);
        JournalEntry e = months[m][i];
        check_day_mark(e, edit);
        if (edit.meal) e.meal = *edit.meal;
        if (edit.note) e.note = *edit.note;
        if (edit.amount) e.amount = *edit.amount;
        if (e.kind == EntryKind::food) {
            // Editing recomputes the magnesium from the current food database.
            refresh_food_entry(e, foods().resolve(edit.food.value_or(e.food_id)));
        } else if (e.kind == EntryKind::supplement) {
            if (edit.food) throw UsageError("--food applies to food entries only");
            refresh_supplement_entry(e);
        }
        months[m].erase(months[m].begin() + static_cast<long>(i));
        if (edit.date && *edit.date != e.date) {
            e.date = *edit.date;
            auto& target = months[store::month_of(e.date)];
            e.id = next_entry_id(target, e.date);
            target.push_back(e);
        } else {
            months[m].insert(months[m].begin() + static_cast<long>(i), e);
        }
        after = e;
    });
    return after;
}

DayCopy copies_of_day(const store::JournalStore& store, Date from, const std::string& meal, Date to,
                      const std::string& added, bool again) {
    DayCopy c{.entries = copy_entries(store.read_range(from, from), from, meal, to, added)};
    if (c.entries.empty())
        throw InputError::plain(fmt::format("nothing to copy: no food or supplement logged on {}{}",
                                            from.iso(), meal.empty() ? "" : " for " + meal),
                                "see 'mgcalc log show --date " + from.iso() + "'")
            .in_form_words("", "go to " + from.iso() + " to see it");
    c.already = already_logged(c.entries, store.read_range(to, to));
    if (c.already == c.entries.size() && !again)
        throw InputError::plain(
            fmt::format("{} already holds {} from {}: copied before?", to.iso(),
                        c.entries.size() == 1 ? "its one entry"
                                              : fmt::format("all {} entries", c.entries.size()),
                        from.iso()),
            fmt::format("see 'mgcalc log show --date {}'; add --again to copy once more", to.iso()))
            .in_form_words("", "the copies are on this day's page already");
    return c;
}

std::vector<LogWarning> warnings_after_edit(const store::JournalStore& store, const EntryEdit& edit,
                                            const JournalEntry& after, Date today) {
    return edit_warnings(after, edit.amount || edit.food, edit.date.has_value(),
                         store.read_range(after.date, after.date), today);
}

}  // namespace mg::app
