#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mg::store {

/// Reads a whole file. nullopt when it does not exist; throws SystemError when it exists
/// but cannot be read (permissions, I/O error, a directory).
std::optional<std::string> read_file(const std::string& path);

/// Text grown by appending, kept in pieces of about `piece` bytes each: a string grown by
/// doubling holds its old and its new copy at once while it moves, twice the text for that
/// moment (the web app's month memo, which may hold megabytes: docs/performance.md).
class PiecedText {
  public:
    PiecedText() = default;
    explicit PiecedText(size_t piece) : piece_(piece) {}
    /// Adds `s` at the end: to the last piece while it has room, else as a new piece.
    void append(std::string_view s);
    /// Adds `whole` at the end as a piece of its own, without copying it.
    void append(std::string&& whole);
    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    const std::vector<std::string>& pieces() const { return pieces_; }
    std::string str() const;  ///< the text in one string (for tests)

  private:
    size_t piece_ = 64 * 1024;
    size_t size_ = 0;
    std::vector<std::string> pieces_;
};

/// Whether the regular file `path` holds exactly `text`: false when it differs, is missing
/// or cannot be read. Reads it a piece at a time, neither copying it whole nor mapping it.
bool file_holds(const std::string& path, const PiecedText& text);

/// Like read_file, but a missing file is an InputError naming `what`.
std::string read_required(const std::string& path, const std::string& what);

/// Regular `*.yaml` files directly inside `dir`, sorted by name; empty when `dir` is missing.
std::vector<std::string> list_yaml(const std::string& dir);

bool exists(const std::string& path);
bool is_directory(const std::string& path);

/// Creates `dir` and its parents; throws SystemError with the reason on failure.
void make_dirs(const std::string& dir);

/// Replaces `path` with `content` atomically: a temp file in the same directory is written,
/// fsynced and renamed over `path`, then the directory is fsynced. On any failure the
/// original is untouched, the temp file is removed, and SystemError is thrown.
void write_atomic(const std::string& path, const std::string& content);

/// How far a replaced file must survive a crash.
enum class Sync {
    durable,  ///< the user's data: fsync the file before the rename and the directory after
    /// a derived file (a cache) whose reader checks a key and checksums and rebuilds it when
    /// they fail: a crash may leave it old, empty or torn, never silently wrong. No fsync, so
    /// rebuilding a cache does not wait for the disk.
    derived,
};

/// write_atomic of `parts` written one after another (no copy into one string), with the
/// crash guarantee `sync` asks for; the other guarantees are write_atomic's.
void write_atomic(const std::string& path, std::span<const std::string_view> parts, Sync sync);

/// The absolute path with symlinks and ".." resolved, or `path` itself when that fails.
std::string canonical(const std::string& path);

/// The directory part of a path ("." when none).
std::string dir_of(const std::string& path);
/// The file name without directory and without extension.
std::string stem_of(const std::string& path);

}  // namespace mg::store
