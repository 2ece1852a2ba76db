// The journal on disk: monthly files, ids, ranges, rewrites, refusing to write over bad
// lines, and the lock every writer holds (store/journal_store.hpp, docs/journal-safety.md).
#include <fcntl.h>
#include <fmt/format.h>
#include <linux/magic.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <future>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "core/diagnostic.hpp"
#include "journal/interchange.hpp"
#include "store/file_stamp.hpp"
#include "store/fs.hpp"
#include "store/group_commit.hpp"
#include "store/journal_store.hpp"
#include "store/lock.hpp"

using namespace mg;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

// A fresh directory under $TMPDIR, removed with everything in it at the end of the test.
struct TempDir {
    std::string path;
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "mgcalc-store-XXXXXX").string();
        REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
        path = tmpl;
    }
    ~TempDir() { fs::remove_all(path); }
};

Date day(int m, int d) {
    return Date::from_ymd(2026, m, d);
}

JournalEntry food(Date d, int mg, const std::string& name) {
    JournalEntry e;
    e.date = d;
    e.kind = EntryKind::food;
    e.food_id = name;
    e.name = name;
    e.amount = "1 g";
    e.magnesium = Magnesium::from_mg(mg);
    return e;
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Whether another open file description can take the exclusive lock right now.
bool lock_is_free(const std::string& dir) {
    const int fd = ::open((dir + "/.lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    REQUIRE(fd >= 0);
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);
    return free;
}

}  // namespace

TEST_CASE("append assigns ids per date and writes one file per month", "[journal-store]") {
    TempDir tmp;
    store::JournalStore j(tmp.path + "/journal/ann");
    DayTallies days;
    const auto added = j.append({food(day(3, 4), 100, "a"), food(day(3, 4), 50, "b"),
                                 food(day(3, 3), 20, "c"), food(day(4, 1), 7, "d")},
                                &days);
    REQUIRE(added.size() == 4);
    CHECK(added[0].id == "20260304-1");
    CHECK(added[1].id == "20260304-2");
    CHECK(added[2].id == "20260303-1");
    CHECK(added[3].id == "20260401-1");
    CHECK(days.size() == 3);  // the days written, in two months
    CHECK(days.at(day(3, 4)).intake().food == Magnesium::from_mg(150));
    CHECK(fs::exists(j.month_path("2026-03")));
    CHECK(fs::exists(j.month_path("2026-04")));
    CHECK(j.month_path("2026-03") == tmp.path + "/journal/ann/2026-03.yaml");
    const std::string march = slurp(j.month_path("2026-03"));
    CHECK(march.find(std::string(kJournalHeader) + "\n") != std::string::npos);
    CHECK(march.find("- {id: 20260304-2, date: 2026-03-04, kind: food, food: b, name: b, "
                     "amount: \"1 g\", mg: 50}\n") != std::string::npos);

    // A second append continues the numbering from what is on disk.
    CHECK(j.append({food(day(3, 4), 1, "e")})[0].id == "20260304-3");
    CHECK(store::month_of(day(12, 31)) == "2026-12");
}

TEST_CASE("read_range reads only the dates asked for, sorted by date", "[journal-store]") {
    TempDir tmp;
    store::JournalStore j(tmp.path + "/j");
    CHECK(j.read_all().empty());  // no directory yet: no entries, and nothing created
    CHECK_FALSE(fs::exists(tmp.path + "/j"));
    j.append({food(day(3, 31), 1, "a"), food(day(3, 2), 2, "b"), food(day(4, 2), 3, "c"),
              food(day(2, 27), 4, "d")});
    const auto march = j.read_range(day(3, 1), day(3, 31));
    REQUIRE(march.size() == 2);
    CHECK(march[0].name == "b");
    CHECK(march[1].name == "a");
    const auto across = j.read_range(day(3, 31), day(4, 30));
    REQUIRE(across.size() == 2);
    CHECK(across[0].name == "a");
    CHECK(across[1].name == "c");
    const auto all = j.read_all();
    REQUIRE(all.size() == 4);
    CHECK(all.front().name == "d");
    CHECK(all.back().name == "c");
}

TEST_CASE("modify rewrites only the months that changed", "[journal-store]") {
    TempDir tmp;
    store::JournalStore j(tmp.path + "/j");
    j.append({food(day(3, 4), 100, "a"), food(day(3, 5), 50, "b"), food(day(4, 1), 7, "c")});
    const std::string april = slurp(j.month_path("2026-04"));
    const auto april_time = fs::last_write_time(j.month_path("2026-04"));
    j.modify([](store::JournalStore::Months& months) {
        std::erase_if(months["2026-03"], [](const JournalEntry& e) { return e.name == "a"; });
    });
    const auto all = j.read_all();
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == "b");
    CHECK(all[0].id == "20260305-1");  // ids are stable: the others keep theirs
    CHECK(all[1].name == "c");
    CHECK(slurp(j.month_path("2026-04")) == april);
    CHECK(fs::last_write_time(j.month_path("2026-04")) == april_time);
    CHECK(slurp(j.month_path("2026-03")).find("name: a,") == std::string::npos);
}

