#pragma once
#include <memory>
#include <optional>
#include <string>

#include "app/data_paths.hpp"
#include "core/date.hpp"
#include "dri/dri.hpp"

namespace mg::web {

/// The port `mgcalc web` listens on unless --port says otherwise (docs/web.md).
inline constexpr int kDefaultPort = 8431;

/// How `mgcalc web` was started.
struct WebOptions {
    app::DataPaths paths{};
    std::string profile{};             ///< default profile: a name, or "" for the only one
    std::string listen = "127.0.0.1";  ///< the address to bind
    int port = kDefaultPort;           ///< 0 picks a free port
    std::string access_token{};        ///< required on every request when not on loopback
    std::optional<Date> today{};       ///< a fixed date (--today); else the clock, per request
    std::optional<Standard> standard{};
};

/// The local web app (issue #17): pages and the /api/v1/ JSON API over the same data
/// directory as the CLI, through the application layer. One object holds all its state.
class WebServer {
  public:
    /// Throws UsageError when `o.listen` is not a loopback address and there is no access
    /// token: health data is not served to a network without one.
    explicit WebServer(WebOptions o);
    ~WebServer();
    WebServer(const WebServer&) = delete;
    WebServer& operator=(const WebServer&) = delete;

    /// Binds the socket and returns the port (the free one chosen for port 0). Throws
    /// SystemError when the address cannot be bound.
    int bind();
    /// The URL to open: "http://127.0.0.1:PORT/". Valid after bind().
    std::string url() const;
    /// Serves until stop() is called. Returns false when serving failed.
    bool run();
    /// Stops run() from any thread; open requests finish first.
    void stop();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace mg::web
