#include "store/tree_watch.hpp"

#include <linux/magic.h>
#include <sys/inotify.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string_view>

#include "store/file_stamp.hpp"

namespace mg::store {
namespace {

namespace fs = std::filesystem;

// Whether inotify sees every change of what is in `dir`: local filesystems, where every write
// goes through this kernel. Not NFS, SMB or FUSE, where another machine or a user-space
// server may write.
bool reports_every_change(const std::string& dir) {
    struct statfs s {};
    if (::statfs(dir.c_str(), &s) != 0) return false;
    switch (static_cast<unsigned long>(s.f_type)) {
        case EXT4_SUPER_MAGIC:  // also ext2 and ext3
        case XFS_SUPER_MAGIC:
        case BTRFS_SUPER_MAGIC:
        case F2FS_SUPER_MAGIC:
        case TMPFS_MAGIC:
            return true;
        default:
            return false;
    }
}

// What a directory's watch reports: its entries written, closed after writing, given other
// attributes, added, removed or renamed; and the directory itself removed or renamed.
constexpr std::uint32_t kDirEvents = IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE |
                                     IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF |
                                     IN_MOVE_SELF | IN_ONLYDIR;
// What a file's own watch reports: the writes its directory's watch misses, those made
// through another name (a hard link, the source of a bind mount).
constexpr std::uint32_t kFileEvents =
    IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_DELETE_SELF | IN_MOVE_SELF | IN_DONT_FOLLOW;

// `root` absolute and without a trailing "/" or "/.", so that its parent is its directory's.
// Not lexically normal: "link/.." is where the link's target's parent is, as the loader
// reads it, not the folder holding the link.
fs::path normal_root(const std::string& root) {
    std::error_code ec;
    fs::path p = fs::absolute(root, ec);
    if (ec) p = root;
    while (p.has_relative_path() && (p.filename().empty() || p.filename() == "."))
        p = p.parent_path();
    return p;
}

// Whether a directory on the way to `dir` is a symbolic link, which could be pointed
// elsewhere without an event in any watched directory (true when that cannot be told).
bool linked_on_the_way(const fs::path& dir) {
    std::error_code ec;
    const fs::path real = fs::weakly_canonical(dir, ec);
    return ec || real != dir;
}

}  // namespace

struct TreeWatch::State {
    struct Listed {
        std::string path;
        std::optional<FileStamp> stamp;
        bool every_call = false;
    };
    // What a watch stands for: a path listed, whose every event counts, or the parent of
    // roots, whose events count only when they name one of them (for a file root, the
    // parent is a whole directory, $HOME say, whose other events are read and ignored).
    struct Role {
        bool whole = false;
        std::set<std::string, std::less<>> names;
    };

    int fd = -1;
    size_t watches_left = 0;
    std::vector<Listed> listed;
    std::map<int, Role> roles;
    mutable std::mutex mutex;  // one reader of the queue at a time, and the recheck's time
    mutable std::atomic<bool> seen{false};
    mutable Clock::time_point next_recheck;

    explicit State(const TreeWatchOptions& o)
        : fd(o.means == TreeWatchOptions::Means::queue_where_trusted
                 ? ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC)
                 : -1),
          watches_left(o.max_watches) {}
    ~State() {
        if (fd >= 0) ::close(fd);
    }

    // Watches `path` with `events`: whole, or for its entry `name` only (a root's parent,
    // which may fail: the root is then stamped). When a whole path cannot be watched
    // (another filesystem, no watch left), gives up the queue. False when not watched.
    bool watch(const std::string& path, std::uint32_t events, const std::string& name = "") {
        if (fd < 0) return false;
        const int wd = watches_left > 0 && reports_every_change(path)
                           ? ::inotify_add_watch(fd, path.c_str(), events | IN_MASK_ADD)
                           : -1;
        if (wd < 0) {
            if (name.empty()) give_up();
            return false;
        }
        --watches_left;
        Role& r = roles[wd];
        if (name.empty())
            r.whole = true;
        else
            r.names.insert(name);
        return true;
    }

    // From here on every path is stamped on every call; an event already queued about a
    // path stamped before it (a write its stamp cannot show) is not lost.
    void give_up() {
        if (fd >= 0 && drained()) seen = true;
        if (fd >= 0) ::close(fd);
        fd = -1;
        roles.clear();
    }

    // Stamped after its watch is set: a change after the stamp is reported.
    void add(const std::string& path, bool every_call) {
        listed.push_back(
            {.path = path, .stamp = stamp_of_file_or_dir(path), .every_call = every_call});
    }

