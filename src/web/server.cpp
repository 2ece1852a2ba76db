#include "web/server.hpp"

#include <fmt/format.h>
#include <httplib.h>

#include <atomic>
#include <filesystem>
#include <iostream>
#include <mutex>

#include "app/clock.hpp"
#include "core/diagnostic.hpp"
#include "foods/food_db.hpp"
#include "report/json_common.hpp"
#include "store/file_stamp.hpp"
#include "store/group_commit.hpp"
#include "web/api.hpp"
#include "web/assets.hpp"
#include "web/connection_pool.hpp"
#include "web/errors.hpp"
#include "web/pages.hpp"
#include "web/security.hpp"

namespace mg::web {
namespace {

constexpr size_t kMaxBody = 64 * 1024;  // a journal entry is well under 1 KiB
// Connections served at once, each by its own worker (a keep-alive one holds it): a browser
// opens at most 6 per server, and the load target is 20 clients. One more gets 503 from one
// of the refusers and is closed, rather than waiting in a queue (docs/web.md#security).
constexpr size_t kMaxConnections = 24;
constexpr size_t kRefusers = 2;
constexpr time_t kTimeoutSeconds = 5;  // reading a request, writing a response

// The food files as last listed: each root, the directories under it and the files in them,
// with their stamps. Listing the directories costs far more than stat'ing what was listed, so
// they are listed again only when a stamp changed (a directory's changes when a file is
// added to it, removed or renamed; a file's when it is written).
class FoodFiles {
  public:
    /// Lists the food files under `p`'s roots now.
    static FoodFiles list(const app::DataPaths& p) {
        namespace fs = std::filesystem;
        FoodFiles files;
        auto add = [&](const fs::path& f) {
            files.seen_.push_back({.path = f.string(), .stamp = store::stamp_of_file_or_dir(f)});
        };
        std::error_code ec;
        for (const std::string& root : {p.foods, p.custom_foods_dir}) {
            add(root);  // a root that is missing now counts when it appears
            if (!fs::is_directory(root, ec)) continue;
            for (auto it = fs::recursive_directory_iterator(root, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
                if (it->is_regular_file(ec) || it->is_directory(ec)) add(it->path());
        }
        return files;
    }
    /// True when every file and directory listed still has the stamp it had then.
    bool unchanged() const {
        return std::all_of(seen_.begin(), seen_.end(), [](const Seen& s) {
            return store::stamp_of_file_or_dir(s.path) == s.stamp;
        });
    }

  private:
    struct Seen {
        std::string path;
        std::optional<store::FileStamp> stamp;
    };
    std::vector<Seen> seen_;
};

// The food database, shared by requests and reloaded when its files change.
class FoodCache {
  public:
    std::shared_ptr<const FoodDb> get(const app::DataPaths& paths) {
        // Checked with no lock held: each request stats the files itself, so none waits
        // behind another's stat calls, and a change made before a request is seen by it.
        if (auto db = current()) return db;
        std::lock_guard lock(reloading_);
        if (auto db = current()) return db;  // another request has just loaded them
        // Listed before loading, so that a write in between makes the next request load again
        // rather than keep foods older than their stamps. When the load throws, nothing is
        // kept and the next request tries again.
        auto fresh = std::make_shared<Loaded>(Loaded{.files = FoodFiles::list(paths)});
        // Shared as it is: its tables decode the foods requests need, under their own locks,
        // so that memory holds what is used rather than all 13,481 foods.
        fresh->db = app::Workspace(app::WorkspaceOptions{.paths = paths}).shared_foods();
        loaded_.store(fresh);
        return fresh->db;
    }

  private:
    struct Loaded {
        FoodFiles files;
        std::shared_ptr<const FoodDb> db;
    };
    // The database loaded last, or nullptr when none is or its files changed since.
    std::shared_ptr<const FoodDb> current() const {
        const auto now = loaded_.load();
        return now && now->files.unchanged() ? now->db : nullptr;
    }
    std::atomic<std::shared_ptr<const Loaded>> loaded_;
    std::mutex reloading_;  // one load at a time
};

Params params_of(const httplib::Request& req) {
    Params p;
    for (const auto& [k, v] : req.params) p[k] = v;
    return p;
}

// cpp-httplib's task queue (one job per accepted connection), over a ConnectionPool.
class PoolQueue : public httplib::TaskQueue {
  public:
    explicit PoolQueue(ConnectionPool& pool) : pool_(pool) {}
    void enqueue(std::function<void()> serve) override { pool_.enqueue(std::move(serve)); }
    void shutdown() override { pool_.shutdown(); }

  private:
    ConnectionPool& pool_;
};

// A connection beyond the limit: 503 with Retry-After, and closed once that is sent. The body
// goes out through a content provider that then returns false, the one way cpp-httplib's
// handlers have to close a connection instead of keeping it alive for the next request.
void refuse_busy(httplib::Response& res) {
    res.status = 503;
    res.set_header("Retry-After", "1");
    res.set_header("Connection", "close");
    const std::string body = json_document({{"error", status_reply(503).json}});
    res.set_content_provider(body.size(), "application/json",
                             [body](size_t offset, size_t length, httplib::DataSink& sink) {
                                 sink.write(body.data() + offset, length);
                                 return false;
                             });
}

}  // namespace

struct WebServer::Impl {
    WebOptions opts;
    std::string csrf = random_token();
    std::vector<std::string> hosts;
    int port = 0;
    FoodCache foods;
    // The workers' journal appends, committed together: one fsync for all that wait.
    store::GroupCommit appends;
    // Profiles parsed once per change of their files, not per request.
    app::ProfileMemo profiles;
    // Made when serving starts: its threads must inherit the signal mask the caller set by
    // then (cmd_web.cpp waits for Ctrl-C in one thread, with the signal blocked in all others).
    std::unique_ptr<ConnectionPool> pool;
    httplib::Server http;  // after `pool`: destroyed first

