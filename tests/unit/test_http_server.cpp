// The HTTP layer over real loopback sockets (src/web/http_server.hpp): what only a server
// with its threads and a client can show.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <thread>

#include "web/http_server.hpp"

using namespace mg::web;
using namespace std::chrono_literals;

namespace {

// A connected client socket to 127.0.0.1:`port`, closed at the end.
struct Client {
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    explicit Client(int port) {
        REQUIRE(fd >= 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(static_cast<uint16_t>(port));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
    }
    ~Client() { ::close(fd); }
    // Sends a GET of `path` and reads until the response holds `until` (or the server
    // closes, or 5 s pass); returns what was read.
    std::string get(const std::string& path, const std::string& until) {
        const std::string req = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        REQUIRE(::send(fd, req.data(), req.size(), MSG_NOSIGNAL) == ssize_t(req.size()));
        timeval tv{.tv_sec = 5, .tv_usec = 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
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

}  // namespace

TEST_CASE("a connection's place is free once its last response is on its way", "[web][http]") {
    // One connection allowed. The first asks for its last response ("/last" answers with
    // Connection: close) and its I/O thread is then held, as a busy thread would be, before
    // the connection is done with; a client that reads that response and connects again at
    // once is served, not refused as a connection too many.
    HttpServer server(
        HttpLimits{.connections = 1, .io_threads = 2, .workers = 1},
        [](const HttpRequest& req, const Reply& reply) {
            reply(HttpResponse{.status = 200, .body = "ok", .close = req.path == "/last"});
            if (req.path == "/last") std::this_thread::sleep_for(1500ms);
        },
        [](int status) { return HttpResponse{.status = status, .body = "refused"}; },
        [](const HttpRequest&, int) {});
    const int port = server.bind("127.0.0.1", 0);
    std::thread serving([&] { server.run(); });
    {
        Client first(port);
        const std::string last = first.get("/last", "ok");
        CHECK(last.rfind("HTTP/1.1 200", 0) == 0);
        CHECK(last.find("Connection: close") != std::string::npos);
        Client next(port);
        const auto sent = std::chrono::steady_clock::now();
        const std::string got = next.get("/next", "\r\n\r\n");
        CHECK(got.rfind("HTTP/1.1 200", 0) == 0);
        // Answered while the first connection's thread was still held.
        CHECK(std::chrono::steady_clock::now() - sent < 1000ms);
    }
    server.stop();
    serving.join();
}
