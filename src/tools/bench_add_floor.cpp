// mgcalc-bench-add-floor FILE: the floor under bench/web.sh's entry add on this machine, now.
// A minimal HTTP server on 127.0.0.1 (a free port, printed as "Serving on URL"): one
// thread waits in epoll, reads every request that has arrived, appends one journal-sized
// line for each to FILE in one write(), fsyncs once, then answers them all 201. That is a
// group commit with no parsing, no lock, no month to check and no thread to hand over to:
// what an fsync'd add costs on this disk and these cores with wrk beside it. Reported by
// bench/web.sh beside the server's numbers, not held to a target (docs/performance.md).
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

constexpr std::string_view kLine =
    "- {id: 20260304-13, date: 2026-03-04, meal: snack, food: banana, name: \"Bananas, raw\", "
    "amount: 1 medium, grams: 118, mg: 31.9, added: 2026-03-04T10:00:00Z}\n";
constexpr std::string_view kAnswer =
    "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";

// The length of the first whole request in `in` (headers and Content-Length body), or 0.
size_t whole_request(const std::string& in) {
    const size_t end = in.find("\r\n\r\n");
    if (end == std::string::npos) return 0;
    size_t body = 0;
    for (const std::string_view name : {"Content-Length:", "content-length:"}) {
        const size_t at = in.find(name);
        if (at != std::string::npos && at < end)
            body = std::strtoul(in.c_str() + at + name.size(), nullptr, 10);
    }
    return in.size() >= end + 4 + body ? end + 4 + body : 0;
}

int listen_on_loopback() {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    sockaddr_in addr{.sin_family = AF_INET, .sin_port = 0, .sin_addr = {htonl(INADDR_LOOPBACK)}};
    socklen_t len = sizeof addr;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&addr), len) != 0 ||
        ::listen(fd, 128) != 0 || ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len))
        return -1;
    std::printf("Serving on http://127.0.0.1:%d/\n", ntohs(addr.sin_port));
    std::fflush(stdout);
    return fd;
}

struct Floor {
    int journal, listener, poll;
    std::unordered_map<int, std::string> pending;  // bytes read per connection

    void accept_all() {
        int c;
        while ((c = ::accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC)) >= 0) {
            const int on = 1;
            ::setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
            epoll_event ev{.events = EPOLLIN, .data = {.fd = c}};
            ::epoll_ctl(poll, EPOLL_CTL_ADD, c, &ev);
            pending[c].clear();
        }
    }
    // Reads what `c` has sent; each whole request adds `c` to `ready`.
    void read_from(int c, std::vector<int>& ready) {
        char buf[8192];
        const ssize_t n = ::read(c, buf, sizeof buf);
        if (n < 0 && errno == EAGAIN) return;
        if (n <= 0) {
            pending.erase(c);
            ::close(c);
            return;
        }
        std::string& in = pending[c];
        in.append(buf, static_cast<size_t>(n));
        while (const size_t whole = whole_request(in)) {
            in.erase(0, whole);
            ready.push_back(c);
        }
    }
    // One write and one fsync for every request in `ready`, then every answer.
    bool commit(const std::vector<int>& ready) {
        std::string chunk;
        for (size_t i = 0; i < ready.size(); ++i) chunk += kLine;
        if (::write(journal, chunk.data(), chunk.size()) != static_cast<ssize_t>(chunk.size()) ||
            ::fsync(journal) != 0)
            return false;
        for (const int c : ready)
            if (::write(c, kAnswer.data(), kAnswer.size()) < 0) { /* the client left */
            }
        return true;
    }
    int run() {
        epoll_event ev{.events = EPOLLIN, .data = {.fd = listener}};
        ::epoll_ctl(poll, EPOLL_CTL_ADD, listener, &ev);
        std::vector<epoll_event> events(256);
        std::vector<int> ready;
        for (;;) {
            const int n = ::epoll_wait(poll, events.data(), static_cast<int>(events.size()), -1);
            ready.clear();
            for (int i = 0; i < n; ++i) {
                if (events[i].data.fd == listener)
                    accept_all();
                else
                    read_from(events[i].data.fd, ready);
            }
            if (!ready.empty() && !commit(ready)) {
                std::perror("mgcalc-bench-add-floor: append");
                return 1;
            }
        }
    }
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: mgcalc-bench-add-floor FILE\n");
        return 2;
    }
    const int journal = ::open(argv[1], O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    const int listener = listen_on_loopback();
    const int poll = ::epoll_create1(EPOLL_CLOEXEC);
    if (journal < 0 || listener < 0 || poll < 0) {
        std::perror("mgcalc-bench-add-floor");
        return 1;
    }
    return Floor{.journal = journal, .listener = listener, .poll = poll}.run();
}
