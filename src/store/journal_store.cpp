#include "store/journal_store.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iterator>
#include <mutex>
#include <stdexcept>

#include "core/diagnostic.hpp"
#include "core/parallel.hpp"
#include "store/file_stamp.hpp"
#include "store/fs.hpp"
#include "store/group_commit.hpp"
#include "store/lock.hpp"

namespace mg::store {

std::string month_of(Date d) {
    return fmt::format("{:04}-{:02}", d.year(), d.month());
}

namespace {

constexpr const char* kFileHeader =
    "# mgcalc journal: one entry per line, magnesium as recorded when logged.\n"
    "# Format: docs/file-formats.md#journal. Edit with care; mgcalc refuses to write\n"
    "# while any line is malformed.\n";

// The entries of month file `path` whose text is `text`; its problems go to `errors`.
std::vector<JournalEntry> month_entries(const std::string& path, std::string_view text,
                                        std::vector<Diagnostic>& errors) {
    JournalFile f = parse_journal(path, text);
    if (!f.has_header && f.errors.empty() && !f.entries.empty())
        errors.push_back({.file = path,
                          .line = 1,
                          .column = 1,
                          .message = "journal has no format line",
                          .hint = std::string(kJournalHeader)});
    errors.insert(errors.end(), f.errors.begin(), f.errors.end());
    return std::move(f.entries);
}

std::vector<JournalEntry> read_month(const std::string& path, std::vector<Diagnostic>& errors) {
    auto text = read_file(path);
    if (!text) return {};
    return month_entries(path, *text, errors);
}

void sort_entries(std::vector<JournalEntry>& v) {
    auto by_date = [](const JournalEntry& a, const JournalEntry& b) { return a.date < b.date; };
    // Months are read in order and lines are usually in date order: skip the sort then.
    if (!std::is_sorted(v.begin(), v.end(), by_date)) std::stable_sort(v.begin(), v.end(), by_date);
}

std::string render_month(const std::vector<JournalEntry>& entries) {
    std::string s = kFileHeader;
    s += kJournalHeader;
    s += "\n";
    for (const auto& e : entries) s += entry_to_line(e);
    return s;
}

void refuse_if_bad(std::vector<Diagnostic>& errors) {
    if (errors.empty()) return;
    errors.push_back(
        {.line = 0,
         .column = 0,
         .message = "the journal has malformed lines; nothing was written",
         .hint = "fix or delete the lines above (mgcalc never drops a line silently)"});
    throw InputError(errors);
}

// Removes temp files left by a writer that was killed before its rename. Only called under
// the exclusive lock, so no live writer owns them.
void clean_temp_files(const std::string& dir) {
    DIR* d = ::opendir(dir.c_str());
    if (!d) return;
    while (const dirent* e = ::readdir(d)) {
        if (std::strncmp(e->d_name, ".mgcalc-tmp-", 12) == 0)
            ::unlink((dir + "/" + e->d_name).c_str());
    }
    ::closedir(d);
}

}  // namespace

JournalStore::JournalStore(std::string dir, GroupCommit* group)
    : dir_(std::move(dir)), group_(group) {}

std::string JournalStore::month_path(const std::string& month) const {
    return dir_ + "/" + month + ".yaml";
}

std::vector<std::string> JournalStore::month_files() const {
    std::vector<std::string> out;
    for (const auto& p : list_yaml(dir_)) {
        const std::string stem = stem_of(p);
        if (stem.size() == 7 && stem[4] == '-') out.push_back(stem);
    }
    return out;
}

std::vector<JournalEntry> JournalStore::read_range(Date from, Date to) const {
    Lock lock(dir_, false);
    std::vector<JournalEntry> out;
    std::vector<Diagnostic> errors;
    Date month_start = Date::from_ymd(from.year(), from.month(), 1);
    while (month_start <= to) {
        for (auto& e : read_month(month_path(month_of(month_start)), errors))
            if (e.date >= from && e.date <= to) out.push_back(std::move(e));
        const int y = month_start.year(), m = month_start.month();
        month_start = m == 12 ? Date::from_ymd(y + 1, 1, 1) : Date::from_ymd(y, m + 1, 1);
    }
    if (!errors.empty()) throw InputError(errors);
    sort_entries(out);
    return out;
}

namespace {

// Reads the month files `paths[from, to)` in order, appending their entries to `out`.
void read_months(const std::vector<std::string>& paths, size_t from, size_t to,
                 std::vector<JournalEntry>& out, std::vector<Diagnostic>& errors) {
    for (size_t i = from; i < to; ++i) {
        std::vector<JournalEntry> month = read_month(paths[i], errors);
        out.insert(out.end(), std::make_move_iterator(month.begin()),
                   std::make_move_iterator(month.end()));
    }
}

// Below this many bytes of journal a second thread costs more than it saves.
constexpr std::uint64_t kSplitBytes = 512 * 1024;

}  // namespace

JournalStore::MonthSplit JournalStore::split_months() const {
    MonthSplit m;
    m.months = month_files();
    for (const auto& month : m.months) {
        m.paths.push_back(month_path(month));
        const auto stamp = stamp_of(m.paths.back());
        m.sizes.push_back(stamp ? stamp->size : 0);
        m.bytes += m.sizes.back();
    }
    // Years of journal (export, rebuilds of totals): the later half of the months is parsed
    // on a second thread, since parsing is nearly all of the time (docs/performance.md).
    m.split = m.paths.size();
    if (m.bytes >= kSplitBytes && two_cores())
        for (std::uint64_t seen = 0; m.split > 0 && seen < m.bytes / 2;) seen += m.sizes[--m.split];
    return m;
}

std::vector<JournalEntry> JournalStore::read_all() const {
    Lock lock(dir_, false);
    const MonthSplit m = split_months();
    // Room for every entry at once, from the files' sizes (lines are about 130 bytes; capacity
    // never used is never touched), so that each entry is moved once.
    std::vector<JournalEntry> out;
    out.reserve(static_cast<size_t>(m.bytes / 64));
    std::vector<Diagnostic> errors;
    std::vector<JournalEntry> later;
    std::vector<Diagnostic> later_errors;
    if (m.split < m.paths.size()) {
        later.reserve(static_cast<size_t>((m.bytes / 2) / 64));
        run_both([&] { read_months(m.paths, 0, m.split, out, errors); },
                 [&] { read_months(m.paths, m.split, m.paths.size(), later, later_errors); });
    } else {
        read_months(m.paths, 0, m.paths.size(), out, errors);
    }
    out.insert(out.end(), std::make_move_iterator(later.begin()),
               std::make_move_iterator(later.end()));
    errors.insert(errors.end(), later_errors.begin(), later_errors.end());
    if (!errors.empty()) throw InputError(errors);
    sort_entries(out);
    return out;
}

std::optional<std::vector<std::string>> JournalStore::map_months(std::string prefix,
                                                                 const MonthText& text_of) const {
    Lock lock(dir_, false);
    const MonthSplit m = split_months();
    const size_t n = m.paths.size();
    // Month `i`'s text appended to `text`, its problems to `errors`; `misplaced` set when an
    // entry lies outside the month. Every month is read, so that every bad line is reported;
    // a month with a problem makes no text (the export is refused then).
    auto month = [&](size_t i, std::string& text, std::vector<Diagnostic>& errors,
                     bool& misplaced) {
        std::vector<JournalEntry> entries = read_month(m.paths[i], errors);
        // The month's first day and the next month's, compared as days (no text per entry).
        const std::optional<Date> start = Date::parse(m.months[i] + "-01");
        const Date next =
            start ? (start->month() == 12 ? Date::from_ymd(start->year() + 1, 1, 1)
                                          : Date::from_ymd(start->year(), start->month() + 1, 1))
                  : Date();
        for (const auto& e : entries) misplaced |= !start || e.date < *start || e.date >= next;
        if (!errors.empty() || misplaced) return;
        sort_entries(entries);
        text_of(entries, text);
    };
    // One thread takes months from the front, the other from the back, one at a time, until
    // they meet: neither waits for the other when the machine slows one down (a fixed half
    // each left one thread 36-61 ms on the same export).
    std::mutex claim;
    size_t lo = 0, hi = n;
    std::string front = std::move(prefix);
    std::vector<Diagnostic> front_errors;
    bool front_misplaced = false;
    // Room for all the text at once (a CSV line is shorter than its YAML line; room never
    // written is never touched), so that it is never copied to grow.
    front.reserve(front.size() + m.bytes);
    // The next month for one end, or nullopt once the two ends have met.
    auto take = [&](bool from_front) -> std::optional<size_t> {
        std::lock_guard<std::mutex> g(claim);
        if (lo == hi) return std::nullopt;
        return from_front ? lo++ : --hi;
    };
    auto run_front = [&] {
        while (const auto i = take(true)) month(*i, front, front_errors, front_misplaced);
    };
    std::vector<std::string> back(n);
    std::vector<std::vector<Diagnostic>> back_errors(n);
    bool back_misplaced = false;
    auto run_back = [&] {
        while (const auto i = take(false)) {
            back[*i].reserve(m.sizes[*i]);
            month(*i, back[*i], back_errors[*i], back_misplaced);
        }
    };
    if (m.split < n)
        run_both(run_front, run_back);
    else
        run_front();
    for (size_t i = hi; i < n; ++i)
        front_errors.insert(front_errors.end(), back_errors[i].begin(), back_errors[i].end());
    if (!front_errors.empty()) throw InputError(front_errors);
    if (front_misplaced || back_misplaced) return std::nullopt;
    std::vector<std::string> parts;
    parts.reserve(1 + n - hi);
    parts.push_back(std::move(front));
    for (size_t i = hi; i < n; ++i) parts.push_back(std::move(back[i]));
    return parts;
}

std::vector<JournalEntry> JournalStore::append(std::vector<JournalEntry> entries,
                                               DayTallies* days) {
    if (entries.empty()) {
        if (days) days->clear();
        return entries;
    }
    if (group_) return group_->append(dir_, std::move(entries), days);
    PendingAppend p{.entries = std::move(entries)};
    PendingAppend* const batch[] = {&p};
    append_together(batch);
    if (p.error) std::rethrow_exception(p.error);
    if (days) *days = std::move(*p.days);
    return std::move(p.entries);
}

void JournalStore::append_async(std::vector<JournalEntry> entries,
                                std::function<void(PendingAppend&)> done) {
    if (group_) return group_->submit(dir_, std::move(entries), std::move(done));
    PendingAppend p;
    try {
        p.entries = append(std::move(entries), &p.days.emplace());
    } catch (...) {
        p.days.reset();
        p.error = std::current_exception();
    }
    done(p);
}

void JournalStore::append_together(std::span<PendingAppend* const> batch, MonthMemo* memo) {
    make_dirs(dir_);
    Lock lock(dir_, true);
    clean_temp_files(dir_);
    if (batch.size() == 1 && batch[0]->entries.size() > 1) {
        try {
            replace_months(*batch[0]);
        } catch (...) {
            batch[0]->error = std::current_exception();
        }
        return;
    }
    std::map<std::string, std::vector<PendingAppend*>> by_month;
    for (PendingAppend* p : batch) {
        if (p->entries.size() != 1)
            throw std::logic_error("append_together: several entries go in a batch of their own");
        by_month[month_of(p->entries.front().date)].push_back(p);
    }
    for (const auto& [month, appends] : by_month) {
        try {
            append_lines(month, appends, memo);
        } catch (...) {
            for (PendingAppend* p : appends) p->error = std::current_exception();
        }
    }
}

// Several entries of one caller: each month is rewritten whole (temp file, fsync, rename), so
// that a kill or a full disk leaves all of them or none, never the first few.
void JournalStore::replace_months(PendingAppend& p) {
    std::map<std::string, std::vector<JournalEntry*>> by_month;
    for (auto& e : p.entries) by_month[month_of(e.date)].push_back(&e);
    std::vector<Diagnostic> errors;
    std::map<std::string, std::vector<JournalEntry>> existing;
    for (const auto& [month, list] : by_month)
        existing[month] = read_month(month_path(month), errors);
    refuse_if_bad(errors);
    for (auto& [month, list] : by_month) {
        auto& have = existing[month];
        for (JournalEntry* e : list) {
            e->id = next_entry_id(have, e->date);
            have.push_back(*e);
        }
        write_atomic(month_path(month), render_month(have));
    }
    DayTallies days;
    for (const auto& e : p.entries) days.try_emplace(e.date, e.date);
    for (const auto& [month, have] : existing)
        for (const auto& e : have)
            if (auto day = days.find(e.date); day != days.end()) day->second.add(e);
    p.days = std::move(days);
}

namespace {

// Adds `e` to its day in the memo and to its id's number; returns its day.
const DayTally& memo_add(MonthMemo& m, const JournalEntry& e) {
    if (const auto n = id_number(e.id)) {
        int& last = m.last_number[std::string(n->prefix)];
        last = std::max(last, n->number);
    }
    return tally(m.days, e);
}

// next_entry_id(the month's entries, date), from the index.
std::string next_id(const MonthMemo& m, Date date) {
    std::string prefix = date.compact() + "-";
    const auto it = m.last_number.find(prefix);
    return prefix + std::to_string((it == m.last_number.end() ? 0 : it->second) + 1);
}

// Month file `path` now: its text's digest, its lines and its entries by day. The memo's own when
// the file is as the last batch left it (the memo is then emptied), else parsed.
MonthMemo month_now(const std::string& path, MonthMemo* memo) {
    const auto now = std::chrono::steady_clock::now();
    const size_t reads = memo ? memo->reads + 1 : 1;
    if (memo && memo->valid && memo->path == path) {
        // The stamp still holding the last batch's mark says so without reading the month
        // (under load this runs per batch, and a month read whole costs what it weighs);
        // else, and now and then in any case, the file's digest against the text's.
        if (memo->stamp && now - memo->read_at < kCompareMonthEvery &&
            stamp_of(path) == memo->stamp) {
            MonthMemo m = std::move(*memo);
            *memo = MonthMemo{};
            return m;
        }
        if (file_matches(path, memo->digest)) {
            MonthMemo m = std::move(*memo);  // the same entries a parse gives
            *memo = MonthMemo{};
            m.read_at = now;
            m.reads = reads;
            return m;
        }
    }
    MonthMemo m{.path = path, .read_at = now, .reads = reads};
    std::string text = read_file(path).value_or(std::string());
    std::vector<Diagnostic> errors;
    std::vector<JournalEntry> entries;
    if (!text.empty()) entries = month_entries(path, text, errors);
    refuse_if_bad(errors);
    m.lines = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
    m.digest.append(text);
    for (const auto& e : entries) memo_add(m, e);
    m.valid = true;
    return m;
}

// Appends `chunk` to `path`, which holds `before` bytes, in one write() and an fsync. With
// `mark`, returns the file's stamp with a mark (mark_written), if it takes one and the file
// is then `before` bytes and the chunk. A failure cuts the file back to the size it had
// (whole lines only) and throws SystemError.
std::optional<FileStamp> append_durably(const std::string& path, off_t before,
                                        const std::string& chunk, bool mark) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        throw SystemError(
            fmt::format("cannot open {} for writing: {}", path, std::strerror(errno)));
    // The size now, not the memo's: a write that ignored the lock may have come since, and
    // a cut-back must not take its lines.
    struct stat st {};
    const off_t size = ::fstat(fd, &st) == 0 ? st.st_size : before;
    const ssize_t n = ::write(fd, chunk.data(), chunk.size());
    if (n != static_cast<ssize_t>(chunk.size())) {
        const std::string reason = n < 0 ? std::strerror(errno) : "short write (disk full?)";
        // Never leave half a line behind: cut the file back to what it was.
        if (::ftruncate(fd, size) != 0) { /* reported below; the reader flags torn lines */
        }
        ::close(fd);
        throw SystemError(
            fmt::format("cannot write {}: {} (the entry was not logged)", path, reason));
    }
    // Marked before the fsync, so that one fsync makes both durable. A size other than the
    // memo's and the chunk means a write the mark would hide: no stamp, so the next batch
    // reads the file and compares its digest.
    std::optional<FileStamp> stamp = mark ? mark_written(fd) : std::nullopt;
    if (stamp && stamp->size != static_cast<std::uint64_t>(before) + chunk.size()) stamp.reset();
    if (::fsync(fd) != 0) {
        // Not durable means not logged: take the lines back so that a failed command
        // leaves the journal as it was.
        const std::string reason = std::strerror(errno);
        if (::ftruncate(fd, size) == 0) ::fsync(fd);
        ::close(fd);
        throw SystemError(
            fmt::format("cannot sync {}: {} (the entry was not logged)", path, reason));
    }
    ::close(fd);
    return stamp;
}

}  // namespace

