#include "web/http_server.hpp"

// Beast's string_view is std::string_view, as everywhere else here (this file alone uses it).
#define BOOST_BEAST_USE_STD_STRING_VIEW
#include <atomic>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http.hpp>
#include <list>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace mg::web {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

// How often deadlines are checked: a connection may outlive its timeout by this much.
constexpr auto kSweep = std::chrono::milliseconds(500);
constexpr std::int64_t kNoDeadline = INT64_MAX;

bool is_http_error(const beast::error_code& ec) {
    return ec.category() == make_error_code(http::error::bad_method).category();
}

class Session;

}  // namespace

struct HttpServer::Impl {
    Impl(HttpLimits l, Answer a, Refuse r, Log g)
        : limits(l), answer(std::move(a)), refuse(std::move(r)), log(std::move(g)) {}

    HttpLimits limits;
    Answer answer;
    Refuse refuse;
    Log log;
    // Before what runs sessions, so that they outlive any session (~Session takes them).
    std::mutex sessions_mutex;
    std::list<std::weak_ptr<Session>> sessions;  // for the sweep and stop()
    // Sessions counted against the limit: alive, refused ones included, and not yet writing
    // their last response.
    std::atomic<size_t> open{0};
    std::atomic<size_t> alive{0};  // sessions alive, closing ones included
    std::atomic<bool> stopping{false};
    net::io_context ioc{static_cast<int>(limits.io_threads)};
    net::strand<net::io_context::executor_type> strand{ioc.get_executor()};  // acceptor, timers
    tcp::acceptor acceptor{strand};
    net::steady_timer sweeper{strand};
    net::steady_timer accept_pause{strand};
    std::optional<net::thread_pool> workers;  // made in run(), for the signal mask

    void accept();
    void admit(tcp::socket socket);
    void sweep();
    // The sessions alive now. Taken under the lock and used after it, since dropping the
    // last reference to a session takes the lock again (~Session).
    std::vector<std::shared_ptr<Session>> live();
};

namespace {

// One connection: reads a request, has it answered, writes the response, and again while
// the connection is kept alive. Every step runs on the connection's strand.
class Session : public std::enable_shared_from_this<Session> {
  public:
    Session(tcp::socket socket, HttpServer::Impl& server, bool over_limit)
        : server_(server), socket_(std::move(socket)), over_limit_(over_limit) {}
    ~Session() {
        {
            std::lock_guard lock(server_.sessions_mutex);
            server_.sessions.erase(where_);
        }
        leave();
        --server_.alive;
    }

    void start() {
        {
            std::lock_guard lock(server_.sessions_mutex);
            where_ = server_.sessions.insert(server_.sessions.end(), weak_from_this());
        }
        net::dispatch(socket_.get_executor(), [self = shared_from_this()] { self->read(); });
    }
    // From the sweep, on any thread: closes the connection if its deadline has passed `now`,
    // checked again on its strand, where it may have been answered or re-armed since.
    void post_expire(Clock::time_point now) {
        if (!expired(now)) return;
        net::post(socket_.get_executor(), [self = shared_from_this(), now] {
            if (self->expired(now)) self->close();
        });
    }
    // From stop(), on any thread: closes the connection if it waits for a request.
    void post_close_idle() {
        net::post(socket_.get_executor(), [self = shared_from_this()] {
            if (self->idle_) self->close();
        });
    }

  private:
    bool expired(Clock::time_point now) const {
        return deadline_.load(std::memory_order_relaxed) < now.time_since_epoch().count();
    }
    void arm() {
        deadline_.store((Clock::now() + server_.limits.timeout).time_since_epoch().count(),
                        std::memory_order_relaxed);
    }
    void disarm() { deadline_.store(kNoDeadline, std::memory_order_relaxed); }

    void read() {
        if (server_.stopping) return close();
        parser_.emplace();
        parser_->body_limit(server_.limits.body);
        parser_->header_limit(static_cast<std::uint32_t>(server_.limits.header));
        idle_ = true;
        arm();
        http::async_read_header(
            socket_, buffer_, *parser_,
            [self = shared_from_this()](beast::error_code ec, size_t) { self->on_header(ec); });
    }

    void on_header(beast::error_code ec) {
        idle_ = false;
        if (ec == http::error::header_limit) return refuse(431);
        if (ec == http::error::body_limit) return refuse(413);  // its Content-Length says so
        if (ec)
            return is_http_error(ec) && ec != http::error::end_of_stream ? refuse(400) : close();
        if (over_limit_) return refuse(503);
        const auto length = parser_->content_length();
        if (length && *length > server_.limits.body) return refuse(413);
        if (parser_->is_done()) return on_body({});
        arm();  // the body gets a timeout of its own, as the wait and the header had
        if (parser_->get().version() >= 11 &&
            beast::iequals(parser_->get()[http::field::expect], "100-continue")) {
            static constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
            return net::async_write(socket_, net::buffer(kContinue.data(), kContinue.size()),
                                    [self = shared_from_this()](beast::error_code e, size_t) {
                                        e ? self->close() : self->read_body();
                                    });
        }
        read_body();
    }