TEST_CASE("a malformed line stops every write and every read", "[journal-store]") {
    TempDir tmp;
    store::JournalStore j(tmp.path + "/j");
    j.append({food(day(3, 4), 100, "a")});
    {
        std::ofstream out(j.month_path("2026-03"), std::ios::app);
        out << "- {id: 20260304-2, date: 2026-03-04, kind: food}\n";  // no name, amount, mg
    }
    const std::string before = slurp(j.month_path("2026-03"));
    try {
        j.append({food(day(3, 4), 1, "b")});
        FAIL("append wrote over a malformed journal");
    } catch (const InputError& e) {
        CHECK(e.diagnostics().back().message ==
              "the journal has malformed lines; nothing was written");
        CHECK(e.diagnostics().front().file == j.month_path("2026-03"));
        CHECK(e.diagnostics().front().line == 6);  // after 3 comment lines and the header
    }
    CHECK_THROWS_AS(j.modify([](store::JournalStore::Months&) {}), InputError);
    CHECK_THROWS_AS(j.read_range(day(3, 1), day(3, 31)), InputError);
    CHECK(slurp(j.month_path("2026-03")) == before);
    // Another month reads cleanly.
    CHECK(j.read_range(day(4, 1), day(4, 30)).empty());
}

TEST_CASE("writers hold the exclusive lock; a writer waits for it", "[journal-store]") {
    TempDir tmp;
    const std::string dir = tmp.path + "/j";
    store::JournalStore j(dir);
    j.append({food(day(3, 4), 100, "a")});
    CHECK(lock_is_free(dir));
    std::future<std::vector<JournalEntry>> waiting;
    {
        store::Lock held(dir, true);
        CHECK_FALSE(lock_is_free(dir));
        waiting =
            std::async(std::launch::async, [&j] { return j.append({food(day(3, 4), 1, "b")}); });
        // While the lock is held the append cannot finish.
        CHECK(waiting.wait_for(300ms) == std::future_status::timeout);
        CHECK(slurp(j.month_path("2026-03")).find("name: b,") == std::string::npos);
    }
    REQUIRE(waiting.wait_for(10s) == std::future_status::ready);
    CHECK(waiting.get()[0].id == "20260304-2");
    CHECK(j.read_all().size() == 2);
    CHECK(lock_is_free(dir));
}

TEST_CASE("years of journal read on two threads come back whole and in order (issue #18)",
          "[store][threads]") {
    // Over 512 KiB of lines, so that read_all parses the later months on a second thread, and
    // over 4096 entries, so that export_csv writes its later half on one.
    TempDir t;
    store::JournalStore store(t.path);
    std::vector<JournalEntry> all;
    for (int i = 0; i < 6000; ++i)
        all.push_back(food(
            Date::from_ymd(2020, 1, 1).plus_days(i / 3), 10 + i % 90,
            "a food with a long enough name to make the lines realistic " + std::to_string(i)));
    for (size_t i = 0; i < all.size(); i += 500)
        store.append(std::vector<JournalEntry>(all.begin() + static_cast<long>(i),
                                               all.begin() + static_cast<long>(i + 500)));
    const std::vector<JournalEntry> read = store.read_all();
    REQUIRE(read.size() == all.size());
    for (size_t i = 0; i < read.size(); ++i) {
        INFO(i);
        REQUIRE(read[i].name == all[i].name);
        REQUIRE(read[i].date == all[i].date);
    }
    // The export is the header and each entry's own line, in the same order.
    const std::string csv = export_csv(read);
    std::string expected = export_csv({});
    for (const auto& e : read) expected += export_csv({e}).substr(export_csv({}).size());
    CHECK(csv == expected);
    // A month at a time, on two threads, the same text (its parts joined).
    const auto parts = store.map_months(export_csv_header(), append_csv_lines);
    REQUIRE(parts);
    std::string joined;
    for (const auto& p : *parts) joined += p;
    CHECK(joined == csv);

    SECTION("an entry outside its month's file leaves the order to read_all") {
        std::ofstream(t.path + "/2021-03.yaml", std::ios::app)
            << "- {id: 20210101-9, date: 2021-01-01, kind: food, food: x, name: x, amount: 1 g, "
               "grams: 1, mg: 1}\n";
        CHECK_FALSE(store.map_months("", append_csv_lines).has_value());
        CHECK(store.read_all().size() == all.size() + 1);
    }

    SECTION("a bad line in a later month is reported with those of earlier months") {
        auto bad = [&](const std::string& month) {
            std::ofstream(t.path + "/" + month + ".yaml", std::ios::app) << "- {id: x\n";
        };
        bad("2020-01");
        bad("2025-06");
        bad("2022-07");
        // Every bad line, in month order, whichever thread read its month.
        try {
            (void)store.map_months("", append_csv_lines);
            FAIL("map_months accepted bad lines");
        } catch (const InputError& e) {
            REQUIRE(e.diagnostics().size() == 3);
            CHECK(e.diagnostics()[0].file.ends_with("2020-01.yaml"));
            CHECK(e.diagnostics()[1].file.ends_with("2022-07.yaml"));
            CHECK(e.diagnostics()[2].file.ends_with("2025-06.yaml"));
        }
        try {
            (void)store.read_all();
            FAIL("read_all accepted bad lines");
        } catch (const InputError& e) {
            REQUIRE(e.diagnostics().size() == 3);
            CHECK(e.diagnostics()[0].file.ends_with("2020-01.yaml"));
            CHECK(e.diagnostics()[2].file.ends_with("2025-06.yaml"));
        }
    }
}

