#include "web/connection_pool.hpp"

#include <algorithm>

namespace mg::web {

ConnectionPool::ConnectionPool(size_t limit, size_t refusers) : limit_(limit) {
    for (size_t i = 0; i < limit; ++i)
        workers_.threads.emplace_back([this] { run(workers_, true); });
    for (size_t i = 0; i < refusers; ++i) {
        refusers_.threads.emplace_back([this] { run(refusers_, false); });
        refuser_ids_.push_back(refusers_.threads.back().get_id());
    }
}

ConnectionPool::~ConnectionPool() {
    shutdown();
}

void ConnectionPool::enqueue(std::function<void()> serve) {
    {
        std::lock_guard lock(mutex_);
        // Counted from the moment it is accepted, so that a burst cannot overfill the workers.
        if (serving_ < limit_) {
            ++serving_;
            workers_.jobs.push_back(std::move(serve));
            workers_.ready.notify_one();
            return;
        }
        refusers_.jobs.push_back(std::move(serve));
    }
    refusers_.ready.notify_one();
}

void ConnectionPool::run(Lane& lane, bool counted) {
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(mutex_);
            lane.ready.wait(lock, [&] { return stopping_ || !lane.jobs.empty(); });
            if (lane.jobs.empty()) return;  // stopping, and nothing left to serve
            job = std::move(lane.jobs.front());
            lane.jobs.pop_front();
        }
        job();
        if (counted) {
            std::lock_guard lock(mutex_);
            --serving_;
        }
    }
}

void ConnectionPool::shutdown() {
    {
        std::lock_guard lock(mutex_);
        if (stopping_) return;
        stopping_ = true;
    }
    workers_.ready.notify_all();
    refusers_.ready.notify_all();
    for (Lane* lane : {&workers_, &refusers_})
        for (auto& t : lane->threads) t.join();
}

bool ConnectionPool::refusing_here() const {
    const auto me = std::this_thread::get_id();
    return std::find(refuser_ids_.begin(), refuser_ids_.end(), me) != refuser_ids_.end();
}

size_t ConnectionPool::serving() const {
    std::lock_guard lock(mutex_);
    return serving_;
}

}  // namespace mg::web
