// What the web app's food cache learns of its files' changes (store/tree_watch.hpp): every
// change made before a call is seen by that call, through the inotify queue where it is
// trusted and by stamps where it is not; and nothing else counts as a change.
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "store/tree_watch.hpp"

using namespace mg;
using store::TreeWatch;
namespace fs = std::filesystem;

namespace {

// A fresh directory with a food tree: foods/a.yaml, foods/more/b.yaml, and other.txt beside
// foods (in the root's parent, not in the tree).
struct Tree {
    std::string dir;
    std::string foods;
    TreeWatch::Clock::time_point now = TreeWatch::Clock::now();
    Tree() {
        std::string tmpl = (fs::temp_directory_path() / "mgcalc-watch-XXXXXX").string();
        REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
        dir = tmpl;
        foods = dir + "/foods";
        fs::create_directories(foods + "/more");
        write(foods + "/a.yaml", "foods: []\n");
        write(foods + "/more/b.yaml", "foods: []\n");
        write(dir + "/other.txt", "x\n");
    }
    ~Tree() { fs::remove_all(dir); }
    static void write(const std::string& path, const std::string& text) {
        std::ofstream(path) << text;
    }
    TreeWatch watch(const std::vector<std::string>& roots,
                    store::TreeWatchOptions options = {}) const {
        return TreeWatch(roots, now, options);
    }
};

// Whether the queue is trusted where the tests write (an overlayfs /tmp, as in containers,
// is stamped instead, and the tests of the queue have nothing to test there).
bool queue_trusted(const std::string& path) {
    struct statfs s {};
    if (::statfs(path.c_str(), &s) != 0) return false;
    return s.f_type == EXT4_SUPER_MAGIC || s.f_type == XFS_SUPER_MAGIC ||
           s.f_type == BTRFS_SUPER_MAGIC || s.f_type == F2FS_SUPER_MAGIC || s.f_type == TMPFS_MAGIC;
}

#define REQUIRE_QUEUE(dir)                                                           \
    if (!queue_trusted(dir)) {                                                       \
        WARN("skipped: inotify is not trusted on this filesystem; stamps are used"); \
        return;                                                                      \
    }

// Unchanged until `path` is written with `text`, then changed at once.
void check_write_seen(const TreeWatch& w, const Tree& t, const std::string& path,
                      const std::string& text) {
    CHECK_FALSE(w.changed(t.now));
    Tree::write(path, text);
    CHECK(w.changed(t.now));
}

bool times_stores_through_maps(const std::string& path) {
    struct statfs s {};
    if (::statfs(path.c_str(), &s) != 0) return false;
    return s.f_type == EXT4_SUPER_MAGIC || s.f_type == XFS_SUPER_MAGIC ||
           s.f_type == BTRFS_SUPER_MAGIC;
}

}  // namespace

TEST_CASE("a tree left alone has not changed, and is watched without a stat a call",
          "[tree-watch]") {
    Tree t;
    REQUIRE_QUEUE(t.dir);
    const TreeWatch w = t.watch({t.foods});
    CHECK(w.watching());
    CHECK(w.stamped_every_call() == 0);
    CHECK(w.listed() == 4);  // foods, a.yaml, more, more/b.yaml
    for (int i = 0; i < 3; ++i) CHECK_FALSE(w.changed(t.now));
    CHECK_FALSE(w.changed(t.now + TreeWatch::recheck));  // the recheck finds nothing either
}

