#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace mg::store {

/// What `stat` says of a file, enough to tell that it has not changed since it was hashed
/// (docs/performance.md, "the cache key"): any write changes the size or the change time, and
/// the change time cannot be set back by a user (unlike the modification time).
struct FileStamp {
    std::uint64_t size = 0;
    std::int64_t mtime_ns = 0;  ///< last modification
    std::int64_t ctime_ns = 0;  ///< last change of contents or metadata (set by the kernel)
    std::uint64_t inode = 0;
    bool operator==(const FileStamp&) const = default;
    /// The latest of the two times: what a write within the same clock tick can leave equal.
    std::int64_t changed_ns() const { return mtime_ns > ctime_ns ? mtime_ns : ctime_ns; }
};

/// The stamp of a regular file; nullopt when it cannot be stat'ed.
std::optional<FileStamp> stamp_of(const std::string& path);
/// The stamp of a regular file or a directory (whose times change when an entry is added to
/// it, removed or renamed); nullopt when it cannot be stat'ed or is neither.
std::optional<FileStamp> stamp_of_file_or_dir(const std::string& path);

/// A whole file mapped read-only (pages are read only when touched). The bytes stay valid
/// while the object lives, even when the file is replaced by a rename.
class MappedFile {
  public:
    /// The mapping of `path`, or nullptr when it is missing, empty, not a regular file or
    /// cannot be mapped (a cache that cannot be read is no cache).
    static std::shared_ptr<const MappedFile> open(const std::string& path);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    std::string_view bytes() const { return {data_, size_}; }
    /// The stamp of the mapped file when it was opened.
    const FileStamp& stamp() const { return stamp_; }

  private:
    MappedFile(const char* data, size_t size, FileStamp stamp)
        : data_(data), size_(size), stamp_(stamp) {}
    const char* data_;
    size_t size_;
    FileStamp stamp_;
};

/// Marks a file just written through `fd` so that its stamp tells whether anything wrote it
/// since: sets its modification time to a mark, the coarse clock less one or two nanoseconds
/// (an odd number), and returns the file's stamp holding it. A later write() or truncation
/// sets the time to at least the coarse clock, so it cannot leave the mark, even within the
/// same clock tick (a plain stamp can be left as it was by a write of the same size within
/// the tick, on kernels before 6.13). What it cannot tell: a write between the caller's
/// last look at the file and the mark, and stores through a memory mapping not yet written
/// back; a caller compares the text now and then for those. The mark is a few ms before the
/// write at most. nullopt (trust no stamp) when the file is not on ext4, XFS, Btrfs or F2FS
/// (a network or FUSE filesystem may answer `stat` from a cache, tmpfs does not time
/// stores through a mapping), when the time cannot be set (not the file's owner), or when
/// it was rounded (an odd mark survives only nanosecond times).
std::optional<FileStamp> mark_written(int fd);

/// Sets the modification time of `path` to now; false when that fails.
bool touch(const std::string& path);

}  // namespace mg::store