    void read_body() {
        http::async_read(
            socket_, buffer_, *parser_,
            [self = shared_from_this()](beast::error_code ec, size_t) { self->on_body(ec); });
    }

    void on_body(beast::error_code ec) {
        if (ec == http::error::body_limit) return refuse(413);
        if (ec) return is_http_error(ec) ? refuse(400) : close();
        disarm();
        auto& m = parser_->get();
        auto target = parse_target(m.target());
        req_ = HttpRequest{.method = std::string(m.method_string())};
        if (!target) return refuse(400);
        req_.path = std::move(target->path);
        req_.params = std::move(target->params);
        for (const auto& f : m) req_.headers.emplace_back(f.name_string(), f.value());
        req_.body = std::move(m.body());
        keep_alive_ = m.keep_alive();
        answer();
    }

    // Has the request answered; the reply's work guard keeps run() going until it is sent.
    void answer() {
        const Reply reply(
            [self = shared_from_this(),
             work = net::make_work_guard(socket_.get_executor())](auto make) {
                net::dispatch(work.get_executor(), [self, make = std::move(make)] {
                    HttpResponse r;
                    try {
                        r = make ? make() : self->server_.refuse(500);
                    } catch (...) {
                        r = self->server_.refuse(500);
                    }
                    self->send(std::move(r));
                });
            },
            [this](std::function<void()> task) { net::post(*server_.workers, std::move(task)); });
        try {
            server_.answer(req_, reply);
        } catch (...) {
            reply(server_.refuse(500));  // ignored when it had replied
        }
    }

    // A request refused before it was answered: the connection closes after the response,
    // since what is left of the request on it was not read.
    void refuse(int status) {
        disarm();
        if (req_.method.empty() && parser_) {
            req_.method = std::string(parser_->get().method_string());
            if (auto t = parse_target(parser_->get().target())) req_.path = std::move(t->path);
        }
        HttpResponse r = server_.refuse(status);
        r.close = true;
        send(std::move(r));
    }

    void send(HttpResponse r) {
        const bool keep = keep_alive_ && !r.close && !server_.stopping &&
                          ++served_ < server_.limits.keep_alive_requests;
        res_ = {};
        res_.version(parser_ && parser_->is_header_done() ? parser_->get().version() : 11);
        res_.result(static_cast<unsigned>(r.status));
        for (const auto& [k, v] : r.headers) res_.insert(k, v);
        if (!r.content_type.empty()) res_.set(http::field::content_type, r.content_type);
        res_.keep_alive(keep);
        // Its last response: the connection no longer counts against the limit. A client
        // that reads the `Connection: close` and connects again at once (wrk after every
        // 100 requests, say) is then never refused for its own closing connection, which
        // may still be here until its write completes on a busy I/O thread.
        if (!keep) leave();
        const size_t length = r.body.size();
        if (req_.method != "HEAD") res_.body() = std::move(r.body);
        res_.content_length(length);
        status_ = r.status;
        arm();
        http::async_write(socket_, res_,
                          [self = shared_from_this(), keep](beast::error_code ec, size_t) {
                              self->on_sent(ec, keep);
                          });
    }

    void on_sent(beast::error_code ec, bool keep) {
        disarm();
        server_.log(req_, status_);
        req_ = {};
        if (ec || !keep) {
            beast::error_code ignored;
            socket_.shutdown(tcp::socket::shutdown_send, ignored);
            return close();
        }
        read();
    }

    // Gives back its place among the connections counted against the limit, once.
    void leave() {
        if (std::exchange(counted_, false)) --server_.open;
    }

    void close() {
        disarm();
        beast::error_code ignored;
        socket_.close(ignored);
    }

    HttpServer::Impl& server_;
    tcp::socket socket_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    http::response<http::string_body> res_;  // kept until written
    HttpRequest req_;
    const bool over_limit_;
    bool counted_ = true;  // in server_.open (admit counted it)
    bool idle_ = false;  // waiting for a request's header, or part of it
    bool keep_alive_ = false;
    int status_ = 0;
    unsigned served_ = 0;
    std::atomic<std::int64_t> deadline_{kNoDeadline};  // steady clock ticks
    std::list<std::weak_ptr<Session>>::iterator where_;
};

}  // namespace

struct Reply::State {
    State(Send s, Offload o) : send(std::move(s)), offload(std::move(o)) {}
    ~State() {
        try {
            if (!used) send(nullptr);
        } catch (...) {
            // Out of memory posting the 500: a destructor must not throw. The connection
            // closes unanswered when its session's last reference (this reply's) goes.
        }
    }
    Send send;
    Offload offload;
    std::atomic<bool> used{false};
};