TEST_CASE("every kind of change in the tree is seen by the next call", "[tree-watch]") {
    Tree t;
    const TreeWatch w = t.watch({t.foods});
    REQUIRE_FALSE(w.changed(t.now));
    SECTION("a file written in place, the same size (its times may not tell)") {
        std::fstream f(t.foods + "/more/b.yaml", std::ios::in | std::ios::out);
        f << "foods: {}";
    }
    SECTION("a file added") {
        Tree::write(t.foods + "/more/c.yaml", "foods: []\n");
    }
    SECTION("a file removed") {
        fs::remove(t.foods + "/a.yaml");
    }
    SECTION("a file replaced by a rename") {
        Tree::write(t.dir + "/new.yaml", "foods: []\n");
        fs::rename(t.dir + "/new.yaml", t.foods + "/a.yaml");
    }
    SECTION("a file's permissions") {
        fs::permissions(t.foods + "/a.yaml", fs::perms::owner_read);
    }
    SECTION("a directory added") {
        fs::create_directory(t.foods + "/new");
    }
    SECTION("the root renamed away") {
        fs::rename(t.foods, t.dir + "/old");
    }
    SECTION("the root replaced") {
        fs::rename(t.foods, t.dir + "/old");
        fs::create_directory(t.foods);
    }
    // Within the same tick of the clock: no time passes between the change and the call.
    CHECK(w.changed(t.now));
    CHECK(w.changed(t.now));  // and it stays so
}

TEST_CASE("a change beside a root, in its parent, is not one of its changes", "[tree-watch]") {
    Tree t;
    REQUIRE_QUEUE(t.dir);
    const TreeWatch w = t.watch({t.foods});
    Tree::write(t.dir + "/other.txt", "y\n");
    Tree::write(t.dir + "/another.txt", "z\n");
    CHECK_FALSE(w.changed(t.now));
    Tree::write(t.foods + "/a.yaml", "foods: [1]\n");
    CHECK(w.changed(t.now));
}

TEST_CASE("a root that is a file, or missing, is watched through its parent", "[tree-watch]") {
    Tree t;
    REQUIRE_QUEUE(t.dir);
    const std::string file = t.foods + "/a.yaml";
    const std::string missing = t.dir + "/custom";
    const TreeWatch w = t.watch({file, missing});
    CHECK(w.stamped_every_call() == 0);
    REQUIRE_FALSE(w.changed(t.now));
    SECTION("the file written in place") {
        std::fstream f(file, std::ios::in | std::ios::out);
        f << "foods: {}";
    }
    SECTION("the missing root made") {
        fs::create_directory(missing);
    }
    CHECK(w.changed(t.now));
}

TEST_CASE("a root whose parent is missing is stat'ed on every call", "[tree-watch]") {
    Tree t;
    REQUIRE_QUEUE(t.dir);
    const std::string missing = t.dir + "/data/foods";
    const TreeWatch w = t.watch({t.foods, missing});
    CHECK(w.stamped_every_call() == 1);
    REQUIRE_FALSE(w.changed(t.now));
    fs::create_directories(missing);
    CHECK(w.changed(t.now));
}

TEST_CASE("a linked file is stat'ed on every call: its target is outside every watch",
          "[tree-watch]") {
    Tree t;
    REQUIRE_QUEUE(t.dir);
    fs::create_symlink(t.dir + "/other.txt", t.foods + "/linked.yaml");
    const TreeWatch w = t.watch({t.foods});
    CHECK(w.stamped_every_call() == 1);
    check_write_seen(w, t, t.dir + "/other.txt", "a longer text\n");
}

