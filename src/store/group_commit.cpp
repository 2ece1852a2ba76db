#include "store/group_commit.hpp"

#include <list>
#include <thread>

#include "store/journal_store.hpp"

namespace mg::store {

// One append in a queue. A waiting thread's is woken on its own, when its batch is done or
// it is to lead the next: one condition variable for all woke every waiting thread at each
// batch's end, and under 20 clients those wake-ups were most of the web app's context
// switches. A submitted one has no thread: its Done is called instead. Shared, so that the
// leader may wake it after releasing the queue's mutex (the waiter may have returned by
// then).
struct GroupCommit::Waiter {
    PendingAppend* append = nullptr;  // a waiting thread's lives on its stack
    PendingAppend owned{};            // a submitted append's
    Done done_fn{};                   // set for a submitted append
    bool done = false;                // guarded by the queue's mutex
    std::condition_variable wake{};
};

// One journal's appends: waiting for a batch, or in the batch under way (`busy`).
struct GroupCommit::Queue {
    using Waiters = std::list<std::shared_ptr<Waiter>>;
    explicit Queue(std::string d) : dir(std::move(d)) {}

    const std::string dir;
    std::mutex mutex;
    Waiters waiting;  // a list, so that taking a batch moves nodes and cannot fail
    bool busy = false;
    size_t committing = 0;  // appends in the batch under way
    MonthMemo memo;         // the month the last batch wrote; used by one batch at a time
    // The thread that leads the batches of submitted appends, which have none of their own:
    // started by the first submit, woken by a submit that finds no batch under way.
    std::thread committer;
    std::condition_variable work;
    bool stopping = false;

    // The next batch: one append of several entries alone, else the run of one-entry ones.
    Waiters take_batch() {
        Waiters batch;
        auto end = std::next(waiting.begin());
        if (waiting.front()->append->entries.size() == 1)
            while (end != waiting.end() && (*end)->append->entries.size() == 1) ++end;
        batch.splice(batch.end(), waiting, waiting.begin(), end);
        return batch;
    }
    // True when the next append has no thread of its own to lead its batch.
    bool next_is_submitted() const { return !waiting.empty() && waiting.front()->done_fn; }
};

GroupCommit::GroupCommit() = default;

GroupCommit::~GroupCommit() {
    // Every submitted append is committed and answered before its committer ends.
    for (auto& [dir, q] : queues_) {
        {
            std::lock_guard lock(q->mutex);
            q->stopping = true;
        }
        q->work.notify_one();
        if (q->committer.joinable()) q->committer.join();
    }
}

GroupCommit::Queue& GroupCommit::queue_of(const std::string& dir) {
    std::lock_guard lock(mutex_);
    auto& q = queues_[dir];
    if (!q) q = std::make_unique<Queue>(dir);
    return *q;
}

bool GroupCommit::lead(Queue& q, std::unique_lock<std::mutex>& lock, const Waiter* me) {
    // A thread leads until its own append is done; the committer while submitted appends
    // are next. Each time the queue's next append is someone else's to lead, it is woken.
    const auto mine_to_lead = [&] { return me ? !me->done : q.next_is_submitted(); };
    while (!q.busy && !q.waiting.empty() && mine_to_lead()) {
        q.busy = true;
        Queue::Waiters batch = q.take_batch();
        q.committing = batch.size();
        lock.unlock();
        try {
            std::vector<PendingAppend*> appends;
            appends.reserve(batch.size());
            for (const auto& w : batch) appends.push_back(w->append);
            JournalStore(q.dir).append_together(appends, &q.memo);
        } catch (...) {
            // Memory, the lock or the directory: nothing of the batch was written.
            for (const auto& w : batch)
                if (!w->append->days && !w->append->error)
                    w->append->error = std::current_exception();
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
        const bool more = !q.waiting.empty() && mine_to_lead();
        const bool mine_done = me && me->done;
        // The next batch's leader when it is not this thread: a waiting thread, or the
        // committer for a submitted append.
        std::shared_ptr<Waiter> next;
        bool wake_committer = false;
        if (!more && !q.waiting.empty()) {
            if (q.next_is_submitted())
                wake_committer = true;
            else
                next = q.waiting.front();
        }
        // Woken with the lock released: a thread woken while it is held wakes only to wait
        // for it, and is woken again when it is released. The next leader first, so that
        // its batch starts while the others wake.
        lock.unlock();
        if (next) next->wake.notify_one();
        if (wake_committer) q.work.notify_one();
        for (const auto& w : batch) {
            if (w->done_fn) {
                try {
                    w->done_fn(*w->append);
                } catch (...) {
                    // Its contract says it does not throw; the queue must go on regardless.
                }
            } else if (w.get() != me) {
                w->wake.notify_one();
            }
        }
        // Let go of the waiters here, not under the lock; and a leader that is done does
        // not take the lock again, which the threads just woken are about to take.
        batch.clear();
        next.reset();
        if (!more) return mine_done;
        lock.lock();
    }
    const bool done = me && me->done;
    lock.unlock();
    return done;
}

void GroupCommit::commit_submitted(Queue& q) {
    std::unique_lock lock(q.mutex);
    const auto to_lead = [&] { return !q.busy && q.next_is_submitted(); };
    // Done once stopping with nothing left: a submitted append still queued is led first.
    const auto done = [&] { return q.stopping && !q.busy && q.waiting.empty(); };
    for (;;) {
        q.work.wait(lock, [&] { return to_lead() || done(); });
        if (!to_lead()) return;
        lead(q, lock, nullptr);
        lock.lock();
    }
}

std::vector<JournalEntry> GroupCommit::append(const std::string& dir,
                                              std::vector<JournalEntry> entries, DayTallies* days) {
    if (entries.empty()) return entries;
    Queue& q = queue_of(dir);
    PendingAppend mine{.entries = std::move(entries)};
    const auto me = std::make_shared<Waiter>();
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
        if (lead(q, lock, me.get())) break;
        lock.lock();
    }
    if (lock.owns_lock()) lock.unlock();
    if (mine.error) std::rethrow_exception(mine.error);
    if (days) *days = std::move(*mine.days);
    return std::move(mine.entries);
}

void GroupCommit::submit(const std::string& dir, std::vector<JournalEntry> entries, Done done) {
    const auto me = std::make_shared<Waiter>();
    me->owned.entries = std::move(entries);
    me->append = &me->owned;
    me->done_fn = std::move(done);
    if (me->owned.entries.empty()) {
        me->owned.days.emplace();
        return me->done_fn(me->owned);
    }
    Queue& q = queue_of(dir);
    bool idle = false;
    {
        std::lock_guard lock(q.mutex);
        if (!q.committer.joinable()) q.committer = std::thread([this, &q] { commit_submitted(q); });
        q.waiting.push_back(me);
        idle = !q.busy;  // else the batch's leader takes it, or wakes the committer for it
    }
    if (idle) q.work.notify_one();
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