// --- Group commit (store/group_commit.hpp): appends of several threads, one fsync each batch.

namespace {

// Polls `ready` until it holds or 10 s pass.
template <class F>
bool eventually(F ready) {
    for (int i = 0; i < 1000; ++i) {
        if (ready()) return true;
        std::this_thread::sleep_for(10ms);
    }
    return ready();
}

// The entries of the journal by name: how many times each name is there.
std::map<std::string, int> names_in(const store::JournalStore& j) {
    std::map<std::string, int> seen;
    for (const auto& e : j.read_all()) ++seen[e.name];
    return seen;
}

}  // namespace

TEST_CASE("group commit: many threads appending, every entry exactly once",
          "[journal-store][threads]") {
    TempDir tmp;
    const std::string dir = tmp.path + "/j";
    store::GroupCommit group;
    constexpr int kThreads = 12, kEach = 15;
    // Every fourth append holds three entries (a copied day, a saved meal): it goes out in
    // a batch of its own, and a leader queued behind one leads again after it.
    auto several = [](int t, int i) { return (t + i) % 4 == 0; };
    std::vector<std::future<std::vector<std::string>>> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.push_back(std::async(std::launch::async, [&, t] {
            store::JournalStore j(dir, &group);
            std::vector<std::string> problems;
            for (int i = 0; i < kEach; ++i) {
                const std::string name = fmt::format("t{}-{}", t, i);
                // Two months, so that a batch can hold lines of both.
                const Date date = day(3 + i % 2, 4);
                std::vector<JournalEntry> entries{food(date, 10, name)};
                if (several(t, i))
                    for (const char* more : {"b", "c"})
                        entries.push_back(food(date, 10, name + more));
                DayTallies days;
                const auto written = j.append(entries, &days);
                const bool counted = days.size() == 1 && days.begin()->first == date &&
                                     days.begin()->second.intake().food >=
                                         Magnesium::from_mg(10 * static_cast<int>(entries.size()));
                const bool ids = std::all_of(written.begin(), written.end(),
                                             [](const JournalEntry& e) { return !e.id.empty(); });
                if (written.size() != entries.size() || !ids || !counted) problems.push_back(name);
            }
            return problems;
        }));
    for (auto& t : threads) CHECK(t.get().empty());
    size_t entries = 0, appends = 0;
    for (int t = 0; t < kThreads; ++t)
        for (int i = 0; i < kEach; ++i) entries += several(t, i) ? 3 : 1, ++appends;
    store::JournalStore j(dir);
    const auto seen = names_in(j);
    CHECK(seen.size() == entries);
    for (const auto& [name, times] : seen) CHECK(times == 1);
    std::set<std::string> ids;
    for (const auto& e : j.read_all()) CHECK(ids.insert(e.id).second);
    const auto stats = group.stats();
    CHECK(stats.appends == appends);
    CHECK(stats.batches <= stats.appends);
}

TEST_CASE("group commit: appends that wait while a batch is written go out together",
          "[journal-store]") {
    TempDir tmp;
    const std::string dir = tmp.path + "/j";
    store::GroupCommit group;
    store::JournalStore(dir).append({food(day(3, 4), 100, "first")});
    std::vector<std::future<std::vector<JournalEntry>>> appends;
    auto start = [&](const std::string& name) {
        appends.push_back(std::async(std::launch::async, [&, name] {
            return store::JournalStore(dir, &group).append({food(day(3, 4), 1, name)});
        }));
    };
    {
        // Another process (the CLI) holds the journal: the first append leads a batch of one
        // and waits for the flock; the next eight queue behind it.
        store::Lock held(dir, true);
        start("lead");
        REQUIRE(eventually([&] { return group.state(dir).committing == 1; }));
        for (int i = 0; i < 8; ++i) start(fmt::format("w{}", i));
        REQUIRE(eventually([&] { return group.state(dir).waiting == 8; }));
        CHECK(group.stats().batches == 0);
    }
    std::set<std::string> ids;
    for (auto& a : appends) {
        REQUIRE(a.wait_for(10s) == std::future_status::ready);
        CHECK(ids.insert(a.get().at(0).id).second);
    }
    CHECK(group.stats().batches == 2);  // the leader's, then the eight at once
    CHECK(group.stats().appends == 9);
    const auto seen = names_in(store::JournalStore(dir));
    CHECK(seen.size() == 10);
    for (const auto& [name, times] : seen) CHECK(times == 1);
}

namespace {

// What submitted appends were answered with, gathered from the threads that answered.
struct Outcomes {
    std::mutex mutex;
    std::vector<store::PendingAppend> got;
    std::set<std::thread::id> threads;

    store::GroupCommit::Done done() {
        return [this](store::PendingAppend& out) {
            std::lock_guard lock(mutex);
            got.push_back(std::move(out));
            threads.insert(std::this_thread::get_id());
        };
    }
    size_t count() {
        std::lock_guard lock(mutex);
        return got.size();
    }
};

// A journal directory, ready for a lock another process holds, and a group commit on it.
struct Submits {
    TempDir tmp;
    const std::string dir = tmp.path + "/j";
    Outcomes out;
    store::GroupCommit group;  // last: destroyed (its committer joined) first
    Submits() { store::make_dirs(dir); }
};

}  // namespace

