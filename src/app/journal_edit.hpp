#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/log_warnings.hpp"
#include "core/date.hpp"
#include "journal/entry.hpp"
#include "store/journal_store.hpp"

namespace mg {
class FoodDb;
}

namespace mg::app {

// Changes to logged entries, shared by `log rm/undo/edit` and the web app's entries API.
// Each runs inside JournalStore::modify, under the journal's lock.

/// Removes the entry `id` and returns it. Throws InputError (with close ids) when absent.
JournalEntry remove_entry(store::JournalStore& store, const std::string& id);

/// Removes the entry added last (latest `added`; on a tie the later line of the later file)
/// and returns it; nullopt when the journal is empty.
std::optional<JournalEntry> remove_last_added(store::JournalStore& store);

/// What `log edit` may change; unset fields stay. `meal` is already validated ("" clears).
struct EntryEdit {
    std::optional<std::string> amount{};
    std::optional<std::string> food{};  ///< a food reference FoodDb::resolve accepts
    std::optional<std::string> meal{};
    std::optional<Date> date{};
    std::optional<std::string> note{};
};

/// Applies `edit` to the entry `id` and recomputes its magnesium (foods from `foods`, which
/// is called only for a food entry); a new date moves it to that day with a new id.
/// Returns the entry as written. Throws InputError/UsageError as `log edit` reports them.
JournalEntry edit_entry(store::JournalStore& store, const std::string& id, const EntryEdit& edit,
                        const std::function<const FoodDb&()>& foods);

/// The warnings on `after`, the entry edit_entry wrote for `edit` (log_warnings.hpp
/// edit_warnings, with its day read from `store`): what both front ends report.
std::vector<LogWarning> warnings_after_edit(const store::JournalStore& store, const EntryEdit& edit,
                                            const JournalEntry& after, Date today);

/// What copying a day would write.
struct DayCopy {
    std::vector<JournalEntry> entries;  ///< the copies, not yet written
    size_t already = 0;                 ///< how many of them day `to` already holds
};

/// Copies of the foods and supplements logged on `from` (only `meal`'s when not empty),
/// dated `to` and stamped `added` (reuse.hpp's copy_entries), not yet written. Throws
/// InputError when there is nothing to copy, and when `to` already holds every copy (the
/// same copy run twice: reuse.hpp's already_logged) unless `again`.
DayCopy copies_of_day(const store::JournalStore& store, Date from, const std::string& meal, Date to,
                      const std::string& added, bool again = false);

}  // namespace mg::app