    explicit Impl(WebOptions o) : opts(std::move(o)) {}

    Scope scope(const httplib::Request& req) {
        const app::Now now = app::clock_now();
        const std::string asked = profile_param(req.get_param_value("profile"));
        return Scope{.ws = app::Workspace(
                         app::WorkspaceOptions{.paths = opts.paths,
                                               .today = opts.today.value_or(now.today),
                                               .profile_arg = asked.empty() ? opts.profile : asked,
                                               .standard = opts.standard,
                                               .group_commit = &appends,
                                               .profile_memo = &profiles},
                         foods.get(opts.paths)),
                     .profile = asked,
                     .now_utc = now.utc,
                     .csrf = csrf};
    }

    // Runs `answer` and turns what it throws into a status and a message without paths.
    template <class F>
    void guarded(httplib::Response& res, bool json, F&& answer) {
        try {
            answer();
        } catch (...) {
            const ErrorReply e = error_reply(std::current_exception(), opts.paths);
            res.status = e.status;
            if (json)
                res.set_content(json_document({{"error", e.json}}), "application/json");
            else
                res.set_content(error_page(e), "text/html; charset=utf-8");
        }
    }

    void json_get(const std::string& pattern,
                  std::function<nlohmann::json(Scope&, const httplib::Request&)> f) {
        http.Get(pattern, [this, f](const httplib::Request& req, httplib::Response& res) {
            guarded(res, true, [&] {
                Scope s = scope(req);
                res.set_content(json_document(f(s, req)), "application/json");
            });
        });
    }

    // A state-changing route: the body must be JSON (the pre-routing check has passed).
    template <class Register>
    void json_write(
        Register reg, const std::string& pattern,
        std::function<nlohmann::json(Scope&, const httplib::Request&, const nlohmann::json&)> f) {
        (http.*reg)(pattern, [this, f](const httplib::Request& req, httplib::Response& res) {
            guarded(res, true, [&] {
                const nlohmann::json body = req.body.empty()
                                                ? nlohmann::json::object()
                                                : nlohmann::json::parse(req.body, nullptr, false);
                if (body.is_discarded()) throw UsageError("the request body is not valid JSON");
                Scope s = scope(req);
                res.set_content(json_document(f(s, req, body)), "application/json");
            });
        });
    }

    void page(const std::string& pattern,
              std::function<std::string(Scope&, const httplib::Request&)> f) {
        http.Get(pattern, [this, f](const httplib::Request& req, httplib::Response& res) {
            guarded(res, false, [&] {
                Scope s = scope(req);
                res.set_content(f(s, req), "text/html; charset=utf-8");
            });
        });
    }

