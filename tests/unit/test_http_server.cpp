// The HTTP layer over real loopback sockets (src/web/http_server.hpp): what only a server
// with its threads and a client can show.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <future>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "web/http_server.hpp"

using namespace mg::web;
using namespace std::chrono_literals;

namespace {

// A server on a free loopback port, serving on a thread of its own until the end of the
// test, however the test ends.
struct Serving {
    HttpServer server;
    int port;
    std::thread thread;
    Serving(HttpLimits limits, HttpServer::Answer answer)
        : server(
              limits, std::move(answer),
              [](int status) { return HttpResponse{.status = status, .body = "refused"}; },
              [](const HttpRequest&, int) {}),
          port(server.bind("127.0.0.1", 0)),
          thread([this] { server.run(); }) {}
    ~Serving() {
        server.stop();
        thread.join();
    }
};

// A client socket connected to 127.0.0.1:`port`, closed at the end. `receive_buffer`, when
// set, keeps its kernel buffer that small, so that a long response cannot be taken whole.
struct Client {
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    explicit Client(int port, int receive_buffer = 0) {
        REQUIRE(fd >= 0);
        if (receive_buffer > 0)
            ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receive_buffer, sizeof receive_buffer);
        timeval tv{.tv_sec = 5, .tv_usec = 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(static_cast<uint16_t>(port));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
    }
    ~Client() { ::close(fd); }
    Client(const Client&) = delete;
    Client& operator=(const Client&) = delete;
    // A refused connection may fail the send: what it reads then tells.
    void send_get(const std::string& path) {
        const std::string req = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        (void)::send(fd, req.data(), req.size(), MSG_NOSIGNAL);
    }
    // Reads until what was read holds `until`, the server closes, or 5 s pass.
    std::string read_until(const std::string& until) {
        std::string got;
        char buf[4096];
        while (got.find(until) == std::string::npos) {
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0) break;
            got.append(buf, static_cast<size_t>(n));
        }
        return got;
    }
};

// A response longer than the server's socket buffer can grow to (tcp_wmem's maximum, 4 MiB
// on Debian) with room to spare, so that its write waits on a client that reads none of it.
size_t unsendable_size() {
    size_t least = 0, initial = 0, most = 4 << 20;
    std::ifstream("/proc/sys/net/ipv4/tcp_wmem") >> least >> initial >> most;
    return 2 * most + (1 << 20);
}

bool is_status(const std::string& response, int status) {
    return response.rfind("HTTP/1.1 " + std::to_string(status), 0) == 0;
}

}  // namespace

TEST_CASE("a connection's place is free once its last response is on its way", "[web][http]") {
    // One connection allowed. The first asks for its last response ("/last" answers with
    // Connection: close), and its I/O thread is then held, as a busy thread would be, until
    // the next connection has been answered: a client that reads that response and connects
    // again at once is served, not refused as a connection too many.
    std::promise<void> answered;
    std::shared_future<void> next_answered = answered.get_future().share();
    Serving s(HttpLimits{.connections = 1, .io_threads = 2, .workers = 1},
              [next_answered](const HttpRequest& req, const Reply& reply) {
                  reply(HttpResponse{.body = "ok", .close = req.path == "/last"});
                  if (req.path == "/last") next_answered.wait_for(5s);
              });
    Client first(s.port);
    first.send_get("/last");
    const std::string last = first.read_until("ok");
    CHECK(is_status(last, 200));
    CHECK(last.find("Connection: close") != std::string::npos);
    Client next(s.port);
    next.send_get("/next");
    const std::string got = next.read_until("\r\n\r\n");
    answered.set_value();
    CHECK(is_status(got, 200));
}

TEST_CASE("connections left writing a last response that is never read are few", "[web][http]") {
    // Each client asks for a long last response and reads none of it, so the server's write
    // waits (for its timeout, 10 s here). Such connections no longer count against the limit
    // (the test above), but no more than connections + refusing + closing (1 + 1 + 2)
    // connections are kept in all, closing ones included: a new one is then closed
    // unanswered, whatever it asks.
    const HttpLimits limits{.connections = 1,
                            .refusing = 1,
                            .closing = 2,
                            .timeout = std::chrono::seconds(10),
                            .io_threads = 2,
                            .workers = 1};
    const size_t length = unsendable_size();
    Serving s(limits, [length](const HttpRequest&, const Reply& reply) {
        reply(HttpResponse{.body = std::string(length, 'x'), .close = true});
    });
    std::vector<std::unique_ptr<Client>> unread;
    std::vector<std::string> starts;
    for (int i = 0; i < 6; ++i) {
        unread.push_back(std::make_unique<Client>(s.port, 4096));
        unread.back()->send_get("/long");
        starts.push_back(unread.back()->read_until("\r\n\r\n"));  // its head, or nothing
    }
    for (size_t i = 0; i < starts.size(); ++i) {
        INFO("connection " << i + 1);
        if (i < 4)
            CHECK(is_status(starts[i], 200));
        else
            CHECK(starts[i].empty());  // closed unanswered
    }
    // Once they close, the server's writes fail and new connections are served again.
    unread.clear();
    std::string got;
    for (int attempt = 0; attempt < 50 && !is_status(got, 200); ++attempt) {
        if (attempt > 0) std::this_thread::sleep_for(100ms);
        Client c(s.port);
        c.send_get("/again");
        got = c.read_until("\r\n\r\n");
    }
    CHECK(is_status(got, 200));
}
