#pragma once
#include <pthread.h>

#include <system_error>

namespace mg {

/// A reader-writer lock on which a waiting writer goes first: once a thread waits for the
/// exclusive lock, new shared lockers wait behind it. std::shared_mutex on glibc prefers
/// readers, so under a steady stream of overlapping readers (the web server's searches) a
/// thread that needs the exclusive lock could wait without end. Meets SharedMutex, for
/// std::shared_lock and std::lock_guard. A thread must not take the shared lock twice
/// (a writer waiting in between would deadlock it).
class WriterFirstMutex {
  public:
    WriterFirstMutex() {
        pthread_rwlockattr_t attr;
        pthread_rwlockattr_init(&attr);
        pthread_rwlockattr_setkind_np(&attr, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
        const int e = pthread_rwlock_init(&lock_, &attr);
        pthread_rwlockattr_destroy(&attr);
        if (e != 0) throw std::system_error(e, std::generic_category(), "pthread_rwlock_init");
    }
    ~WriterFirstMutex() { pthread_rwlock_destroy(&lock_); }
    WriterFirstMutex(const WriterFirstMutex&) = delete;
    WriterFirstMutex& operator=(const WriterFirstMutex&) = delete;

    void lock() { check(pthread_rwlock_wrlock(&lock_)); }
    void unlock() { pthread_rwlock_unlock(&lock_); }
    void lock_shared() { check(pthread_rwlock_rdlock(&lock_)); }
    void unlock_shared() { pthread_rwlock_unlock(&lock_); }
    /// The shared lock if it can be had at once: not while a writer holds or awaits it.
    bool try_lock_shared() { return pthread_rwlock_tryrdlock(&lock_) == 0; }

  private:
    static void check(int e) {
        if (e != 0) throw std::system_error(e, std::generic_category(), "pthread_rwlock");
    }
    pthread_rwlock_t lock_;
};

}  // namespace mg
