#pragma once
#include <condition_variable>
#include <cstdint>
#include <deque>
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
    ~GroupCommit();
    GroupCommit(const GroupCommit&) = delete;
    GroupCommit& operator=(const GroupCommit&) = delete;

    /// JournalStore(dir).append(entries, days), committed with the appends other
    /// threads are making to `dir` at the same time. Throws what the append would throw:
    /// the batch's own error (a bad line, a failed write or fsync) is every member's.
    std::vector<JournalEntry> append(const std::string& dir, std::vector<JournalEntry> entries,
                                     DayTallies* days);

    /// `dir`'s queue now: appends waiting, and in the batch under way (for tests).
    struct QueueState {
        size_t waiting = 0;
        size_t committing = 0;
    };
    QueueState state(const std::string& dir);
    Stats stats();

  private:
    struct Queue;
    Queue& queue_of(const std::string& dir);

    std::mutex mutex_;  // guards queues_ and stats_
    std::map<std::string, std::unique_ptr<Queue>> queues_;
    Stats stats_;
};

}  // namespace mg::store
