// The web server's connection limit (src/web/connection_pool.*, docs/web.md#security): up to
// the limit every connection gets its own worker at once; one more goes to a refuser, which
// the server answers 503, instead of waiting in a queue.
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <future>

#include "web/connection_pool.hpp"

using namespace mg::web;
using namespace std::chrono_literals;

namespace {

// A connection that stays open until `release` is set: records where it was served.
struct Held {
    std::promise<void> release_promise;
    std::shared_future<void> release = release_promise.get_future().share();
};

}  // namespace

TEST_CASE("connections up to the limit are served at once, the next one is refused",
          "[web][connections]") {
    ConnectionPool pool(3, 1);
    Held held;
    std::atomic<int> started{0}, refused_on_worker{0};
    for (int i = 0; i < 3; ++i)
        pool.enqueue([&] {
            if (pool.refusing_here()) ++refused_on_worker;
            ++started;
            held.release.wait();
        });
    // All three run together: none waits for another to finish.
    for (int i = 0; i < 200 && started < 3; ++i) std::this_thread::sleep_for(5ms);
    CHECK(started == 3);
    CHECK(pool.serving() == 3);

    std::promise<bool> fourth;
    pool.enqueue([&] { fourth.set_value(pool.refusing_here()); });
    auto answer = fourth.get_future();
    // Answered while the three are still open: it did not queue behind them.
    REQUIRE(answer.wait_for(2s) == std::future_status::ready);
    CHECK(answer.get());
    CHECK(refused_on_worker == 0);
    CHECK_FALSE(pool.refusing_here());  // the test's own thread

    held.release_promise.set_value();
    for (int i = 0; i < 200 && pool.serving() > 0; ++i) std::this_thread::sleep_for(5ms);
    CHECK(pool.serving() == 0);
    // Once they close, a new connection is served again.
    std::promise<bool> fifth;
    pool.enqueue([&] { fifth.set_value(pool.refusing_here()); });
    auto again = fifth.get_future();
    REQUIRE(again.wait_for(2s) == std::future_status::ready);
    CHECK_FALSE(again.get());
}

TEST_CASE("shutdown lets every accepted connection finish", "[web][connections]") {
    std::atomic<int> done{0};
    {
        ConnectionPool pool(2, 1);
        for (int i = 0; i < 10; ++i)
            pool.enqueue([&] {
                std::this_thread::sleep_for(1ms);
                ++done;
            });
        pool.shutdown();
        CHECK(done == 10);
        pool.shutdown();  // twice is harmless, as is the destructor after it
    }
    CHECK(done == 10);
}
