#pragma once
#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace mg::store {

/// How a TreeWatch finds changes.
struct TreeWatchOptions {
    enum class Means {
        queue_where_trusted,  ///< the inotify queue where it is trusted (the default)
        stamps_only,          ///< stamps only, as when the kernel gives no queue
    };
    Means means = Means::queue_where_trusted;
    /// At most this many inotify watches (one a directory and a file listed): a larger tree
    /// is stamped instead, rather than take the user's watches from their editors.
    size_t max_watches = 512;
};

/// Whether anything in a set of files and directory trees has changed since it was listed: a
/// file or directory written, added, removed, renamed or given other attributes. Made for a
/// cache that must see, on its next use, a change made before it (the web app's foods).
///
/// Each root is a file or a directory, and may be missing (it counts when it appears). On
/// ext4, XFS, Btrfs, F2FS and tmpfs the kernel's inotify queue tells of changes (each
/// directory, each file and each root's parent is watched), and changed() costs one read of
/// it, not a stat of every file. What the queue cannot vouch for is stamped
/// (store::FileStamp) and compared on every call: a symbolic link (its target may be
/// anywhere), a root whose parent directory is missing, cannot be watched or is reached
/// through a symbolic link (which may be pointed elsewhere), and everything when the queue is
/// not to be had (the kernel's limits, more than `max_watches`) or any file or directory
/// listed is on another filesystem (a network or FUSE filesystem does not report other
/// machines' writes). While the queue is used, every stamp is also compared once every
/// `recheck`, for the changes no inotify event reports: a store through a shared memory
/// mapping (except on tmpfs, which does not time it), a file system mounted over a listed
/// path, a directory above a root's parent renamed.
class TreeWatch {
  public:
    using Clock = std::chrono::steady_clock;
    static constexpr Clock::duration recheck = std::chrono::seconds(1);

    /// Watches `roots` and everything under them from now; `now` starts the recheck's count.
    TreeWatch(const std::vector<std::string>& roots, Clock::time_point now,
              TreeWatchOptions options = {});
    ~TreeWatch();
    TreeWatch(const TreeWatch&) = delete;
    TreeWatch& operator=(const TreeWatch&) = delete;
    /// A watch moved from must not be used again (but may be destroyed or assigned to).
    TreeWatch(TreeWatch&&) noexcept;
    TreeWatch& operator=(TreeWatch&&) noexcept;

    /// True once anything listed has changed since construction, and from then on. Safe to
    /// call from several threads at once.
    bool changed(Clock::time_point now) const;

    /// Whether the inotify queue is in use (false: every stamp is compared on every call).
    bool watching() const;
    /// How many paths are stat'ed on every call (the symbolic links, a root whose parent is
    /// missing, cannot be watched or is reached through a link; every path listed when not
    /// watching).
    size_t stamped_every_call() const;
    /// How many paths are listed in all, roots included.
    size_t listed() const;

  private:
    struct State;
    std::unique_ptr<State> s_;
};

}  // namespace mg::store
