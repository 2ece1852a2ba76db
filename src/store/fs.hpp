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
