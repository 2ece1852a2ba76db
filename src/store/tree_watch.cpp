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
constexpr std::uint32_t kEvents = IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE |
                                  IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF;

}  // namespace

struct TreeWatch::State {
    struct Listed {
        std::string path;
        std::optional<FileStamp> stamp;
        bool every_call = false;
    };
    // What a watch stands for: a directory listed, whose every event counts, or the parent
    // of roots, whose events count only when they name one of them.
    struct Role {
        bool whole = false;
        std::set<std::string, std::less<>> names;
    };

    int fd = -1;
    std::vector<Listed> listed;
    std::map<int, Role> roles;
    mutable std::mutex mutex;  // one reader of the queue at a time, and the recheck's time
    mutable std::atomic<bool> seen{false};
    mutable Clock::time_point next_recheck;

    explicit State(Means means)
        : fd(means == Means::queue_where_trusted ? ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC) : -1) {
    }
    ~State() {
        if (fd >= 0) ::close(fd);
    }

    // Watches `dir`: whole, or for the entry `name` only; false when it cannot be.
    bool watch(const std::string& dir, const std::string& name) {
        if (fd < 0 || !reports_every_change(dir)) return false;
        const int wd = ::inotify_add_watch(fd, dir.c_str(), kEvents | IN_ONLYDIR | IN_MASK_ADD);
        if (wd < 0) return false;
        Role& r = roles[wd];
        if (name.empty())
            r.whole = true;
        else
            r.names.insert(name);
        return true;
    }

    // From here on every path is stamped on every call.
    void give_up() {
        if (fd >= 0) ::close(fd);
        fd = -1;
        roles.clear();
    }

    void add(const std::string& path, bool every_call) {
        listed.push_back(
            {.path = path, .stamp = stamp_of_file_or_dir(path), .every_call = every_call});
    }

    void add_root(const std::string& root) {
        const fs::path p(root);
        const std::string parent = p.has_parent_path() ? p.parent_path().string() : ".";
        // The parent reports the root's creation, removal and replacement (and, for a file,
        // its writes), which its own watch cannot.
        const bool parent_watched = watch(parent, p.filename().string());
        std::error_code ec;
        add(root, fs::is_symlink(p, ec) || !parent_watched);
        if (!fs::is_directory(p, ec)) return;
        // Watched before it is listed: an entry added meanwhile is listed or reported.
        if (fd >= 0 && !watch(root, "")) give_up();
        for (auto it = fs::recursive_directory_iterator(p, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            const bool link = it->is_symlink(ec);
            const bool dir = it->is_directory(ec);
            if (!dir && !it->is_regular_file(ec)) continue;
            add(it->path().string(), link);
            // A linked directory is not entered (nor was it read as foods), only stamped.
            if (dir && !link && fd >= 0 && !watch(it->path().string(), "")) give_up();
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

TreeWatch::TreeWatch(const std::vector<std::string>& roots, Clock::time_point now, Means means)
    : s_(std::make_unique<State>(means)) {
    for (const std::string& root : roots) s_->add_root(root);
    if (s_->fd < 0)
        for (auto& l : s_->listed) l.every_call = true;
    s_->next_recheck = now + recheck;
}

TreeWatch::~TreeWatch() = default;
TreeWatch::TreeWatch(TreeWatch&&) noexcept = default;
TreeWatch& TreeWatch::operator=(TreeWatch&&) noexcept = default;

bool TreeWatch::changed(Clock::time_point now) const {
    State& s = *s_;
    if (s.seen.load(std::memory_order_acquire)) return true;
    // Under the lock: a request that finds the queue empty because another has just read
    // its event must still learn of the change, from `seen`.
    std::lock_guard lock(s.mutex);
    if (s.seen.load(std::memory_order_relaxed)) return true;
    bool c = (s.fd >= 0 && s.drained()) || s.stamps_differ(false);
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
