#include "store/fs.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "core/diagnostic.hpp"

namespace mg::store {

namespace {
std::string why() {
    return std::strerror(errno);
}
}  // namespace

std::optional<std::string> read_file(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT || errno == ENOTDIR) return std::nullopt;
        throw SystemError(fmt::format("cannot open {}: {}", path, why()));
    }
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        throw InputError::plain(fmt::format("{} is a directory, not a file", path));
    }
    // Read straight into the string, growing it when the file is longer than stat said.
    std::string out(st.st_size > 0 ? static_cast<size_t>(st.st_size) + 1 : 4096, '\0');
    size_t used = 0;
    while (true) {
        if (used == out.size()) out.resize(out.size() * 2);
        const ssize_t n = ::read(fd, out.data() + used, out.size() - used);
        if (n < 0) {
            if (errno == EINTR) continue;
            const std::string reason = why();
            ::close(fd);
            throw SystemError(fmt::format("cannot read {}: {}", path, reason));
        }
        if (n == 0) break;
        used += static_cast<size_t>(n);
        if (used > (256u << 20)) {
            ::close(fd);
            throw InputError::plain(fmt::format("{} is larger than 256 MB", path),
                                    "is this the right file?");
        }
    }
    ::close(fd);
    out.resize(used);
    return out;
}

std::string read_required(const std::string& path, const std::string& what) {
    auto t = read_file(path);
    if (!t) throw InputError::plain(fmt::format("{} not found: {}", what, path));
    return *t;
}

std::vector<std::string> list_yaml(const std::string& dir) {
    std::vector<std::string> out;
    DIR* d = ::opendir(dir.c_str());
    if (!d) return out;
    while (const dirent* e = ::readdir(d)) {
        const std::string name = e->d_name;
        if (name.size() > 5 && name.compare(name.size() - 5, 5, ".yaml") == 0 && name[0] != '.') {
            const std::string p = dir + "/" + name;
            struct stat st {};
            if (::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode)) out.push_back(p);
        }
    }
    ::closedir(d);
    std::sort(out.begin(), out.end());
    return out;
}

bool exists(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

bool is_directory(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

void make_dirs(const std::string& dir) {
    if (dir.empty() || is_directory(dir)) return;
    const auto slash = dir.find_last_of('/');
    if (slash != std::string::npos && slash > 0) make_dirs(dir.substr(0, slash));
    if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST)
        throw SystemError(fmt::format("cannot create directory {}: {}", dir, why()));
}

std::string canonical(const std::string& path) {
    char* r = ::realpath(path.c_str(), nullptr);
    if (!r) return path;
    std::string out(r);
    std::free(r);
    return out;
}

std::string dir_of(const std::string& path) {
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string stem_of(const std::string& path) {
    const auto slash = path.find_last_of('/');
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    const auto dot = name.find_last_of('.');
    return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

void write_atomic(const std::string& path, const std::string& content) {
    const std::string_view parts[] = {content};
    write_atomic(path, parts, Sync::durable);
}

void write_atomic(const std::string& path, std::span<const std::string_view> parts, Sync sync) {
    const std::string dir = dir_of(path);
    std::string tmpl = dir + "/.mgcalc-tmp-XXXXXX";
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0) throw SystemError(fmt::format("cannot write in {}: {}", dir, why()));
    auto fail = [&](const char* what) {
        const std::string reason = why();
        ::close(fd);
        ::unlink(tmpl.c_str());
        throw SystemError(
            fmt::format("cannot {} {}: {} (nothing was changed)", what, path, reason));
    };
    for (const std::string_view content : parts) {
        size_t off = 0;
        while (off < content.size()) {
            const ssize_t n = ::write(fd, content.data() + off, content.size() - off);
            if (n < 0) {
                if (errno == EINTR) continue;
                fail("write");
            }
            off += static_cast<size_t>(n);
        }
    }
    if (::fchmod(fd, 0644) != 0) fail("set permissions of");
    if (sync == Sync::durable && ::fsync(fd) != 0) fail("sync");
    if (::close(fd) != 0) {
        const std::string reason = why();
        ::unlink(tmpl.c_str());
        throw SystemError(fmt::format("cannot write {}: {} (nothing was changed)", path, reason));
    }
    if (::rename(tmpl.c_str(), path.c_str()) != 0) {
        const std::string reason = why();
        ::unlink(tmpl.c_str());
        throw SystemError(fmt::format("cannot replace {}: {} (nothing was changed)", path, reason));
    }
    if (sync == Sync::derived) return;
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

}  // namespace mg::store
