#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "journal/entry.hpp"

namespace mg::store {

/// A profile's journal: one file per month, `DIR/YYYY-MM.yaml` (docs/file-formats.md#journal).
/// Monthly files keep `check` and `report` reading only the months they cover.
///
/// Safety (docs/journal-safety.md): every writer holds an exclusive flock on `DIR/.lock`.
/// Appends write whole lines with one write() and fsync; rewrites go through a temp file,
/// fsync, rename and directory fsync. A journal with a bad line refuses all writes.
class JournalStore {
  public:
    explicit JournalStore(std::string dir);

    /// Entries dated within [from, to], sorted by date then id. Throws InputError listing
    /// every bad line of every file read.
    std::vector<JournalEntry> read_range(Date from, Date to) const;
    /// Every entry of every month.
    std::vector<JournalEntry> read_all() const;

    /// Appends entries (ids are assigned here, per date). Returns them with their ids.
    /// One entry goes out as one appended line; several are all or nothing within a month
    /// (the month file is replaced atomically), so a batch should keep to one month.
    /// `month_entries` receives, for the month of the first entry, all its entries after
    /// the append (for running totals).
    std::vector<JournalEntry> append(std::vector<JournalEntry> entries,
                                     std::vector<JournalEntry>* month_entries = nullptr);

    /// Months in the journal: "YYYY-MM" → entries. `change` edits them in place; months whose
    /// text changes are rewritten atomically. All under the exclusive lock.
    using Months = std::map<std::string, std::vector<JournalEntry>>;
    void modify(const std::function<void(Months&)>& change);

    const std::string& dir() const { return dir_; }
    std::string month_path(const std::string& month) const;

  private:
    std::vector<std::string> month_files() const;
    std::string dir_;
};

/// "YYYY-MM" of a date.
std::string month_of(Date d);

}  // namespace mg::store