TEST_CASE("a store through a shared mapping, which no event reports, is found by the recheck",
          "[tree-watch]") {
    Tree t;
    const std::string file = t.foods + "/a.yaml";
    if (!times_stores_through_maps(file)) {
        WARN("skipped: this filesystem does not time stores through a mapping");
        return;
    }
    const int fd = ::open(file.c_str(), O_RDWR | O_CLOEXEC);
    REQUIRE(fd >= 0);
    // Times well in the past, so that the store's time differs from them whatever the tick.
    const timespec past[2] = {{.tv_sec = 1'000'000'000, .tv_nsec = 0},
                              {.tv_sec = 1'000'000'000, .tv_nsec = 0}};
    REQUIRE(::futimens(fd, past) == 0);
    void* map = ::mmap(nullptr, 4, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    REQUIRE(map != MAP_FAILED);
    const TreeWatch w = t.watch({t.foods});
    static_cast<char*>(map)[0] = 'F';
    CHECK_FALSE(w.changed(t.now));  // no event: only the recheck can know
    CHECK(w.changed(t.now + TreeWatch::recheck));
    ::munmap(map, 4);
    ::close(fd);
}

TEST_CASE("without the queue every path is stat'ed on every call, and changes are still seen",
          "[tree-watch]") {
    Tree t;
    const TreeWatch w(std::vector<std::string>{t.foods}, t.now,
                      {.means = store::TreeWatchOptions::Means::stamps_only});
    CHECK_FALSE(w.watching());
    CHECK(w.listed() == 4);
    CHECK(w.stamped_every_call() == 4);
    CHECK_FALSE(w.changed(t.now));
    Tree::write(t.foods + "/more/b.yaml", "foods: [] # longer\n");
    CHECK(w.changed(t.now));
}

TEST_CASE("when the kernel gives no queue, the watch falls back to stamps", "[tree-watch]") {
    Tree t;
    // Every descriptor taken, under a lowered limit: inotify_init1 fails as it does when the
    // user's inotify instances are all in use.
    rlimit old{};
    REQUIRE(::getrlimit(RLIMIT_NOFILE, &old) == 0);
    rlimit low = old;
    low.rlim_cur = 64;
    REQUIRE(::setrlimit(RLIMIT_NOFILE, &low) == 0);
    std::vector<int> held;
    for (int fd; (fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC)) >= 0;) held.push_back(fd);
    const TreeWatch w = t.watch({t.dir + "/other.txt"});  // a file: listing needs no descriptor
    for (int fd : held) ::close(fd);
    REQUIRE(::setrlimit(RLIMIT_NOFILE, &old) == 0);
    CHECK_FALSE(w.watching());
    CHECK(w.stamped_every_call() == 1);
    check_write_seen(w, t, t.dir + "/other.txt", "a longer text\n");
}

TEST_CASE("threads asking at once all learn of a change made before they ask",
          "[tree-watch][threads]") {
    Tree t;
    const TreeWatch w = t.watch({t.foods});
    for (int round = 0; round < 20; ++round) REQUIRE_FALSE(w.changed(t.now));
    Tree::write(t.foods + "/a.yaml", "foods: [2]\n");
    // One of them reads the event from the queue; the others must still be told.
    std::atomic<int> told{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i)
        threads.emplace_back([&] {
            if (w.changed(t.now)) ++told;
        });
    for (auto& th : threads) th.join();
    CHECK(told == 8);
}

TEST_CASE("a root reached through a symbolic link sees the link pointed elsewhere",
          "[tree-watch]") {
    Tree t;
    REQUIRE_QUEUE(t.dir);
    fs::create_directories(t.dir + "/r1/foods");
    fs::create_directories(t.dir + "/r2/foods");
    Tree::write(t.dir + "/r2/foods/new.yaml", "foods: []\n");
    SECTION("a link above the root (a release swapped, a data folder linked)") {
        fs::create_directory_symlink("r1", t.dir + "/current");
        const TreeWatch w = t.watch({t.dir + "/current/foods"});
        CHECK(w.stamped_every_call() == 1);  // only the root
        REQUIRE_FALSE(w.changed(t.now));
        fs::create_directory_symlink("r2", t.dir + "/next");
        fs::rename(t.dir + "/next", t.dir + "/current");
        CHECK(w.changed(t.now));
    }
    SECTION("the root a link, named with a trailing slash (as a shell completes it)") {
        fs::create_directory_symlink("r1/foods", t.dir + "/foods-link");
        for (const char* tail : {"/", "/."}) {
            const TreeWatch w = t.watch({t.dir + "/foods-link" + tail});
            CHECK(w.stamped_every_call() == 1);
            REQUIRE_FALSE(w.changed(t.now));
        }
        const TreeWatch w = t.watch({t.dir + "/foods-link/"});
        fs::create_directory_symlink("r2/foods", t.dir + "/next");
        fs::rename(t.dir + "/next", t.dir + "/foods-link");
        CHECK(w.changed(t.now));
    }
}

TEST_CASE("a file written through another name, a hard link outside the tree, is seen",
          "[tree-watch]") {
    Tree t;
    REQUIRE_QUEUE(t.dir);
    fs::create_hard_link(t.foods + "/a.yaml", t.dir + "/edit.yaml");
    SECTION("a tree") {
        const TreeWatch w = t.watch({t.foods});
        REQUIRE_FALSE(w.changed(t.now));
        std::fstream(t.dir + "/edit.yaml", std::ios::in | std::ios::out) << "foods: {}";
        CHECK(w.changed(t.now));
    }
    SECTION("a file root") {
        const TreeWatch w = t.watch({t.foods + "/a.yaml"});
        REQUIRE_FALSE(w.changed(t.now));
        std::fstream(t.dir + "/edit.yaml", std::ios::in | std::ios::out) << "foods: {}";
        CHECK(w.changed(t.now));
    }
}

TEST_CASE("a tree needing more watches than allowed is stamped whole, and still seen",
          "[tree-watch]") {
    Tree t;
    // The parent, foods and a.yaml watched; more/ is one too many, halfway through the list.
    const TreeWatch w = t.watch({t.foods}, {.max_watches = 3});
    CHECK_FALSE(w.watching());
    CHECK(w.stamped_every_call() == w.listed());
    CHECK(w.listed() == 4);
    REQUIRE_FALSE(w.changed(t.now));
    Tree::write(t.foods + "/more/b.yaml", "foods: [] # longer\n");
    CHECK(w.changed(t.now));
}

TEST_CASE("a queue that overflowed counts as a change: its lost events could be any",
          "[tree-watch]") {
    Tree t;
    REQUIRE_QUEUE(t.dir);
    // A file root: its parent's events about other names are read and ignored, unless
    // there were too many to keep.
    const TreeWatch w = t.watch({t.foods + "/a.yaml"});
    int most = 16384;
    std::ifstream("/proc/sys/fs/inotify/max_queued_events") >> most;
    REQUIRE(most < 1'000'000);
    const std::string names[2] = {t.foods + "/x", t.foods + "/y"};
    Tree::write(names[0], "");
    Tree::write(names[1], "");
    REQUIRE_FALSE(w.changed(t.now));
    // Alternate names: the kernel folds an event into the one before it only when alike.
    for (int i = 0; i < most / 2 - 10; ++i)
        fs::last_write_time(names[i % 2], fs::file_time_type::clock::now());
    CHECK_FALSE(w.changed(t.now));  // many, and none about the root
    for (int i = 0; i < most + 10; ++i)
        fs::last_write_time(names[i % 2], fs::file_time_type::clock::now());
    CHECK(w.changed(t.now));
}

TEST_CASE("a root named with a trailing slash is watched through its real parent", "[tree-watch]") {
    Tree t;
    REQUIRE_QUEUE(t.dir);
    const TreeWatch w = t.watch({t.dir + "/custom/", t.foods + "/."});
    CHECK(w.stamped_every_call() == 0);
    REQUIRE_FALSE(w.changed(t.now));
    fs::create_directory(t.dir + "/custom");
    CHECK(w.changed(t.now));
}

TEST_CASE("a root named through a link and '..' is watched where the kernel finds it",
          "[tree-watch]") {
    Tree t;
    REQUIRE_QUEUE(t.dir);
    // link/.. is x (the link's target's parent), not the folder holding the link.
    fs::create_directories(t.dir + "/x/r1");
    fs::create_directories(t.dir + "/x/foods-real");
    Tree::write(t.dir + "/x/foods-real/a.yaml", "foods: []\n");
    fs::create_directory_symlink("x/r1", t.dir + "/link");
    const TreeWatch w = t.watch({t.dir + "/link/../foods-real"});
    CHECK(w.listed() == 2);  // the folder and its file, as the loader reads them
    check_write_seen(w, t, t.dir + "/x/foods-real/a.yaml", "foods: [] # longer\n");
}