TEST_CASE_METHOD(
    Submits, "group commit: a submitted append returns at once; its committer answers once durable",
    "[journal-store][threads]") {
    std::future<std::thread::id> submitter;
    {
        // Another process holds the journal: nothing can be written, yet submit returns.
        store::Lock held(dir, true);
        submitter = std::async(std::launch::async, [&] {
            for (int i = 0; i < 5; ++i)
                group.submit(dir, {food(day(3, 4), 1, fmt::format("s{}", i))}, out.done());
            return std::this_thread::get_id();
        });
        REQUIRE(submitter.wait_for(5s) == std::future_status::ready);
        REQUIRE(eventually([&] { return group.state(dir).committing >= 1; }));
        const auto state = group.state(dir);
        CHECK(state.committing + state.waiting == 5);
        std::this_thread::sleep_for(50ms);
        CHECK(out.count() == 0);  // none is answered before it is written
    }
    REQUIRE(eventually([&] { return out.count() == 5; }));
    const std::thread::id submitted_on = submitter.get();
    std::lock_guard lock(out.mutex);
    // Answered by the journal's committer: neither the submitting thread nor this one.
    CHECK(out.threads.size() == 1);
    CHECK_FALSE(out.threads.count(submitted_on));
    CHECK_FALSE(out.threads.count(std::this_thread::get_id()));
    std::set<std::string> ids;
    for (const auto& p : out.got) {
        CHECK_FALSE(p.error);
        REQUIRE(p.days);
        REQUIRE(p.entries.size() == 1);
        CHECK(ids.insert(p.entries[0].id).second);
        CHECK(p.days->at(day(3, 4)).intake().food >= Magnesium::from_mg(1));
    }
    const auto seen = names_in(store::JournalStore(dir));
    CHECK(seen.size() == 5);
    for (const auto& [name, times] : seen) CHECK(times == 1);
    CHECK(group.stats().appends == 5);
}

TEST_CASE_METHOD(Submits, "group commit: a submit wakes its journal's committer when it is idle",
                 "[journal-store][threads]") {
    group.submit(dir, {food(day(3, 4), 1, "first")}, out.done());
    REQUIRE(eventually([&] { return out.count() == 1; }));
    // The committer has gone back to waiting: only the next submit's wake-up brings it back.
    std::this_thread::sleep_for(50ms);
    group.submit(dir, {food(day(3, 4), 1, "second")}, out.done());
    CHECK(eventually([&] { return out.count() == 2; }));
    CHECK(names_in(store::JournalStore(dir)).size() == 2);
}

TEST_CASE_METHOD(Submits,
                 "group commit: a thread and the committer hand the next batch to each other",
                 "[journal-store][threads]") {
    auto wait_append = [&](const std::string& name) {
        return std::async(std::launch::async, [&, name] {
            return store::JournalStore(dir, &group).append({food(day(3, 4), 1, name)});
        });
    };
    std::future<std::vector<JournalEntry>> waited;
    SECTION("a thread's batch done, a submitted append is next: the committer leads it") {
        {
            store::Lock held(dir, true);
            waited = wait_append("waited");
            REQUIRE(eventually([&] { return group.state(dir).committing == 1; }));
            group.submit(dir, {food(day(3, 4), 1, "submitted")}, out.done());
            REQUIRE(eventually([&] { return group.state(dir).waiting == 1; }));
        }
        REQUIRE(waited.wait_for(10s) == std::future_status::ready);
        REQUIRE(eventually([&] { return out.count() == 1; }));
        CHECK(group.stats().batches == 2);
    }
    SECTION("the committer's batch done, a waiting thread is next: it is woken to lead") {
        {
            store::Lock held(dir, true);
            group.submit(dir, {food(day(3, 4), 1, "submitted")}, out.done());
            REQUIRE(eventually([&] { return group.state(dir).committing == 1; }));
            waited = wait_append("waited");
            REQUIRE(eventually([&] { return group.state(dir).waiting == 1; }));
        }
        REQUIRE(waited.wait_for(10s) == std::future_status::ready);
        REQUIRE(eventually([&] { return out.count() == 1; }));
        CHECK(group.stats().batches == 2);
    }
    CHECK(waited.get().at(0).id != out.got.at(0).entries.at(0).id);
    CHECK(names_in(store::JournalStore(dir)) ==
          std::map<std::string, int>{{"submitted", 1}, {"waited", 1}});
}

TEST_CASE("group commit: submitted appends are answered before the group commit is gone",
          "[journal-store][threads]") {
    TempDir tmp;
    const std::string dir = tmp.path + "/j";
    store::make_dirs(dir);  // for the lock another process holds
    Outcomes out;
    std::future<void> release;
    {
        store::GroupCommit group;
        auto held = std::make_shared<store::Lock>(dir, true);
        for (int i = 0; i < 3; ++i)
            group.submit(dir, {food(day(3, 4), 1, fmt::format("s{}", i))}, out.done());
        release = std::async(std::launch::async, [held = std::move(held)]() mutable {
            std::this_thread::sleep_for(100ms);
            held.reset();
        });
    }  // waits for the committer, which waits for the lock
    CHECK(out.count() == 3);
    CHECK(names_in(store::JournalStore(dir)).size() == 3);
    {
        // Gone before its committer, started by the first submit, has taken any.
        store::GroupCommit group;
        for (int i = 3; i < 6; ++i)
            group.submit(dir, {food(day(3, 4), 1, fmt::format("s{}", i))}, out.done());
    }
    CHECK(out.count() == 6);
    CHECK(names_in(store::JournalStore(dir)).size() == 6);
}

