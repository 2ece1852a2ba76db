#pragma once
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace mg::web {

/// The server's connections (docs/web.md#limits): at most `limit` are served at once, each
/// by its own worker thread, so that none waits in a queue behind others; a connection
/// beyond the limit is handed to one of `refusers` threads instead, which answer it at once
/// (the server answers 503 there, see refusing_here) and close it. cpp-httplib hands every
/// accepted connection to `enqueue` as one job that serves it until it closes.
class ConnectionPool {
  public:
    ConnectionPool(size_t limit, size_t refusers);
    /// Stops after the jobs already given (shutdown()).
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool&) = delete;
    ConnectionPool& operator=(const ConnectionPool&) = delete;

    /// Runs `serve` on a free worker, or on a refuser when `limit` connections are already
    /// being served.
    void enqueue(std::function<void()> serve);
    /// Lets every job given so far finish, then joins the threads.
    void shutdown();
    /// True on a refuser thread: the connection being served there is one too many.
    bool refusing_here() const;
    /// Connections being served by workers now (at most `limit`).
    size_t serving() const;

  private:
    struct Lane {
        std::deque<std::function<void()>> jobs;
        std::condition_variable ready;
        std::vector<std::thread> threads;
    };
    void run(Lane& lane, bool counted);

    const size_t limit_;
    std::vector<std::thread::id> refuser_ids_;  // set before the first job, then only read
    mutable std::mutex mutex_;
    size_t serving_ = 0;
    bool stopping_ = false;
    Lane workers_;
    Lane refusers_;
};

}  // namespace mg::web
