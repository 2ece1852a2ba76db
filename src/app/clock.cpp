#include "app/clock.hpp"

#include <ctime>

namespace mg::app {

Now clock_now() {
    const std::time_t now = std::time(nullptr);
    std::tm local{}, utc{};
    localtime_r(&now, &local);
    gmtime_r(&now, &utc);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return {.today = Date::from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday),
            .utc = stamp};
}

}  // namespace mg::app