TEST_CASE("group commit: a submitted append's error, and no entries, reach its done",
          "[journal-store][threads]") {
    TempDir tmp;
    store::JournalStore j(tmp.path + "/j");
    j.append({food(day(3, 4), 100, "first")});
    Outcomes out;
    store::GroupCommit group;
    group.submit(j.dir(), {}, out.done());  // answered at once, on this thread
    REQUIRE(out.count() == 1);
    CHECK(out.got[0].days);
    CHECK_FALSE(out.got[0].error);
    { std::ofstream(j.month_path("2026-03"), std::ios::app) << "- {id: x\n"; }
    group.submit(j.dir(), {food(day(3, 4), 1, "refused")}, out.done());
    REQUIRE(eventually([&] { return out.count() == 2; }));
    CHECK_FALSE(out.got[1].days);
    REQUIRE(out.got[1].error);
    CHECK_THROWS_AS(std::rethrow_exception(out.got[1].error), InputError);
}

TEST_CASE("append_async without a group commit appends before it returns", "[journal-store]") {
    TempDir tmp;
    store::JournalStore j(tmp.path + "/j");
    Outcomes out;
    j.append_async({food(day(3, 4), 7, "now")}, out.done());
    REQUIRE(out.count() == 1);
    CHECK_FALSE(out.got[0].error);
    REQUIRE(out.got[0].days);
    CHECK(out.got[0].days->at(day(3, 4)).intake().food == Magnesium::from_mg(7));
    CHECK(names_in(j) == std::map<std::string, int>{{"now", 1}});
    { std::ofstream(j.month_path("2026-03"), std::ios::app) << "- {id: x\n"; }
    j.append_async({food(day(3, 4), 1, "refused")}, out.done());
    REQUIRE(out.count() == 2);
    CHECK_FALSE(out.got[1].days);
    CHECK_THROWS_AS(std::rethrow_exception(out.got[1].error), InputError);
}

TEST_CASE("group commit: a failed write is every waiter's error and leaves whole lines",
          "[journal-store]") {
    TempDir tmp;
    store::JournalStore j(tmp.path + "/j");
    j.append({food(day(3, 4), 100, "first")});
    const std::string path = j.month_path("2026-03"), before = slurp(path);
    std::vector<store::PendingAppend> pending(5);
    std::vector<store::PendingAppend*> batch;
    for (size_t i = 0; i < pending.size(); ++i) {
        pending[i].entries = {food(day(3, 4), 1, fmt::format("w{}", i))};
        batch.push_back(&pending[i]);
    }
    SECTION("the file may grow by less than the batch's lines: a short write") {
        // RLIMIT_FSIZE lets the write stop partway through a line (SIGXFSZ ignored).
        rlimit old{};
        REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
        const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = before.size() + 50;
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
        store::MonthMemo memo;
        j.append_together(batch, &memo);
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, old_handler);
        CHECK_FALSE(memo.valid);  // the lines it holds never reached the file
        for (const auto& p : pending) {
            CHECK_FALSE(p.days);
            REQUIRE(p.error);
            CHECK_THROWS_WITH(std::rethrow_exception(p.error),
                              Catch::Contains("cannot write") && Catch::Contains("not logged"));
        }
        CHECK(slurp(path) == before);
    }
    SECTION("a malformed line in the month") {
        { std::ofstream(path, std::ios::app) << "- {id: 20260304-2, date: 2026-03-04}\n"; }
        const std::string bad = slurp(path);
        j.append_together(batch);
        for (const auto& p : pending) CHECK_THROWS_AS(std::rethrow_exception(p.error), InputError);
        CHECK(slurp(path) == bad);
        return;
    }
    // The journal takes appends again, and holds no trace of the failed ones.
    j.append({food(day(3, 4), 1, "after")});
    CHECK(names_in(j) == std::map<std::string, int>{{"first", 1}, {"after", 1}});
}