// One-entry appends to one month: their lines in one write() and one fsync. A failure takes
// every line back (the file is cut to its size before), so the month keeps whole lines.
void JournalStore::append_lines(const std::string& month, std::span<PendingAppend* const> appends,
                                MonthMemo* memo) {
    MonthMemo m = month_now(month_path(month), memo);
    const size_t before = m.digest.size();
    const bool fresh = m.digest.empty();
    std::string chunk;
    if (fresh) chunk = std::string(kFileHeader) + std::string(kJournalHeader) + "\n";
    // Each entry's line, as a parse of the file would number it (whole lines end in \n).
    m.lines += static_cast<size_t>(std::count(chunk.begin(), chunk.end(), '\n'));
    std::vector<DayTallies> days;  // each append's day, up to its own entry
    for (PendingAppend* p : appends) {
        JournalEntry& e = p->entries.front();
        e.id = next_id(m, e.date);
        e.line = static_cast<int>(++m.lines);
        chunk += entry_to_line(e);
        days.push_back({{e.date, memo_add(m, e)}});
    }
    // On failure the memo (emptied above) stays empty: the next batch parses the file.
    // Marked only for a memo: a command's append leaves the file's time as any write does.
    m.stamp = append_durably(m.path, static_cast<off_t>(before), chunk, memo != nullptr);
    if (fresh) {
        const int dfd = ::open(dir_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd >= 0) ::fsync(dfd), ::close(dfd);
    }
    for (size_t i = 0; i < appends.size(); ++i) appends[i]->days = std::move(days[i]);
    m.digest.append(std::string_view(chunk));
    if (memo) *memo = std::move(m);
}

void JournalStore::modify(const std::function<void(Months&)>& change) {
    make_dirs(dir_);
    Lock lock(dir_, true);
    clean_temp_files(dir_);
    Months months;
    std::vector<Diagnostic> errors;
    for (const auto& m : month_files()) months[m] = read_month(month_path(m), errors);
    refuse_if_bad(errors);
    Months before = months;
    change(months);
    // Write additions before removals: a crash in between duplicates, never loses, an entry.
    std::vector<std::string> order;
    for (const auto& [m, v] : months)
        if (!before.count(m) || v.size() >= before[m].size()) order.push_back(m);
    for (const auto& [m, v] : months)
        if (before.count(m) && v.size() < before[m].size()) order.push_back(m);
    for (const auto& m : order) {
        const std::string text = render_month(months[m]);
        if (before.count(m) && render_month(before[m]) == text) continue;
        write_atomic(month_path(m), text);
    }
}

}  // namespace mg::store
