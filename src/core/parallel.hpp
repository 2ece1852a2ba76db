#pragma once
#include <exception>
#include <thread>
#include <utility>

namespace mg {

/// Runs `later` on a new thread and `first` on this one, and returns when both are done.
/// An exception from either is rethrown here (the first one's when both throw), only after
/// both have finished, so that neither outlives the data they share. For splitting long
/// reads and writes (years of journal) over two cores; each part must touch only its own
/// output.
template <class First, class Later>
void run_both(First&& first, Later&& later) {
    std::exception_ptr later_failed;
    std::thread second([&] {
        try {
            later();
        } catch (...) {
            later_failed = std::current_exception();
        }
    });
    try {
        first();
    } catch (...) {
        second.join();
        throw;
    }
    second.join();
    if (later_failed) std::rethrow_exception(later_failed);
}

/// True when a second thread can run beside this one (more than one core).
inline bool two_cores() {
    return std::thread::hardware_concurrency() > 1;
}

}  // namespace mg
