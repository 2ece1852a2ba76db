// LD_PRELOAD fault injector for the journal-safety tests (tests/safety/faults.sh).
// MGCALC_FAULT selects one fault, applied to files whose path contains MGCALC_FAULT_PATH:
//   write-enospc   write() fails with ENOSPC        (a full disk)
//   write-short    write() writes half and stops     (a full disk, mid-write)
//   fsync-eio      fsync() fails with EIO            (an I/O error)
//   open-erofs     opening for writing, mkdir and mkstemp fail with EROFS (read-only data dir)
// It changes nothing when MGCALC_FAULT is unset.
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

const char* fault() {
    return std::getenv("MGCALC_FAULT");
}
bool is(const char* name) {
    return fault() && std::strcmp(fault(), name) == 0;
}

bool path_matches(const char* path) {
    const char* want = std::getenv("MGCALC_FAULT_PATH");
    return path && (!want || std::strstr(path, want));
}

bool fd_matches(int fd) {
    char link[64], path[4096];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0) return false;
    path[n] = '\0';
    return path[0] == '/' && path_matches(path) && std::strncmp(path, "/dev/", 5) != 0 &&
           std::strncmp(path, "/proc/", 6) != 0;
}

template <typename F>
F next(const char* name) {
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

}  // namespace

extern "C" {

ssize_t write(int fd, const void* buf, size_t n) {
    static auto real = next<ssize_t (*)(int, const void*, size_t)>("write");
    if (fd > 2 && (is("write-enospc") || is("write-short")) && fd_matches(fd)) {
        if (is("write-short") && n > 1) return real(fd, buf, n / 2);
        errno = ENOSPC;
        return -1;
    }
    return real(fd, buf, n);
}

int fsync(int fd) {
    static auto real = next<int (*)(int)>("fsync");
    if (is("fsync-eio") && fd_matches(fd)) {
        errno = EIO;
        return -1;
    }
    return real(fd);
}

int open(const char* path, int flags, ...) {
    static auto real = next<int (*)(const char*, int, ...)>("open");
    mode_t mode = 0;
    if (flags & O_CREAT) {
        va_list ap;
        va_start(ap, flags);
        mode = static_cast<mode_t>(va_arg(ap, int));
        va_end(ap);
    }
    if (is("open-erofs") && (flags & (O_WRONLY | O_RDWR | O_CREAT)) && path_matches(path)) {
        errno = EROFS;
        return -1;
    }
    return real(path, flags, mode);
}

int open64(const char* path, int flags, ...) {
    mode_t mode = 0;
    if (flags & O_CREAT) {
        va_list ap;
        va_start(ap, flags);
        mode = static_cast<mode_t>(va_arg(ap, int));
        va_end(ap);
    }
    return open(path, flags, mode);
}

int mkstemp(char* tmpl) {
    static auto real = next<int (*)(char*)>("mkstemp");
    if (is("open-erofs") && path_matches(tmpl)) {
        errno = EROFS;
        return -1;
    }
    return real(tmpl);
}

int mkdir(const char* path, mode_t mode) {
    static auto real = next<int (*)(const char*, mode_t)>("mkdir");
    if (is("open-erofs") && path_matches(path)) {
        errno = EROFS;
        return -1;
    }
    return real(path, mode);
}

}  // extern "C"