    void routes();
    void limits();
    httplib::Server::HandlerResponse check(const httplib::Request& req, httplib::Response& res);
};

void WebServer::Impl::routes() {
    for (const Asset& a : assets())
        http.Get(std::string(a.path), [a](const httplib::Request&, httplib::Response& res) {
            res.set_content(std::string(a.body), std::string(a.type));
        });
    page("/", [](Scope& s, const httplib::Request& r) { return day_page(s, params_of(r)); });
    page("/check", [](Scope& s, const httplib::Request& r) { return check_page(s, params_of(r)); });
    page("/week", [](Scope& s, const httplib::Request& r) { return week_page(s, params_of(r)); });
    page("/foods", [](Scope& s, const httplib::Request& r) { return foods_page(s, params_of(r)); });
    page(R"(/foods/([^/]+))",
         [](Scope& s, const httplib::Request& r) { return food_page(s, r.matches[1]); });
    page("/profiles", [](Scope& s, const httplib::Request&) { return profiles_page(s); });

    json_get("/api/v1/foods",
             [](Scope& s, const httplib::Request& r) { return api_foods_search(s, params_of(r)); });
    // Before /api/v1/foods/ID, which would take "top" for a food id.
    json_get("/api/v1/foods/top",
             [](Scope& s, const httplib::Request& r) { return api_foods_top(s, params_of(r)); });
    json_get(R"(/api/v1/foods/([^/]+))",
             [](Scope& s, const httplib::Request& r) { return api_food(s, r.matches[1]); });
    json_get("/api/v1/entries",
             [](Scope& s, const httplib::Request& r) { return api_entries(s, params_of(r)); });
    json_get("/api/v1/check",
             [](Scope& s, const httplib::Request& r) { return api_check(s, params_of(r)); });
    json_get("/api/v1/report/week",
             [](Scope& s, const httplib::Request& r) { return api_week(s, params_of(r)); });
    json_get("/api/v1/meals", [](Scope& s, const httplib::Request&) { return api_meals(s); });
    json_get("/api/v1/profiles", [](Scope& s, const httplib::Request&) { return api_profiles(s); });
    json_get(R"(/api/v1/profiles/([^/]+))",
             [](Scope& s, const httplib::Request& r) { return api_profile(s, r.matches[1]); });

    using S = httplib::Server;
    json_write(static_cast<S& (S::*)(const std::string&, S::Handler)>(&S::Post), "/api/v1/entries",
               [](Scope& s, const httplib::Request&, const nlohmann::json& b) {
                   return api_add_entry(s, b);
               });
    json_write(static_cast<S& (S::*)(const std::string&, S::Handler)>(&S::Post), "/api/v1/foods",
               [](Scope& s, const httplib::Request&, const nlohmann::json& b) {
                   return api_add_food(s, b);
               });
    json_write(static_cast<S& (S::*)(const std::string&, S::Handler)>(&S::Post),
               "/api/v1/entries/copy",
               [](Scope& s, const httplib::Request&, const nlohmann::json& b) {
                   return api_copy_day(s, b);
               });
    json_write(static_cast<S& (S::*)(const std::string&, S::Handler)>(&S::Post),
               "/api/v1/entries/meal",
               [](Scope& s, const httplib::Request&, const nlohmann::json& b) {
                   return api_log_meal(s, b);
               });
    json_write(static_cast<S& (S::*)(const std::string&, S::Handler)>(&S::Put),
               R"(/api/v1/profiles/([^/]+))",
               [](Scope& s, const httplib::Request& r, const nlohmann::json& b) {
                   return api_put_profile(s, r.matches[1], b);
               });
    json_write(static_cast<S& (S::*)(const std::string&, S::Handler)>(&S::Patch),
               R"(/api/v1/entries/([^/]+))",
               [](Scope& s, const httplib::Request& r, const nlohmann::json& b) {
                   return api_edit_entry(s, r.matches[1], b);
               });
    json_write(static_cast<S& (S::*)(const std::string&, S::Handler)>(&S::Delete),
               R"(/api/v1/entries/([^/]+))",
               [](Scope& s, const httplib::Request& r, const nlohmann::json&) {
                   return api_delete_entry(s, r.matches[1]);
               });
}

// Every request, before routing: security.hpp's checks on the request's fields.
httplib::Server::HandlerResponse WebServer::Impl::check(const httplib::Request& req,
                                                        httplib::Response& res) {
    if (pool && pool->refusing_here()) {
        refuse_busy(res);
        return httplib::Server::HandlerResponse::Handled;
    }
    const Verdict v =
        check_request(RequestFacts{.method = req.method,
                                   .host = req.get_header_value("Host"),
                                   .authorization = req.get_header_value("Authorization"),
                                   .cookie = req.get_header_value("Cookie"),
                                   .token_param = req.get_param_value("token"),
                                   .origin = req.get_header_value("Origin"),
                                   .csrf_header = req.get_header_value("X-CSRF-Token")},
                      Gate{.hosts = hosts, .access_token = opts.access_token, .csrf = csrf});
    if (!v.set_cookie.empty()) res.set_header("Set-Cookie", v.set_cookie);
    if (v.status == 0) return httplib::Server::HandlerResponse::Unhandled;
    res.status = v.status;
    res.set_content(json_document({{"error", {{"message", v.message}}}}), "application/json");
    return httplib::Server::HandlerResponse::Handled;
}

void WebServer::Impl::limits() {
    http.set_payload_max_length(kMaxBody);
    // Headers and body go out in two writes: without TCP_NODELAY, Nagle's algorithm holds
    // the body until the client's delayed ACK, some 40 ms later, on every keep-alive request.
    http.set_tcp_nodelay(true);
    http.set_read_timeout(kTimeoutSeconds, 0);
    http.set_write_timeout(kTimeoutSeconds, 0);
    http.set_keep_alive_timeout(kTimeoutSeconds);
    http.set_keep_alive_max_count(100);
    http.new_task_queue = [this] {
        pool = std::make_unique<ConnectionPool>(kMaxConnections, kRefusers);
        return new PoolQueue(*pool);
    };
    httplib::Headers headers;
    for (const auto& [k, v] : security_headers()) headers.emplace(k, v);
    http.set_default_headers(headers);
    http.set_pre_routing_handler(
        [this](const httplib::Request& req, httplib::Response& res) { return check(req, res); });
    http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty() || res.content_length_ > 0) return;  // answered already
        const ErrorReply e = status_reply(res.status);
        res.set_content(json_document({{"error", e.json}}), "application/json");
    });
    // Method, path and status only: never a query string, a body or journal contents.
    http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
        std::cerr << fmt::format("mgcalc web: {} {} {}\n", req.method, req.path, res.status);
    });
}

