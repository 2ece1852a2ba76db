#include "store/lock.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/diagnostic.hpp"

namespace mg::store {

Lock::Lock(const std::string& dir, bool exclusive) {
    const std::string path = dir + "/.lock";
    fd_ = ::open(path.c_str(), (exclusive ? O_RDWR | O_CREAT : O_RDONLY) | O_CLOEXEC, 0644);
    if (fd_ < 0) {
        if (!exclusive) return;
        throw SystemError(fmt::format("cannot lock {}: {}", path, std::strerror(errno)));
    }
    while (::flock(fd_, exclusive ? LOCK_EX : LOCK_SH) != 0) {
        if (errno == EINTR) continue;
        const std::string reason = std::strerror(errno);
        ::close(fd_);
        fd_ = -1;
        throw SystemError(fmt::format("cannot lock {}: {}", path, reason));
    }
}

Lock::~Lock() {
    if (fd_ >= 0) ::close(fd_);
}

}  // namespace mg::store
