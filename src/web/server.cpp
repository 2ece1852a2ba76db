#include "web/server.hpp"

#include <fmt/format.h>

#include <atomic>
#include <iostream>
#include <mutex>

#include "app/clock.hpp"
#include "core/diagnostic.hpp"
#include "foods/food_db.hpp"
#include "report/json_common.hpp"
#include "store/group_commit.hpp"
#include "store/tree_watch.hpp"
#include "web/api.hpp"
#include "web/assets.hpp"
#include "web/errors.hpp"
#include "web/http_server.hpp"
#include "web/pages.hpp"
#include "web/security.hpp"

namespace mg::web {
namespace {

// The food database, shared by requests and loaded again when its files change.
class FoodCache {
  public:
    std::shared_ptr<const FoodDb> get(const app::DataPaths& paths) {
        using Clock = store::TreeWatch::Clock;
        // No request waits behind another's reload to learn that nothing changed: the watch
        // costs one read of the kernel's queue (store/tree_watch.hpp), under its own lock.
        if (auto db = current(Clock::now())) return db;
        // Let go of after the lock: closing a watch's inotify queue takes milliseconds (the
        // kernel waits for its readers), which no other request should wait for.
        std::shared_ptr<const Loaded> old;
        std::shared_ptr<Loaded> fresh;
        std::lock_guard lock(reloading_);
        if (auto db = current(Clock::now())) return db;  // another request has just loaded them
        // Watched before loading, so that a write in between makes the next request load
        // again rather than keep foods older than their files. When the load throws, nothing
        // is kept and the next request tries again.
        fresh = std::make_shared<Loaded>(
            Loaded{.files = store::TreeWatch({paths.foods, paths.custom_foods_dir}, Clock::now())});
        // Shared as it is: its tables decode the foods requests need, under their own locks,
        // so that memory holds what is used rather than all 13,481 foods.
        fresh->db = app::Workspace(app::WorkspaceOptions{.paths = paths}).shared_foods();
        old = loaded_.exchange(fresh);
        return fresh->db;
    }

  private:
    struct Loaded {
        store::TreeWatch files;
        std::shared_ptr<const FoodDb> db;
    };
    // The database loaded last, or nullptr when none is or its files changed since.
    std::shared_ptr<const FoodDb> current(store::TreeWatch::Clock::time_point now) const {
        const auto loaded = loaded_.load();
        return loaded && !loaded->files.changed(now) ? loaded->db : nullptr;
    }
    std::atomic<std::shared_ptr<const Loaded>> loaded_;
    std::mutex reloading_;  // one load at a time
};

// Gives a request its answer, made by `make` on the connection's I/O thread.
using Later = std::function<void(std::function<HttpResponse()> make)>;

// A route: `path` exactly, or with `segment` the path's prefix and one more non-empty
// segment without a '/', given to the handler (a food id, a profile name, an entry id).
struct Route {
    std::string_view method;  // "GET" routes answer HEAD too
    std::string path;
    bool segment = false;
    std::function<void(const HttpRequest&, const std::string& segment, HttpResponse&)> handle{};
    /// Instead of `handle`, on the I/O thread: answers through `later` (Reply::later), now or
    /// from another thread, without waiting on the disk.
    std::function<void(const HttpRequest&, const std::string& segment, const Later& later)>
        handle_later{};

    bool matches(const HttpRequest& req, std::string& rest) const {
        if (req.method != method && !(method == "GET" && req.method == "HEAD")) return false;
        if (!segment) return req.path == path;
        if (!req.path.starts_with(path) || req.path.size() == path.size()) return false;
        rest = req.path.substr(path.size());
        return rest.find('/') == std::string::npos;
    }
};

// By value: the document is usually a temporary, moved rather than copied.
void set_json(HttpResponse& res, nlohmann::json j) {
    res.content_type = "application/json";
    res.body = json_document(std::move(j));
}

}  // namespace

struct WebServer::Impl {
    WebOptions opts;
    std::string csrf = random_token();
    std::vector<std::string> hosts;
    int port = 0;
    FoodCache foods;
    // Profiles parsed once per change of their files, not per request.
    app::ProfileMemo profiles;
    std::vector<Route> table;
    const std::vector<std::pair<std::string, std::string>> headers = security_headers();
    HttpServer http;
    // The journal appends, committed together: one fsync a batch. It must stay the last
    // member, destroyed first: its committer thread may still be letting go of an answered add
    // (its Scope, its connection) when http.run() returns, and is joined before anything
    // those hold on to goes.
    store::GroupCommit appends;

