#pragma once
#include <string>

namespace mg::store {

/// An flock on `DIR/.lock`, held for the lifetime of the object. Exclusive locks create the
/// lock file (and throw SystemError when they cannot); a shared lock on a directory that
/// cannot hold one (read-only, not created yet) is skipped, because files are only ever
/// replaced by rename or appended in whole lines.
class Lock {
  public:
    Lock(const std::string& dir, bool exclusive);
    ~Lock();
    Lock(const Lock&) = delete;
    Lock& operator=(const Lock&) = delete;

  private:
    int fd_ = -1;
};

}  // namespace mg::store