    void add_root(const std::string& given) {
        const fs::path p = normal_root(given);
        const std::string root = p.string();
        const fs::path parent = p.parent_path();
        std::error_code ec;
        // The parent reports the root's creation, removal and replacement, which its own
        // watch cannot. A root whose parent is missing, or reached through a symbolic link,
        // is stat'ed on every call: what its path names may change without an event.
        const bool parent_watched = fs::is_directory(parent, ec) && !linked_on_the_way(parent) &&
                                    watch(parent.string(), kDirEvents, p.filename().string());
        const bool link = fs::is_symlink(p, ec);
        const bool dir = fs::is_directory(p, ec);
        if (dir)
            watch(root, kDirEvents);  // before it is listed: an entry added meanwhile is
                                      // listed or reported
        else if (fs::is_regular_file(p, ec) && !link)
            watch(root, kFileEvents);
        add(root, link || !parent_watched);
        if (!dir) return;
        for (auto it = fs::recursive_directory_iterator(p, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            const bool linked = it->is_symlink(ec);
            const bool is_dir = it->is_directory(ec);
            if (!is_dir && !it->is_regular_file(ec)) continue;
            const std::string path = it->path().string();
            // A linked directory is not entered (nor was it read as foods), only stamped.
            if (!linked) watch(path, is_dir ? kDirEvents : kFileEvents);
            add(path, linked);
        }
    }

    // Whether the queue holds an event that counts (reading all it holds).
    bool drained() const {
        alignas(inotify_event) char buf[8192];
        bool counts = false;
        for (;;) {
            const ssize_t n = ::read(fd, buf, sizeof buf);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0 && errno != EAGAIN) return true;  // unreadable: assume the worst
            if (n <= 0) return counts;
            for (ssize_t at = 0; at < n;) {
                const auto* e = reinterpret_cast<const inotify_event*>(buf + at);
                at += static_cast<ssize_t>(sizeof(inotify_event) + e->len);
                counts = counts || counts_event(*e);
            }
        }
    }

    bool counts_event(const inotify_event& e) const {
        // A lost event could be any; IN_IGNORED: a watched directory is gone.
        if (e.mask & (IN_Q_OVERFLOW | IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF)) return true;
        const auto r = roles.find(e.wd);
        if (r == roles.end()) return true;
        return r->second.whole || (e.len > 0 && r->second.names.contains(std::string_view(e.name)));
    }

    bool stamps_differ(bool all) const {
        for (const Listed& l : listed)
            if ((all || l.every_call) && stamp_of_file_or_dir(l.path) != l.stamp) return true;
        return false;
    }
};

TreeWatch::TreeWatch(const std::vector<std::string>& roots, Clock::time_point now,
                     TreeWatchOptions options)
    : s_(std::make_unique<State>(options)) {
    for (const std::string& root : roots) s_->add_root(root);
    if (s_->fd < 0)
        for (auto& l : s_->listed) l.every_call = true;
    s_->next_recheck = now + recheck;
}

TreeWatch::~TreeWatch() = default;
TreeWatch::TreeWatch(TreeWatch&&) noexcept = default;
TreeWatch& TreeWatch::operator=(TreeWatch&&) noexcept = default;

bool TreeWatch::changed(Clock::time_point now) const {
    if (!s_) return true;  // moved from: it knows nothing
    State& s = *s_;
    if (s.seen.load(std::memory_order_acquire)) return true;
    // The stamps compared on every call need no lock (on NFS a stat may take a round trip,
    // and requests would queue behind each other's).
    if (s.stamps_differ(false)) {
        s.seen.store(true, std::memory_order_release);
        return true;
    }
    if (s.fd < 0) return false;  // every stamp was compared just now: no recheck is due
    // Under the lock: a request that finds the queue empty because another has just read
    // its event must still learn of the change, from `seen`.
    std::lock_guard lock(s.mutex);
    if (s.seen.load(std::memory_order_relaxed)) return true;
    bool c = s.fd >= 0 && s.drained();
    if (!c && now >= s.next_recheck) {
        c = s.stamps_differ(true);
        s.next_recheck = now + recheck;
    }
    if (c) s.seen.store(true, std::memory_order_release);
    return c;
}

bool TreeWatch::watching() const {
    return s_->fd >= 0;
}

size_t TreeWatch::stamped_every_call() const {
    size_t n = 0;
    for (const auto& l : s_->listed) n += l.every_call ? 1 : 0;
    return n;
}

size_t TreeWatch::listed() const {
    return s_->listed.size();
}

}  // namespace mg::store
