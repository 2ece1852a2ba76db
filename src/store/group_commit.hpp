#pragma once
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "journal/entry.hpp"
#include "store/journal_store.hpp"

namespace mg::store {

/// Group commit for the appends that the threads of one process (the web app's workers)
/// make to the same journals (docs/web.md#journal-writes). An append joins its journal's
/// queue; the first thread to find no batch under way takes the queue's waiting appends,
/// writes them under the journal's exclusive flock (JournalStore::append_together: one
/// write() and one fsync per month file) and wakes the others, who return once the fsync
/// that covers their entry is done: an entry is acknowledged only when it is durable. The
/// flock still excludes other processes (the CLI) exactly as before.
///
/// A batch is one append of several entries (all or nothing, alone) or the run of one-entry
/// appends at the head of the queue. Thread-safe; one object serves any number of journals.
class GroupCommit {
  public:
    /// What has been committed so far: appends acknowledged or failed, and the batches (each
    /// one lock and one fsync per month) they went out in.
    struct Stats {
        std::uint64_t appends = 0;
        std::uint64_t batches = 0;
    };

    GroupCommit();
    /// Waits for the submitted appends still queued to be committed and answered. Destroy
    /// it only once no other thread appends or submits.
    ~GroupCommit();
    GroupCommit(const GroupCommit&) = delete;
    GroupCommit& operator=(const GroupCommit&) = delete;

    /// JournalStore(dir).append(entries, days), committed with the appends other
    /// threads are making to `dir` at the same time. Throws what the append would throw:
    /// the batch's own error (a bad line, a failed write or fsync) is every member's.
    std::vector<JournalEntry> append(const std::string& dir, std::vector<JournalEntry> entries,
                                     DayTallies* days);

    /// An append's outcome, given to its Done: `entries` with their ids and `days`, or
    /// `error` (what append would have thrown).
    using Done = std::function<void(PendingAppend& outcome)>;
    /// The same append without waiting for it or writing it: it joins `dir`'s queue and
    /// returns. The journal's committer thread (started by its first submit) commits it,
    /// or the thread leading the batch under way; `done` is called on that thread once the
    /// fsync that covers the entries has returned (or the batch failed), or at once for no
    /// entries. `done` must not throw, and should be quick: the next batch waits for it
    /// (hand longer work to another thread). Throws only when the committer cannot start.
    void submit(const std::string& dir, std::vector<JournalEntry> entries, Done done);

    /// `dir`'s queue now: appends waiting, and in the batch under way (for tests).
    struct QueueState {
        size_t waiting = 0;
        size_t committing = 0;
    };
    QueueState state(const std::string& dir);
    Stats stats();

  private:
    struct Queue;
    struct Waiter;
    Queue& queue_of(const std::string& dir);
    /// Commits batches of `q` (locked by `lock`, released on return) while it is the
    /// caller's to: a thread (`me`) until its append is done, the committer (null) while
    /// submitted appends are next; then wakes the next batch's leader. Returns whether
    /// `me`'s append is done.
    bool lead(Queue& q, std::unique_lock<std::mutex>& lock, const Waiter* me);
    /// The committer thread of `q`, until the GroupCommit is destroyed.
    void commit_submitted(Queue& q);

    std::mutex mutex_;  // guards queues_ and stats_
    std::map<std::string, std::unique_ptr<Queue>> queues_;
    Stats stats_;
};

}  // namespace mg::store
