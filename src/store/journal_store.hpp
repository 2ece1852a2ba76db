#pragma once
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "journal/entry.hpp"

namespace mg::store {

class GroupCommit;

/// A month's entries as an append left them, shared rather than copied: under load the web
/// app answers many adds to one month at once, and a copy each was a fifth of an add's CPU.
/// The entries never change once handed out; `*m` views them, and `m` is false when unset.
class MonthEntries {
  public:
    MonthEntries() = default;
    /// A view of `entries`, which `keep` holds alive and nobody changes.
    MonthEntries(std::shared_ptr<const void> keep, std::span<const JournalEntry> entries)
        : keep_(std::move(keep)), entries_(entries) {}
    /// The entries of `v`, which is kept.
    static MonthEntries of(std::vector<JournalEntry> v);
    std::span<const JournalEntry> operator*() const { return entries_; }
    const std::span<const JournalEntry>* operator->() const { return &entries_; }
    explicit operator bool() const { return keep_ != nullptr; }

  private:
    std::shared_ptr<const void> keep_;
    std::span<const JournalEntry> entries_;
};

/// One caller's append within a batch (JournalStore::append_together): its entries (ids are
/// set there) and, once written and fsync'd, its month's entries; or the error that kept it
/// out of the journal.
struct PendingAppend {
    std::vector<JournalEntry> entries;
    /// All entries of the month of the first entry after the append; set only on success.
    MonthEntries month{};
    std::exception_ptr error{};
};

/// The month file the last batch of appends wrote, as it left it: its text and its entries.
/// Kept by the caller between batches (GroupCommit keeps one per journal), so that the next
/// batch to the same month, finding the file exactly as it was left, neither parses it nor
/// copies its entries: it appends to them. The file's text is compared whole, so an edit by
/// hand or another process's append (which the flock orders before the batch) always shows.
///
/// `entries` grows in place, within its capacity only: the entries handed out by earlier
/// batches (MonthEntries views of its first elements) never move or change. Past its
/// capacity the next batch starts a larger vector, and the views keep the old one alive.
struct MonthMemo {
    std::string path;
    std::string text;
    size_t lines = 0;  ///< of `text`
    std::shared_ptr<std::vector<JournalEntry>> entries{};
};

/// A profile's journal: one file per month, `DIR/YYYY-MM.yaml` (docs/file-formats.md#journal).
/// Monthly files keep `check` and `report` reading only the months they cover.
///
/// Safety (docs/journal-safety.md): every writer holds an exclusive flock on `DIR/.lock`.
/// Appends write whole lines with one write() and fsync; rewrites go through a temp file,
/// fsync, rename and directory fsync. A journal with a bad line refuses all writes.
class JournalStore {
  public:
    /// `group`, when given, commits this store's appends together with those other threads
    /// of the process make to the same journal at the same time (store/group_commit.hpp); it
    /// must outlive the store. Without it an append is a batch of its own.
    explicit JournalStore(std::string dir, GroupCommit* group = nullptr);

    /// Entries dated within [from, to], sorted by date then id. Throws InputError listing
    /// every bad line of every file read.
    std::vector<JournalEntry> read_range(Date from, Date to) const;
    /// Every entry of every month.
    std::vector<JournalEntry> read_all() const;

    /// Appends a text for each month file to `prefix`, in month order, and returns it:
    /// `text_of(entries, out)` appends the text of one month's entries (in date order) to
    /// `out`. For a whole-journal export without every entry in memory at once; a large
    /// journal's later months are read on a second thread, so `text_of` is called from two
    /// threads at once (on different months and outputs). Throws InputError listing every
    /// bad line. Returns nullopt when a file holds an entry dated outside its month (by
    /// hand), for which only read_all's order over the whole journal is right.
    using MonthText = std::function<void(const std::vector<JournalEntry>&, std::string&)>;
    std::optional<std::string> map_months(std::string prefix, const MonthText& text_of) const;

    /// Appends entries (ids are assigned here, per date). Returns them with their ids.
    /// One entry goes out as one appended line; several are all or nothing within a month
    /// (the month file is replaced atomically), so a batch should keep to one month.
    /// `month_entries` receives, for the month of the first entry, all its entries after
    /// the append (for running totals).
    std::vector<JournalEntry> append(std::vector<JournalEntry> entries,
                                     MonthEntries* month_entries = nullptr);

    /// Several callers' appends under one exclusive lock (group commit). A batch is either
    /// one append of several entries (all or nothing: its months are replaced atomically) or
    /// any number of one-entry appends: per month, every line in one write() and one fsync;
    /// a bad line in the month or a failed write or fsync (the file cut back to its whole
    /// lines) sets `error` for every append of that month. Each append gets its result in
    /// its PendingAppend; a failure to take the lock is thrown, for all of them.
    /// `memo`, when given, is the month the previous batch wrote; it is updated to this one's.
    void append_together(std::span<PendingAppend* const> batch, MonthMemo* memo = nullptr);

    /// Months in the journal: "YYYY-MM" → entries. `change` edits them in place; months whose
    /// text changes are rewritten atomically. All under the exclusive lock.
    using Months = std::map<std::string, std::vector<JournalEntry>>;
    void modify(const std::function<void(Months&)>& change);

    const std::string& dir() const { return dir_; }
    std::string month_path(const std::string& month) const;

  private:
    std::vector<std::string> month_files() const;
    /// The month files in order, their paths and sizes, and where a second thread should
    /// start reading them (their count when one thread is enough).
    struct MonthSplit {
        std::vector<std::string> months, paths;
        std::vector<std::uint64_t> sizes;
        std::uint64_t bytes = 0;
        size_t split = 0;
    };
    MonthSplit split_months() const;
    void replace_months(PendingAppend& p);
    void append_lines(const std::string& month, std::span<PendingAppend* const> appends,
                      MonthMemo* memo);
    std::string dir_;
    GroupCommit* group_ = nullptr;
};

/// "YYYY-MM" of a date.
std::string month_of(Date d);

}  // namespace mg::store
