// WriterFirstMutex: a writer waiting for the lock is not overtaken by new readers, which
// std::shared_mutex on glibc allows (a search-heavy web server could starve a decode).
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <mutex>
#include <shared_mutex>
#include <thread>

#include "core/writer_first_mutex.hpp"

using namespace mg;
using namespace std::chrono_literals;

namespace {

// Whether, while one reader holds `m` and a writer waits for it, a new reader is held back
// within `patience` (it is let in as long as the writer has not started waiting).
template <typename Mutex>
bool new_readers_wait_behind_writer(Mutex& m, std::chrono::milliseconds patience) {
    std::shared_lock reader(m);
    std::atomic<bool> wrote = false;
    std::thread writer([&] {
        std::lock_guard w(m);
        wrote = true;
    });
    bool held_back = false;
    for (auto until = std::chrono::steady_clock::now() + patience;
         !held_back && std::chrono::steady_clock::now() < until;) {
        if (m.try_lock_shared()) {
            m.unlock_shared();
            std::this_thread::sleep_for(1ms);
        } else {
            held_back = true;
        }
    }
    reader.unlock();
    writer.join();
    return held_back && wrote;
}

}  // namespace

TEST_CASE("a waiting writer goes before new readers", "[threads][writer-first]") {
    WriterFirstMutex m;
    CHECK(new_readers_wait_behind_writer(m, 5s));
}

TEST_CASE("std::shared_mutex lets new readers overtake a waiting writer (why the class exists)",
          "[threads][writer-first]") {
    std::shared_mutex m;
    CHECK_FALSE(new_readers_wait_behind_writer(m, 200ms));
}

TEST_CASE("WriterFirstMutex excludes readers while written and shares between readers",
          "[threads][writer-first]") {
    WriterFirstMutex m;
    {
        std::lock_guard w(m);
        std::thread t([&] { CHECK_FALSE(m.try_lock_shared()); });
        t.join();
    }
    std::shared_lock a(m);
    std::thread t([&] {
        CHECK(m.try_lock_shared());
        m.unlock_shared();
    });
    t.join();
}
