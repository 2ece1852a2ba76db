// Thin entry point: gathers the outside world (arguments, environment, clock, terminal)
// and hands it to the CLI layer, which never reads them itself.
#include <unistd.h>

#include <climits>
#include <iostream>

#include "app/clock.hpp"
#include "cli/app.hpp"

extern char** environ;

int main(int argc, char** argv) {
    mg::cli::Environment env;
    for (char** e = environ; e && *e; ++e) {
        const std::string kv(*e);
        const auto eq = kv.find('=');
        if (eq != std::string::npos) env.vars[kv.substr(0, eq)] = kv.substr(eq + 1);
    }
    char buf[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n > 0) {
        std::string exe(buf, static_cast<size_t>(n));
        env.exe_dir = exe.substr(0, exe.find_last_of('/'));
    }
    const mg::app::Now now = mg::app::clock_now();
    env.today = now.today;
    env.now_utc = now.utc;
    env.stdout_is_tty = isatty(STDOUT_FILENO) == 1;
    env.stdin_is_tty = isatty(STDIN_FILENO) == 1;
    std::vector<std::string> args(argv + 1, argv + argc);
    return mg::cli::run(args, std::move(env), std::cin, std::cout, std::cerr);
}