    explicit Impl(WebOptions o)
        : opts(std::move(o)),
          http(
              HttpLimits{}, [this](const HttpRequest& r, const Reply& reply) { answer(r, reply); },
              [this](int status) { return refusal(status); }, log_request) {}

    Scope scope(const HttpRequest& req) {
        const app::Now now = app::clock_now();
        const std::string asked = profile_param(req.param("profile"));
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
    void guarded(HttpResponse& res, bool json, F&& answer) {
        try {
            answer();
        } catch (...) {
            const ErrorReply e = error_reply(std::current_exception(), opts.paths);
            res.status = e.status;
            if (json) {
                set_json(res, {{"error", e.json}});
            } else {
                res.content_type = "text/html; charset=utf-8";
                res.body = error_page(e);
            }
        }
    }

    // Routes whose handler gets a Scope; `segment` as in Route.
    using Get = std::function<nlohmann::json(Scope&, const HttpRequest&, const std::string&)>;
    using Write = std::function<nlohmann::json(Scope&, const nlohmann::json& body,
                                               const std::string& segment)>;
    using Page = std::function<std::string(Scope&, const HttpRequest&, const std::string&)>;
    using Fill = std::function<void(Scope&, const HttpRequest&, const nlohmann::json& body,
                                    const std::string& segment, HttpResponse&)>;

    // The one way a route is added: `fill` runs with the request's Scope, and what it throws
    // is answered as JSON or as a page. With `reads_body` the body must be JSON, read before
    // the Scope (the checks before routing have passed).
    void scoped(std::string_view method, std::string path, bool segment, bool json, bool reads_body,
                Fill fill) {
        table.push_back(
            {.method = method,
             .path = std::move(path),
             .segment = segment,
             .handle = [this, json, reads_body, fill](const HttpRequest& req,
                                                      const std::string& seg, HttpResponse& res) {
                 guarded(res, json, [&] {
                     const nlohmann::json body = reads_body ? json_body(req) : nlohmann::json();
                     Scope s = scope(req);
                     fill(s, req, body, seg, res);
                 });
             }});
    }

    void json_get(std::string path, bool segment, Get f) {
        scoped("GET", std::move(path), segment, true, false,
               [f](Scope& s, const HttpRequest& r, const nlohmann::json&, const std::string& seg,
                   HttpResponse& res) { set_json(res, f(s, r, seg)); });
    }

    void json_write(std::string_view method, std::string path, bool segment, Write f) {
        scoped(method, std::move(path), segment, true, true,
               [f](Scope& s, const HttpRequest&, const nlohmann::json& body, const std::string& seg,
                   HttpResponse& res) { set_json(res, f(s, body, seg)); });
    }

    void page(std::string path, bool segment, Page f) {
        scoped("GET", std::move(path), segment, false, false,
               [f](Scope& s, const HttpRequest& r, const nlohmann::json&, const std::string& seg,
                   HttpResponse& res) {
                   res.content_type = "text/html; charset=utf-8";
                   res.body = f(s, r, seg);
               });
    }

    // A request's JSON body (an empty one is {}); UsageError when it is not JSON.
    static nlohmann::json json_body(const HttpRequest& req) {
        nlohmann::json body = req.body.empty() ? nlohmann::json::object()
                                               : nlohmann::json::parse(req.body, nullptr, false);
        if (body.is_discarded()) throw UsageError("the request body is not valid JSON");
        return body;
    }

    void add_entry_later(const HttpRequest& req, const Later& later);
    void routes();
    void answer(const HttpRequest& req, const Reply& reply);
    // What every answer gets once made: the JSON error of a status without a body, the
    // cookie keeping the access token, the security headers.
    void complete(HttpResponse& res, const std::string& set_cookie) const {
        if (res.status >= 400 && res.body.empty())
            set_json(res, {{"error", status_reply(res.status).json}});
        if (!set_cookie.empty()) res.headers.emplace_back("Set-Cookie", set_cookie);
        finish(res);
    }
    HttpResponse refusal(int status) const;
    // What every response ends with (security.hpp), made once.
    void finish(HttpResponse& res) const {
        res.headers.insert(res.headers.end(), headers.begin(), headers.end());
    }
    static void log_request(const HttpRequest& req, int status);
};

void WebServer::Impl::routes() {
    for (const Asset& a : assets())
        table.push_back({.method = "GET",
                         .path = std::string(a.path),
                         .handle = [a](const HttpRequest&, const std::string&, HttpResponse& res) {
                             res.content_type = std::string(a.type);
                             res.body = std::string(a.body);
                         }});
    using R = const HttpRequest&;
    using S = const std::string&;
    page("/", false, [](Scope& s, R r, S) { return day_page(s, r.params); });
    page("/check", false, [](Scope& s, R r, S) { return check_page(s, r.params); });
    page("/week", false, [](Scope& s, R r, S) { return week_page(s, r.params); });
    page("/foods", false, [](Scope& s, R r, S) { return foods_page(s, r.params); });
    page("/foods/", true, [](Scope& s, R, S id) { return food_page(s, id); });
    page("/profiles", false, [](Scope& s, R, S) { return profiles_page(s); });

    json_get("/api/v1/foods", false,
             [](Scope& s, R r, S) { return api_foods_search(s, r.params); });
    // Before /api/v1/foods/ID, which would take "top" for a food id.
    json_get("/api/v1/foods/top", false,
             [](Scope& s, R r, S) { return api_foods_top(s, r.params); });
    json_get("/api/v1/foods/", true, [](Scope& s, R, S id) { return api_food(s, id); });
    json_get("/api/v1/entries", false, [](Scope& s, R r, S) { return api_entries(s, r.params); });
    json_get("/api/v1/check", false, [](Scope& s, R r, S) { return api_check(s, r.params); });
    json_get("/api/v1/report/week", false, [](Scope& s, R r, S) { return api_week(s, r.params); });
    json_get("/api/v1/meals", false, [](Scope& s, R, S) { return api_meals(s); });
    json_get("/api/v1/profiles", false, [](Scope& s, R, S) { return api_profiles(s); });
    json_get("/api/v1/profiles/", true, [](Scope& s, R, S name) { return api_profile(s, name); });

    using B = const nlohmann::json&;
    table.push_back(
        {.method = "POST",
         .path = "/api/v1/entries",
         .handle_later = [this](R req, S, const Later& later) { add_entry_later(req, later); }});
    json_write("POST", "/api/v1/foods", false, [](Scope& s, B b, S) { return api_add_food(s, b); });
    json_write("POST", "/api/v1/entries/copy", false,
               [](Scope& s, B b, S) { return api_copy_day(s, b); });
    json_write("POST", "/api/v1/entries/meal", false,
               [](Scope& s, B b, S) { return api_log_meal(s, b); });
    json_write("PUT", "/api/v1/profiles/", true,
               [](Scope& s, B b, S name) { return api_put_profile(s, name, b); });
    json_write("PATCH", "/api/v1/entries/", true,
               [](Scope& s, B b, S id) { return api_edit_entry(s, id, b); });
    json_write("DELETE", "/api/v1/entries/", true,
               [](Scope& s, B, S id) { return api_delete_entry(s, id); });
}

// POST /api/v1/entries without a thread waiting for the fsync: the entry is made and checked
// here, on the connection's I/O thread (no disk wait: the foods and the profile are read as
// a GET reads them); the append joins the journal's group commit, whose committer thread
// writes it; the answer is made back on the I/O thread once the entry is durable
// (docs/web.md#threads).
void WebServer::Impl::add_entry_later(const HttpRequest& req, const Later& later) {
    HttpResponse res;
    bool submitted = false;
    // Everything that may refuse the add, the journal's name included, is answered as any
    // route's error is (guarded), and nothing is written then.
    guarded(res, true, [&] {
        const nlohmann::json body = json_body(req);
        auto s = std::make_shared<Scope>(scope(req));
        PreparedAdd add = api_prepare_add(*s, body);
        std::vector<JournalEntry> entries{add.entry};
        store::JournalStore journal = add.journal;
        journal.append_async(std::move(entries),
                             [this, s, add = std::move(add), later](store::PendingAppend& out) {
                                 later([this, s, add, out = std::move(out)] {
                                     HttpResponse done;
                                     guarded(done, true, [&] {
                                         if (out.error) std::rethrow_exception(out.error);
                                         set_json(done, api_added(*s, add, out.entries, *out.days));
                                     });
                                     return done;
                                 });
                             });
        submitted = true;
    });
    if (!submitted) later([res = std::move(res)] { return res; });
}

// Every request: security.hpp's checks on its fields, then its route; every response gets
// the security headers, and an error without a body gets the JSON one.
void WebServer::Impl::answer(const HttpRequest& req, const Reply& reply) {
    HttpResponse res;
    const Verdict v =
        check_request(RequestFacts{.method = req.method,
                                   .host = req.header("Host"),
                                   .host_headers = req.header_count("Host"),
                                   .authorization = req.header("Authorization"),
                                   .cookie = req.header("Cookie"),
                                   .token_param = req.param("token"),
                                   .origin = req.header("Origin"),
                                   .csrf_header = req.header("X-CSRF-Token")},
                      Gate{.hosts = hosts, .access_token = opts.access_token, .csrf = csrf});
    std::string segment;
    if (v.status != 0) {
        res.status = v.status;
        set_json(res, {{"error", {{"message", v.message}}}});
    } else if (auto r = std::find_if(table.begin(), table.end(),
                                     [&](const Route& r) { return r.matches(req, segment); });
               r != table.end()) {
        if (r->handle_later) {
            r->handle_later(req, segment, [this, reply, cookie = v.set_cookie](auto make) {
                reply.later([this, make = std::move(make), cookie] {
                    HttpResponse done = make();
                    complete(done, cookie);
                    return done;
                });
            });
            return;
        }
        if (req.method != "GET" && req.method != "HEAD") {
            // It may wait on the disk: a worker's, not this I/O thread's.
            reply.work([this, r, &req, segment, cookie = v.set_cookie] {
                HttpResponse done;
                r->handle(req, segment, done);
                complete(done, cookie);
                return done;
            });
            return;
        }
        r->handle(req, segment, res);
    } else {
        res.status = 404;
    }
    complete(res, v.set_cookie);
    reply(std::move(res));
}

// A request the HTTP layer refused before routing (too long, malformed, one connection too
// many): the status's JSON error, with the security headers.
HttpResponse WebServer::Impl::refusal(int status) const {
    HttpResponse res{.status = status};
    set_json(res, {{"error", status_reply(status).json}});
    if (status == 503) res.headers.emplace_back("Retry-After", "1");
    finish(res);
    return res;
}

// Method, path and status only: never a query string, a body or journal contents.
void WebServer::Impl::log_request(const HttpRequest& req, int status) {
    std::cerr << fmt::format("mgcalc web: {} {} {}\n", req.method, req.path, status);
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
    impl_->routes();
}

WebServer::~WebServer() = default;

int WebServer::bind() {
    Impl& i = *impl_;
    i.port = i.http.bind(i.opts.listen, i.opts.port);
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
    return impl_->http.run();
}

void WebServer::stop() {
    impl_->http.stop();
}

}  // namespace mg::web
