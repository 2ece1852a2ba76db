// `mgcalc web` in mgcalc-web: serves the local web app (issue #17, docs/web.md) until
// Ctrl-C or SIGTERM.
#include <fmt/format.h>
#include <malloc.h>
#include <pthread.h>
#include <spawn.h>
#include <sys/wait.h>

#include <csignal>
#include <thread>

#include "cli/command.hpp"
#include "cli/context.hpp"
#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "store/fs.hpp"
#include "web/server.hpp"

extern char** environ;

namespace mg::cli {
namespace {

// The access token: the first line of FILE, at least 32 characters.
std::string read_token(const std::string& file) {
    const std::string text = store::read_required(file, "token file");
    std::string token(trim(text.substr(0, text.find('\n'))));
    if (token.size() < 32)
        throw InputError::plain(
            fmt::format("the token in {} is shorter than 32 characters", file),
            "make one with: head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \\n' > FILE");
    return token;
}

void open_browser(Context& ctx, const std::string& url) {
    pid_t pid = 0;
    const char* argv[] = {"xdg-open", url.c_str(), nullptr};
    if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, const_cast<char* const*>(argv), environ) !=
        0) {
        ctx.warn("could not run xdg-open; open " + url + " yourself");
        return;
    }
    // Reaped at once: xdg-open hands the URL to the browser and exits.
    std::thread([pid] { waitpid(pid, nullptr, 0); }).detach();
}

// Ctrl-C and SIGTERM stop the server cleanly: the signals are blocked in every thread and
// one thread waits for them, so no handler and no global are needed.
class SignalStop {
  public:
    explicit SignalStop(web::WebServer& server) {
        sigemptyset(&set_);
        sigaddset(&set_, SIGINT);
        sigaddset(&set_, SIGTERM);
        sigaddset(&set_, SIGUSR1);  // sent by the destructor to end the waiting thread
        pthread_sigmask(SIG_BLOCK, &set_, &old_);
        thread_ = std::thread([this, &server] {
            int sig = 0;
            sigwait(&set_, &sig);
            if (sig != SIGUSR1) server.stop();
        });
    }
    ~SignalStop() {
        pthread_kill(thread_.native_handle(), SIGUSR1);
        thread_.join();
        pthread_sigmask(SIG_SETMASK, &old_, nullptr);
    }
    SignalStop(const SignalStop&) = delete;
    SignalStop& operator=(const SignalStop&) = delete;

  private:
    sigset_t set_{};
    sigset_t old_{};
    std::thread thread_;
};

int serve(Context& ctx, const po::variables_map& vm) {
    const app::Workspace& ws = ctx.workspace();
    web::WebOptions o{.paths = ctx.paths(),
                      .profile = ws.options().profile_arg,
                      .listen = vm.count("listen") ? vm["listen"].as<std::string>() : "127.0.0.1",
                      .port = vm.count("port") ? vm["port"].as<int>() : web::kDefaultPort,
                      .access_token = vm.count("token-file")
                                          ? read_token(vm["token-file"].as<std::string>())
                                          : std::string(),
                      .today = ctx.today_fixed() ? std::optional<Date>(ctx.today()) : std::nullopt,
                      .standard = ctx.standard_override()};
    if (vm.count("token-file") && !vm.count("listen"))
        throw UsageError("--token-file is for --listen ADDR", "on 127.0.0.1 the app needs none");
    // glibc gives each of the 24 workers' threads a malloc arena of its own (up to 8 per
    // core), and each keeps what its requests freed: the server's RSS at 20 clients was
    // 69 MB with them when each add batch parsed its month (docs/performance.md). With two,
    // a third of the server's futex calls were threads waiting for an arena's lock; with
    // eight the benchmark's peak is about 37 MB.
    ::mallopt(M_ARENA_MAX, 8);
    web::WebServer server(std::move(o));
    // Signals are blocked before the server's threads start, so that they inherit the mask.
    SignalStop stop(server);
    server.bind();
    ctx.out << "Serving on " << server.url() << "\n"
            << "Press Ctrl-C to stop.\n"
            << std::flush;
    if (vm.count("open")) open_browser(ctx, server.url());
    if (!server.run()) throw SystemError("the web server stopped with an error");
    ctx.out << "Stopped.\n";
    return 0;
}

}  // namespace

Command web_command() {
    return web_command_entry(serve);
}

}  // namespace mg::cli
