#include "store/group_commit.hpp"

#include "store/journal_store.hpp"

namespace mg::store {

// One journal's appends: waiting for a batch, or in the batch under way (`busy`).
struct GroupCommit::Queue {
    // Each waiter is woken on its own, when its batch is done or it is to lead the next:
    // one condition variable for all woke every waiting thread at each batch's end, and
    // under 20 clients those wake-ups were most of the web app's context switches. Shared,
    // so that the leader may wake it after releasing `mutex` (the waiter may have returned
    // by then).
    struct Waiter {
        PendingAppend* append = nullptr;
        bool done = false;  // guarded by `mutex`
        std::condition_variable wake;
    };
    std::mutex mutex;
    std::deque<std::shared_ptr<Waiter>> waiting;
    bool busy = false;
    size_t committing = 0;  // appends in the batch under way
    MonthMemo memo;         // the month the last batch wrote; used by one batch at a time

    // The next batch into `batch`, which has room for every waiting append: one append of
    // several entries alone, else the run of one-entry ones.
    void take_batch(std::vector<std::shared_ptr<Waiter>>& batch) {
        batch.push_back(waiting.front());
        waiting.pop_front();
        if (batch.front()->append->entries.size() > 1) return;
        while (!waiting.empty() && waiting.front()->append->entries.size() == 1) {
            batch.push_back(waiting.front());
            waiting.pop_front();
        }
    }
};

GroupCommit::GroupCommit() = default;
GroupCommit::~GroupCommit() = default;

GroupCommit::Queue& GroupCommit::queue_of(const std::string& dir) {
    std::lock_guard lock(mutex_);
    auto& q = queues_[dir];
    if (!q) q = std::make_unique<Queue>();
    return *q;
}

std::vector<JournalEntry> GroupCommit::append(const std::string& dir,
                                              std::vector<JournalEntry> entries, DayTallies* days) {
    if (entries.empty()) return entries;
    Queue& q = queue_of(dir);
    PendingAppend mine{.entries = std::move(entries)};
    const auto me = std::make_shared<Queue::Waiter>();
    me->append = &mine;
    std::unique_lock lock(q.mutex);
    q.waiting.push_back(me);
    while (!me->done) {
        if (q.busy) {
            me->wake.wait(lock);
            continue;
        }
        // No batch under way: this thread commits the next one, which holds its own append
        // unless an append of several entries is ahead of it (then it leads again after).
        // Room first: an allocation that fails must leave the queue as it found it, with
        // this append out of it and the next one woken to lead.
        std::vector<std::shared_ptr<Queue::Waiter>> batch;
        std::vector<PendingAppend*> appends;
        try {
            batch.reserve(q.waiting.size());
            appends.reserve(q.waiting.size());
        } catch (...) {
            std::erase(q.waiting, me);
            if (!q.waiting.empty()) q.waiting.front()->wake.notify_one();
            throw;
        }
        q.busy = true;
        q.take_batch(batch);
        q.committing = batch.size();
        lock.unlock();
        for (const auto& w : batch) appends.push_back(w->append);
        try {
            JournalStore(dir).append_together(appends, &q.memo);
        } catch (...) {
            // The lock or the directory: nothing of the batch was written.
            for (PendingAppend* p : appends)
                if (!p->days && !p->error) p->error = std::current_exception();
        }
        {
            std::lock_guard stats_lock(mutex_);
            stats_.appends += batch.size();
            ++stats_.batches;
        }
        lock.lock();
        q.busy = false;
        q.committing = 0;
        for (const auto& w : batch) w->done = true;
        const bool finished = me->done;
        // The next batch's leader, unless this thread leads it (its append still waits).
        std::shared_ptr<Queue::Waiter> next;
        if (finished && !q.waiting.empty()) next = q.waiting.front();
        // Woken with the lock released: a thread woken while it is held wakes only to wait
        // for it, and is woken again when it is released. The next leader first, so that
        // its batch starts while the others wake.
        lock.unlock();
        if (next) next->wake.notify_one();
        for (const auto& w : batch)
            if (w != me) w->wake.notify_one();
        // Let go of the waiters here, not under the lock; and a leader whose append is done
        // does not take the lock again, which the threads just woken are about to take.
        batch.clear();
        next.reset();
        if (finished) break;
        lock.lock();
    }
    if (lock.owns_lock()) lock.unlock();
    if (mine.error) std::rethrow_exception(mine.error);
    if (days) *days = std::move(*mine.days);
    return std::move(mine.entries);
}

GroupCommit::QueueState GroupCommit::state(const std::string& dir) {
    Queue& q = queue_of(dir);
    std::lock_guard lock(q.mutex);
    return {.waiting = q.waiting.size(), .committing = q.committing};
}

GroupCommit::Stats GroupCommit::stats() {
    std::lock_guard lock(mutex_);
    return stats_;
}

}  // namespace mg::store