WebServer::WebServer(WebOptions o) : impl_(std::make_unique<Impl>(std::move(o))) {
    const WebOptions& w = impl_->opts;
    if (!is_loopback(w.listen) && w.access_token.empty())
        throw UsageError(
            fmt::format("--listen {} is not a loopback address: the journal would be open to the "
                        "network without a token",
                        w.listen),
            "give --token-file FILE too, or reach the app through an SSH tunnel (docs/web.md)");
    if (w.port < 0 || w.port > 65535) throw UsageError("--port must be between 0 and 65535");
    impl_->limits();
    impl_->routes();
}

WebServer::~WebServer() = default;

int WebServer::bind() {
    Impl& i = *impl_;
    i.port = i.opts.port == 0
                 ? i.http.bind_to_any_port(i.opts.listen)
                 : (i.http.bind_to_port(i.opts.listen, i.opts.port) ? i.opts.port : -1);
    if (i.port <= 0)
        throw SystemError(fmt::format("cannot listen on {} port {}: it is in use or not allowed",
                                      i.opts.listen, i.opts.port));
    i.hosts = allowed_hosts(i.opts.listen, i.port);
    return i.port;
}

std::string WebServer::url() const {
    return fmt::format("http://{}/", allowed_hosts(impl_->opts.listen, impl_->port).back());
}

bool WebServer::run() {
    return impl_->http.listen_after_bind();
}

void WebServer::stop() {
    impl_->http.stop();
}

}  // namespace mg::web
