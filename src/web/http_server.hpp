#pragma once
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <thread>

#include "web/http_message.hpp"

namespace mg::web {

/// What the server allows a connection; the defaults are the web app's (docs/web.md#limits).
struct HttpLimits {
    size_t body = 64 * 1024;   ///< a longer body is answered 413 (an entry is under 1 KiB)
    size_t header = 8 * 1024;  ///< longer request headers are answered 431
    /// Connections open at once: a browser opens at most 6 a server, and the load target is
    /// 20 clients. One more is answered 503 and closed, rather than left waiting.
    size_t connections = 24;
    /// Connections beyond `connections` still read, to be answered 503; more are closed at once.
    size_t refusing = 8;
    /// A connection whose last response (`Connection: close`) is being written no longer
    /// counts against `connections`, so that a client reading that response can connect
    /// again at once; but no more than `connections + refusing + closing` are kept in all,
    /// closing ones included (a new one beyond is closed at once), so that responses left
    /// unread cannot hold sockets and memory without bound.
    size_t closing = 8;
    std::chrono::seconds timeout{5};     ///< reading a request (or waiting for the next), writing
    unsigned keep_alive_requests = 100;  ///< then the connection is closed
    /// Answer GET and HEAD, read and write every connection: one a core, and two at least so
    /// that a slow page does not hold every socket (more than the cores widened the
    /// latency's tail: docs/performance.md).
    size_t io_threads = std::max(2u, std::thread::hardware_concurrency());
    size_t workers = 24;  ///< run Reply::work: answers that may wait on the disk (fsync)
};

/// Hands a request its response: once, from any thread; the connection writes it on its
/// own I/O thread. Copies share one reply, and a second call is ignored. A reply dropped
/// without a call answers 500, so that no connection waits for ever.
class Reply {
  public:
    /// How the server sends: `make` builds the response on the connection's thread (null:
    /// the reply was dropped).
    using Send = std::function<void(std::function<HttpResponse()> make)>;
    /// How the server runs a task on one of its workers.
    using Offload = std::function<void(std::function<void()> task)>;
    Reply(Send send, Offload offload);
    /// Sends `r`.
    void operator()(HttpResponse r) const;
    /// Builds the response with `make` on the connection's I/O thread, then sends it: for an
    /// answer completed on a thread whose time is better spent elsewhere (a batch's
    /// committer). What `make` throws is answered 500.
    void later(std::function<HttpResponse()> make) const;
    /// Builds the response with `make` on a worker, then sends it: for an answer that may
    /// wait on the disk (an fsync), which must hold no I/O thread. What `make` throws is
    /// answered 500.
    void work(std::function<HttpResponse()> make) const;

  private:
    struct State;
    std::shared_ptr<State> state_;
};

/// The HTTP/1.1 layer of `mgcalc web`: connections, parsing, limits and threads, and no
/// policy. Each request read whole goes to `answer`, on the connection's I/O thread (they
/// wait on sockets in epoll), which replies there and then, later from another thread, or
/// through Reply::work on one of the workers, so that a request waiting for an fsync holds
/// no socket's turn. A request the server refuses before that (too long, malformed, one
/// connection too many) gets `refuse(status)`; every response goes to `log` once sent. A
/// HEAD request gets the GET response without its body.
class HttpServer {
  public:
    /// Answers a request through its Reply, now or later; called on an I/O thread, so what
    /// may wait for an fsync goes to Reply::work. The request stays valid until the reply is
    /// made.
    using Answer = std::function<void(const HttpRequest&, const Reply&)>;
    using Refuse = std::function<HttpResponse(int status)>;
    using Log = std::function<void(const HttpRequest&, int status)>;

    HttpServer(HttpLimits limits, Answer answer, Refuse refuse, Log log);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    /// Binds `address`:`port` (0: a free port) and returns the port. Throws SystemError.
    int bind(const std::string& address, int port);
    /// Serves until stop(); threads start here, so they inherit the caller's signal mask.
    /// Returns false when serving failed.
    bool run();
    /// From any thread: stops accepting, closes idle connections, lets the requests being
    /// answered finish (with `Connection: close`), then run() returns.
    void stop();

    struct Impl;  ///< the server's state, private to http_server.cpp (its sessions use it)

  private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace mg::web
