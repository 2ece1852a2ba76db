#pragma once
#include <chrono>
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "journal/day.hpp"
#include "journal/entry.hpp"
#include "store/file_stamp.hpp"
#include "store/text_digest.hpp"

namespace mg::store {

class GroupCommit;

/// One caller's append within a batch (JournalStore::append_together): its entries (ids are
/// set there) and, once written and fsync'd, its days; or the error that kept it out of the
/// journal.
struct PendingAppend {
    std::vector<JournalEntry> entries;
    /// The days of `entries` after the append (for the day's total and warnings); set only
    /// on success.
    std::optional<DayTallies> days{};
    std::exception_ptr error{};
};

/// The month file the last batch of appends wrote, as it left it: its text's digest, its days
/// and the numbers of its ids. Kept by the caller between batches (GroupCommit keeps one per
/// journal), so that the next batch to the same month, finding the file exactly as it was
/// left, neither parses it nor scans its entries: it adds to the days it writes and numbers
/// them from `last_number`. Whether the file is as it was left: its stamp still holding the
/// last batch's mark (mark_written), which any later write breaks, so an edit by hand or
/// another process's append (which the flock orders before the batch) shows; else, and at
/// least every kCompareMonthEvery, the file read whole and its digest compared, which also
/// catches what a stamp cannot: a write that ignored the lock between a batch's check and its mark,
/// or stores through a memory mapping.
struct MonthMemo {
    std::string path;
    TextDigest digest;  ///< of the month's text (its size and hash): the memo never holds it
    size_t lines = 0;   ///< of the month
    DayTallies days;   ///< each date's entries, taken in file order
    /// For each id prefix "YYYYMMDD-" in the month, the highest number after it: the next
    /// id of that date is one more (next_entry_id's rule, without scanning the month).
    std::map<std::string, int, std::less<>> last_number;
    /// The file's stamp after the batch wrote it, holding the batch's mark (mark_written),
    /// when the file took one and was then exactly `text`. nullopt: compare `text`.
    std::optional<FileStamp> stamp;
    /// When the file was last read whole (compared with `text`, or parsed).
    std::chrono::steady_clock::time_point read_at{};
    size_t reads = 0;    ///< times a batch read the file whole (compared or parsed): for tests
    bool valid = false;  ///< false until a batch fills it
};

/// How long a month's stamp vouches for it before its text is compared again.
inline constexpr std::chrono::seconds kCompareMonthEvery{1};

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

    /// `prefix` followed by a text for each month file, in month order, returned in parts
    /// whose concatenation is the whole (so that it is never copied into one string):
    /// `text_of(entries, out)` appends the text of one month's entries (in date order) to
    /// `out`. For a whole-journal export without every entry in memory at once; a large
    /// journal's months are read by two threads (one from each end), so `text_of` is called
    /// from two threads at once (on different months and outputs). Throws InputError listing
    /// every bad line, in month order. Returns nullopt when a file holds an entry dated
    /// outside its month (by hand), for which only read_all's order over the whole journal is
    /// right.
    using MonthText = std::function<void(const std::vector<JournalEntry>&, std::string&)>;
    std::optional<std::vector<std::string>> map_months(std::string prefix,
                                                       const MonthText& text_of) const;

    /// Appends entries (ids are assigned here, per date). Returns them with their ids.
    /// One entry goes out as one appended line; several are all or nothing within a month
    /// (the month file is replaced atomically), so a batch should keep to one month.
    /// `days` receives every entry dated as one of `entries` after the append (for the
    /// day's running total and warnings).
    std::vector<JournalEntry> append(std::vector<JournalEntry> entries, DayTallies* days = nullptr);
    /// append(), without waiting for it when the store has a group commit: `done` gets the
    /// outcome (`entries` with their ids and `days`, or `error`) once it is durable, on the
    /// thread that committed it (GroupCommit::submit); without one, before this returns.
    void append_async(std::vector<JournalEntry> entries,
                      std::function<void(PendingAppend& outcome)> done);

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
