#include "store/file_stamp.hpp"

#include <fcntl.h>
#include <linux/magic.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <ctime>

namespace mg::store {
namespace {

FileStamp stamp_from(const struct stat& st) {
    return FileStamp{.size = static_cast<std::uint64_t>(st.st_size),
                     .mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 +
                                 st.st_mtim.tv_nsec,
                     .ctime_ns = static_cast<std::int64_t>(st.st_ctim.tv_sec) * 1'000'000'000 +
                                 st.st_ctim.tv_nsec,
                     .inode = static_cast<std::uint64_t>(st.st_ino)};
}

// Local filesystems whose `stat` is the inode's own (no attribute cache in between) and whose
// writes set the file's times. Not tmpfs: a store through a memory mapping never does there.
bool nanosecond_local_fs(int fd) {
    struct statfs fs {};
    if (::fstatfs(fd, &fs) != 0) return false;
    switch (static_cast<unsigned long>(fs.f_type)) {
        case EXT4_SUPER_MAGIC:  // also ext2 and ext3
        case XFS_SUPER_MAGIC:
        case BTRFS_SUPER_MAGIC:
        case F2FS_SUPER_MAGIC:
            return true;
        default:
            return false;
    }
}

}  // namespace

std::optional<FileStamp> mark_written(int fd) {
    timespec now{};
    if (!nanosecond_local_fs(fd) || ::clock_gettime(CLOCK_REALTIME_COARSE, &now) != 0)
        return std::nullopt;
    // A write's time is the coarse clock (or later); the mark is before it, and odd, so that a
    // filesystem that rounds times to even units cannot keep it.
    std::int64_t mark = static_cast<std::int64_t>(now.tv_sec) * 1'000'000'000 + now.tv_nsec - 1;
    if (mark % 2 == 0) --mark;
    const timespec times[2] = {{.tv_sec = 0, .tv_nsec = UTIME_OMIT},
                               {.tv_sec = mark / 1'000'000'000, .tv_nsec = mark % 1'000'000'000}};
    struct stat st {};
    if (::futimens(fd, times) != 0 || ::fstat(fd, &st) != 0) return std::nullopt;
    FileStamp stamp = stamp_from(st);
    if (stamp.mtime_ns != mark) return std::nullopt;
    return stamp;
}

std::optional<FileStamp> stamp_of(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    return stamp_from(st);
}

std::optional<FileStamp> stamp_of_file_or_dir(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !(S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)))
        return std::nullopt;
    return stamp_from(st);
}

std::shared_ptr<const MappedFile> MappedFile::open(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return nullptr;
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) {
        ::close(fd);
        return nullptr;
    }
    const size_t size = static_cast<size_t>(st.st_size);
    void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (p == MAP_FAILED) return nullptr;
    return std::shared_ptr<const MappedFile>(
        new MappedFile(static_cast<const char*>(p), size, stamp_from(st)));
}

MappedFile::~MappedFile() {
    ::munmap(const_cast<char*>(data_), size_);
}

bool touch(const std::string& path) {
    return ::utimensat(AT_FDCWD, path.c_str(), nullptr, 0) == 0;
}

}  // namespace mg::store