Reply::Reply(Send send, Offload offload)
    : state_(std::make_shared<State>(std::move(send), std::move(offload))) {}

void Reply::operator()(HttpResponse r) const {
    later([r = std::move(r)]() mutable { return std::move(r); });
}

void Reply::later(std::function<HttpResponse()> make) const {
    if (state_->used.exchange(true)) return;
    try {
        state_->send(std::move(make));
    } catch (...) {
        state_->used = false;  // not sent: the caller's 500, or the drop's, still can be
        throw;
    }
}

void Reply::work(std::function<HttpResponse()> make) const {
    if (state_->used.exchange(true)) return;
    try {
        state_->offload([state = state_, make = std::move(make)] {
            std::function<HttpResponse()> made;  // null when `make` threw: answered 500
            try {
                made = [r = make()]() mutable { return std::move(r); };
            } catch (...) {
            }
            try {
                state->send(std::move(made));
            } catch (...) {
                // Out of memory: a worker must not throw. Unsent, the connection closes
                // when its last reference (this reply's) goes.
            }
        });
    } catch (...) {
        state_->used = false;
        throw;
    }
}

std::vector<std::shared_ptr<Session>> HttpServer::Impl::live() {
    std::vector<std::shared_ptr<Session>> out;
    std::lock_guard lock(sessions_mutex);
    for (const auto& w : sessions)
        if (auto s = w.lock()) out.push_back(std::move(s));
    return out;
}

void HttpServer::Impl::accept() {
    acceptor.async_accept(net::make_strand(ioc), [this](beast::error_code ec, tcp::socket s) {
        if (!acceptor.is_open()) return;
        if (!ec || ec == net::error::connection_aborted) {  // the client left: nothing to wait for
            if (!ec) admit(std::move(s));
            accept();
            return;
        }
        // Out of descriptors or buffers, say: try again shortly rather than spin.
        accept_pause.expires_after(std::chrono::milliseconds(100));
        accept_pause.async_wait([this](beast::error_code e) {
            if (!e) accept();
        });
    });
}

void HttpServer::Impl::admit(tcp::socket socket) {
    const size_t n = ++open;     // counted down by its last response, or by ~Session
    const size_t all = ++alive;  // counted down by ~Session
    if (n > limits.connections + limits.refusing ||
        all > limits.connections + limits.refusing + limits.closing) {
        --open;
        --alive;
        return;  // the socket closes here
    }
    beast::error_code ignored;
    // One write a response, so Nagle's algorithm would only ever delay it.
    socket.set_option(tcp::no_delay(true), ignored);
    std::make_shared<Session>(std::move(socket), *this, n > limits.connections)->start();
}

void HttpServer::Impl::sweep() {
    sweeper.expires_after(kSweep);
    sweeper.async_wait([this](beast::error_code ec) {
        if (ec) return;
        const auto now = Clock::now();
        const auto alive = live();
        for (const auto& s : alive) s->post_expire(now);
        // Once stopping, until the last connection has gone: one that is half-way through
        // a request or a response ends by its timeout, so that run() returns.
        if (!stopping || !alive.empty()) sweep();
    });
}

HttpServer::HttpServer(HttpLimits limits, Answer answer, Refuse refuse, Log log)
    : impl_(std::make_unique<Impl>(limits, std::move(answer), std::move(refuse), std::move(log))) {}

HttpServer::~HttpServer() = default;

int HttpServer::bind(const std::string& address, int port) {
    beast::error_code ec;
    tcp::resolver resolver(impl_->ioc);
    const auto found = resolver.resolve(
        address, std::to_string(port), tcp::resolver::passive | tcp::resolver::numeric_service, ec);
    if (ec || found.empty()) return -1;
    const tcp::endpoint at = found.begin()->endpoint();
    tcp::acceptor& a = impl_->acceptor;
    a.open(at.protocol(), ec);
    if (!ec) a.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec) a.bind(at, ec);
    if (!ec) a.listen(net::socket_base::max_listen_connections, ec);
    if (ec) return -1;
    return a.local_endpoint(ec).port();
}

bool HttpServer::run() {
    Impl& i = *impl_;
    if (!i.acceptor.is_open()) return false;
    i.workers.emplace(i.limits.workers);
    net::dispatch(i.strand, [&i] {
        if (i.stopping) return;
        i.accept();
        i.sweep();
    });
    std::vector<std::thread> threads;
    for (size_t n = 1; n < i.limits.io_threads; ++n) threads.emplace_back([&i] { i.ioc.run(); });
    i.ioc.run();
    for (auto& t : threads) t.join();
    i.workers->join();
    return true;
}

void HttpServer::stop() {
    Impl& i = *impl_;
    i.stopping = true;
    net::post(i.strand, [&i] {
        beast::error_code ignored;
        i.acceptor.close(ignored);
        i.accept_pause.cancel();
    });
    for (const auto& s : i.live()) s->post_close_idle();
}

}  // namespace mg::web