namespace {

// Whether mark_written can vouch for files in `dir`: one of the filesystems it lists
// (src/store/file_stamp.cpp), and one that keeps an odd nanosecond as it is given (ext4
// made with 128-byte inodes keeps whole seconds).
bool marks_hold_in(const std::string& dir) {
    struct statfs fs {};
    REQUIRE(::statfs(dir.c_str(), &fs) == 0);
    const auto type = static_cast<unsigned long>(fs.f_type);
    if (type != EXT4_SUPER_MAGIC && type != XFS_SUPER_MAGIC && type != BTRFS_SUPER_MAGIC &&
        type != F2FS_SUPER_MAGIC)
        return false;
    const std::string probe = dir + "/probe";
    std::ofstream(probe).flush();
    const timespec times[2] = {{.tv_sec = 0, .tv_nsec = UTIME_OMIT},
                               {.tv_sec = 1'700'000'000, .tv_nsec = 123'456'789}};
    REQUIRE(::utimensat(AT_FDCWD, probe.c_str(), times, 0) == 0);
    const bool exact = store::stamp_of(probe)->mtime_ns == 1'700'000'000'123'456'789;
    fs::remove(probe);
    return exact;
}

std::int64_t coarse_now_ns() {
    timespec now{};
    REQUIRE(::clock_gettime(CLOCK_REALTIME_COARSE, &now) == 0);
    return std::int64_t{now.tv_sec} * 1'000'000'000 + now.tv_nsec;
}

}  // namespace

// A journal in a fresh directory, and the memo its batches keep as the group commit keeps it.
struct MemoJournal {
    TempDir tmp;
    std::string dir = tmp.path + "/journal/ann";
    store::JournalStore j{dir};
    store::MonthMemo memo;
    /// A batch of one entry; it must succeed.
    store::PendingAppend batch(JournalEntry e) {
        store::PendingAppend p{.entries = {std::move(e)}};
        store::PendingAppend* const one[] = {&p};
        j.append_together(one, &memo);
        REQUIRE_FALSE(p.error);
        return p;
    }
};

TEST_CASE("a batch after a batch takes the month it left, and reads a changed one again",
          "[journal-store]") {
    MemoJournal t;
    const std::string& dir = t.dir;
    store::JournalStore& j = t.j;
    store::MonthMemo& memo = t.memo;
    auto one = [&](int mg, const std::string& name, int d = 4) {
        store::PendingAppend p = t.batch(food(day(3, d), mg, name));
        REQUIRE(p.days);
        CHECK(p.days->size() == 1);
        return p;
    };
    // A day as a parse of the file has it: its totals, its mark and its first day total.
    auto said = [](const DayTally& t) {
        const DayIntake d = t.intake();
        const auto total = t.first_total();
        return fmt::format("{} logged {} food {} supplement {} food? {} total? {} mark {} first {}",
                           d.date.iso(), d.logged, d.food.ug(), d.supplement.ug(), d.has_food,
                           d.has_day_total, t.mark() ? int(*t.mark()) : -1,
                           total ? total->id + "=" + std::to_string(total->magnesium.ug()) : "-");
    };
    auto parsed_day = [&](int d) {
        DayTally t(day(3, d));
        for (const auto& e : j.read_range(day(3, d), day(3, d))) t.add(e);
        return said(t);
    };
    auto answered = [&](const store::PendingAppend& p) {
        return said(p.days->at(p.entries.front().date));
    };
    // The memo holds what a parse gives, day by day.
    auto memo_is_the_file = [&] {
        CHECK(memo.digest == store::digest_of(slurp(memo.path)));
        for (const auto& [date, tally] : memo.days) CHECK(said(tally) == parsed_day(date.day()));
        for (int d = 1; d <= 6; ++d)
            CHECK(memo.days.count(day(3, d)) ==
                  (j.read_range(day(3, d), day(3, d)).empty() ? 0u : 1u));
    };
    one(10, "a");  // a fresh file, header lines first
    auto p = one(20, "b");
    CHECK(memo.path == j.month_path("2026-03"));
    memo_is_the_file();
    // The month's stamp with the batch's mark, when the filesystem takes one: the next batch
    // trusts it without reading the month (tests "mark_written ..." and "a batch reads ...").
    if (memo.stamp) CHECK(memo.stamp == store::stamp_of(memo.path));
    CHECK(answered(p) == parsed_day(4));
    CHECK(p.entries.front().id == "20260304-2");

    // Another writer appends (the CLI, without this memo): the text differs, the month is
    // parsed again, and the ids go on from what is on disk.
    timespec before{};
    REQUIRE(::clock_gettime(CLOCK_REALTIME_COARSE, &before) == 0);
    store::JournalStore(dir).append({food(day(3, 4), 30, "c")});
    // A command's append leaves the file's time as any write does: no mark.
    if (memo.stamp)
        CHECK(store::stamp_of(memo.path)->mtime_ns >=
              std::int64_t{before.tv_sec} * 1'000'000'000 + before.tv_nsec);
    p = one(40, "d");
    CHECK(p.entries.front().id == "20260304-4");
    CHECK(answered(p) == parsed_day(4));
    memo_is_the_file();

    // An edit by hand that keeps the size: still seen.
    std::string text = slurp(j.month_path("2026-03"));
    text.replace(text.find("mg: 10}"), 7, "mg: 90}");
    std::ofstream(j.month_path("2026-03"), std::ios::binary) << text;
    p = one(50, "e");
    CHECK(answered(p) == parsed_day(4));
    CHECK(p.days->at(day(3, 4)).intake().food == Magnesium::from_mg(90 + 20 + 30 + 40 + 50));
    memo_is_the_file();

    // An entry moved by hand to another day keeps its id, whose number the first day's next
    // id still goes past (next_entry_id counts ids by their prefix, not by the date); a day
    // total and a mark, added by hand, count as a parse counts them.
    text = slurp(j.month_path("2026-03"));
    text +=
        "- {id: 20260304-9, date: 2026-03-06, kind: food, food: m, name: m, "
        "amount: \"1 g\", mg: 1}\n"
        "- {id: 20260305-1, date: 2026-03-05, kind: total, name: day total, mg: 250}\n"
        "- {id: 20260305-2, date: 2026-03-05, kind: day, complete: false}\n";
    std::ofstream(j.month_path("2026-03"), std::ios::binary) << text;
    CHECK(one(1, "after-move").entries.front().id == "20260304-10");
    memo_is_the_file();

    // Many batches over several days: each answer is its day, as a parse has it.
    for (int i = 0; i < 60; ++i) {
        const int d = 1 + i % 5;
        const std::string next = next_entry_id(j.read_all(), day(3, d));
        p = one(i, fmt::format("g{}", i), d);
        CHECK(p.entries.front().id == next);
        CHECK(answered(p) == parsed_day(d));
    }
    memo_is_the_file();
    CHECK(one(1, "h", 5).entries.front().id == "20260305-15");
    CHECK(memo.days.at(day(3, 5)).first_total()->id == "20260305-1");

    // A memo of another month is not this month's.
    store::PendingAppend april{.entries = {food(day(4, 1), 5, "f")}};
    store::PendingAppend* const batch[] = {&april};
    j.append_together(batch, &memo);
    CHECK(april.days->at(day(4, 1)).intake().food == Magnesium::from_mg(5));
    CHECK(memo.path == j.month_path("2026-04"));
}

TEST_CASE("mark_written leaves a time that no later write can leave", "[journal-store]") {
    TempDir tmp;
    const std::string path = tmp.path + "/2026-03.yaml";
    std::ofstream(path, std::ios::binary) << "- {id: 20260304-1}\n";
    const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
    REQUIRE(fd >= 0);
    const auto stamp = store::mark_written(fd);
    ::close(fd);
    if (!marks_hold_in(tmp.path)) {
        CHECK_FALSE(stamp);  // not a filesystem whose stamps it vouches for
        return;
    }
    REQUIRE(stamp);
    CHECK(stamp == store::stamp_of(path));
    // Before the clock's current tick, and odd (a filesystem that rounds cannot keep it).
    CHECK(stamp->mtime_ns < coarse_now_ns());
    CHECK(stamp->mtime_ns % 2 == 1);
    // A rewrite of the same size at once, within the same tick: the mark is gone.
    std::ofstream(path, std::ios::binary | std::ios::trunc) << "- {id: 20260304-2}\n";
    const auto after = store::stamp_of(path);
    REQUIRE(after);
    CHECK(after->size == stamp->size);
    CHECK(after->mtime_ns > stamp->mtime_ns);
    // Setting the mark back by hand, a tick later, still changes the change time (within the
    // same tick a kernel before 6.13 may leave it: the text compared now and then sees that).
    for (int i = 0; i < 1000 && coarse_now_ns() <= after->ctime_ns; ++i)
        std::this_thread::sleep_for(1ms);
    REQUIRE(coarse_now_ns() > after->ctime_ns);
    const timespec times[2] = {
        {.tv_sec = 0, .tv_nsec = UTIME_OMIT},
        {.tv_sec = stamp->mtime_ns / 1'000'000'000, .tv_nsec = stamp->mtime_ns % 1'000'000'000}};
    REQUIRE(::utimensat(AT_FDCWD, path.c_str(), times, 0) == 0);
    CHECK(store::stamp_of(path)->mtime_ns == stamp->mtime_ns);
    CHECK(store::stamp_of(path) != stamp);
}

TEST_CASE("a batch reads its month only when its stamp does not vouch for it, or it is time",
          "[journal-store]") {
    MemoJournal t;
    store::MonthMemo& memo = t.memo;
    auto one = [&](const std::string& name) {
        return t.batch(food(day(3, 4), 10, name)).entries.front().id;
    };
    one("a");
    const bool marks = marks_hold_in(t.dir);
    CHECK(memo.stamp.has_value() == marks);
    // Within the second (its start set here, so that a slow disk cannot end it): the stamp
    // vouches, the month is not read, and the second does not start again.
    memo.read_at = std::chrono::steady_clock::now();
    const auto read_at = memo.read_at;
    size_t reads = memo.reads;
    one("b");
    CHECK(memo.reads == reads + (marks ? 0 : 1));
    if (marks) CHECK(memo.read_at == read_at);
    // kCompareMonthEvery later (the clock set back here), the text is compared all the same,
    // and the stamp vouches again for the second after that.
    reads = memo.reads;
    memo.read_at -= store::kCompareMonthEvery;
    one("c");
    CHECK(memo.reads == reads + 1);
    one("c2");
    CHECK(memo.reads == reads + (marks ? 1 : 2));

    // A line that no stamp shows (a write that ignored the lock between a batch's check and
    // its mark, which took it into its stamp; here its stamp is taken by hand): the next
    // comparison finds it, and the ids follow the file again.
    const std::string path = t.j.month_path("2026-03");
    const std::string hidden =
        "- {id: 20260304-9, date: 2026-03-04, kind: food, food: m, name: m, amount: \"1 g\", "
        "mg: 1}\n";
    std::ofstream(path, std::ios::binary | std::ios::app) << hidden;
    memo.stamp = store::stamp_of(path);
    memo.read_at -= store::kCompareMonthEvery;
    CHECK(one("d") == "20260304-10");

    // The same line while the stamp still vouches: that batch numbers from the memo, but its
    // write finds the file longer than the memo says, so it keeps no stamp, and the next
    // batch compares and numbers from the file.
    std::ofstream(path, std::ios::binary | std::ios::app)
        << "- {id: 20260304-20, date: 2026-03-04, kind: food, food: m, name: m, amount: "
           "\"1 g\", mg: 1}\n";
    memo.stamp = store::stamp_of(path);
    memo.read_at = std::chrono::steady_clock::now();
    one("e");
    CHECK_FALSE(memo.stamp);
    CHECK(one("f") == "20260304-21");
    CHECK(slurp(path).find(hidden) != std::string::npos);

    // A failed write, with such a line behind the memo's back, cuts the file to the size it
    // had, not to the memo's: the other writer's line stays.
    const std::string foreign =
        "- {id: 20260304-30, date: 2026-03-04, kind: food, food: m, name: m, amount: \"1 g\", "
        "mg: 1}\n";
    std::ofstream(path, std::ios::binary | std::ios::app) << foreign;
    memo.stamp = store::stamp_of(path);
    memo.read_at = std::chrono::steady_clock::now();
    const size_t size = slurp(path).size();
    rlimit old{};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
    const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = size + 10;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    store::PendingAppend p{.entries = {food(day(3, 4), 1, "w")}};
    store::PendingAppend* const batch[] = {&p};
    t.j.append_together(batch, &memo);
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, old_handler);
    REQUIRE(p.error);
    CHECK(slurp(path).size() == size);
    CHECK(slurp(path).find(foreign) != std::string::npos);
}

TEST_CASE("TextDigest is the same however the text was split, and differs for another text",
          "[journal-store]") {
    std::string text(200 * 1024, 'x');
    for (size_t i = 0; i < text.size(); i += 61) text[i] = '\n';
    const auto split = [](std::string_view t, size_t step) {
        store::TextDigest d;
        for (size_t at = 0; at < t.size(); at += step) d.append(t.substr(at, step));
        return d;
    };
    const store::TextDigest whole = store::digest_of(text);
    CHECK(whole.size() == text.size());
    CHECK(split(text, 777) == whole);
    CHECK(split(text.substr(0, 5000), 1) == store::digest_of(text.substr(0, 5000)));
    // One byte changed anywhere, the same size: another hash.
    for (const size_t at : {size_t{0}, size_t{1000}, size_t{150 * 1024}, text.size() - 1}) {
        std::string other = text;
        other[at] = 'y';
        CHECK_FALSE(store::digest_of(other) == whole);
        CHECK(store::digest_of(other).hash() != whole.hash());
    }
    // Copies go on from where the text was; a moved-from digest is an empty text's.
    store::TextDigest copy = whole;
    copy.append("z");
    CHECK(copy == store::digest_of(text + "z"));
    CHECK(whole == store::digest_of(text));
    store::TextDigest moved = std::move(copy);
    CHECK(moved == store::digest_of(text + "z"));
    CHECK(copy.empty());  // NOLINT(bugprone-use-after-move): what a moved-from digest is
    CHECK(copy == store::TextDigest());
    copy.append("abc");
    CHECK(copy == store::digest_of("abc"));
    CHECK(store::TextDigest().empty());
    CHECK_FALSE(store::digest_of("") == store::digest_of("a"));
}

TEST_CASE("file_matches tells a file that holds exactly the digested text", "[journal-store]") {
    TempDir tmp;
    const std::string path = tmp.path + "/f";
    // Longer than one block read, so that a difference after the first block is found too.
    std::string text(200 * 1024, 'x');
    for (size_t i = 0; i < text.size(); i += 61) text[i] = '\n';
    std::ofstream(path, std::ios::binary) << text;
    CHECK(store::file_matches(path, store::digest_of(text)));
    std::string other = text;
    other[150 * 1024] = 'y';
    CHECK_FALSE(store::file_matches(path, store::digest_of(other)));
    other = text;
    other.back() = 'y';
    CHECK_FALSE(store::file_matches(path, store::digest_of(other)));
    CHECK_FALSE(store::file_matches(path, store::digest_of(text.substr(1))));
    CHECK_FALSE(store::file_matches(path, store::digest_of(text + "x")));
    CHECK_FALSE(store::file_matches(tmp.path + "/missing", store::TextDigest()));
    CHECK_FALSE(store::file_matches(tmp.path, store::TextDigest()));  // a directory
    std::ofstream(path, std::ios::binary | std::ios::trunc).flush();
    CHECK(store::file_matches(path, store::TextDigest()));
}

TEST_CASE("write_atomic writes its parts in order, durable or derived", "[journal-store]") {
    TempDir tmp;
    const std::string path = tmp.path + "/out.bin";
    for (const auto sync : {store::Sync::durable, store::Sync::derived}) {
        const std::string_view parts[] = {"head|", "", "table"};
        store::write_atomic(path, parts, sync);
        CHECK(store::read_file(path) == std::optional<std::string>("head|table"));
        size_t files = 0;  // no temp file is left behind
        for ([[maybe_unused]] const auto& e : fs::directory_iterator(tmp.path)) ++files;
        CHECK(files == 1);
    }
    // A missing directory fails before anything is written, and says where.
    const std::string_view one[] = {"x"};
    CHECK_THROWS_WITH(store::write_atomic(tmp.path + "/no/such/f", one, store::Sync::derived),
                      Catch::Contains("cannot write in"));
}
