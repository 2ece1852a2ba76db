#pragma once
#include <string>

#include "core/date.hpp"

namespace mg::app {

/// The moment a command or a web request runs: the local date and a UTC stamp.
struct Now {
    Date today{};     ///< the local calendar date
    std::string utc;  ///< ISO 8601, "2026-03-14T08:30:00Z", for `added:` stamps
};

/// Reads the system clock. Only the program's edges call it (main, the web server per
/// request); everything below takes dates as arguments.
Now clock_now();

}  // namespace mg::app
