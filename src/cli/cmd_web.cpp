// web: the local web app over the same data directory (issue #17, docs/web.md). The entry
// is shared; how it runs is the binary's (web_launch.cpp in mgcalc, web_serve.cpp in
// mgcalc-web).
#include <fmt/format.h>

#include "cli/command.hpp"
#include "web/server.hpp"

namespace mg::cli {
namespace {

void options(po::options_description& o) {
    o.add_options()(
        "port", po::value<int>()->value_name("N"),
        fmt::format("port to listen on (default {}; 0 picks a free one)", web::kDefaultPort)
            .c_str())("open", "open the app in the browser (xdg-open)")(
        "listen", po::value<std::string>()->value_name("ADDR"),
        "address to bind (default 127.0.0.1); any other than loopback needs --token-file")(
        "token-file", po::value<std::string>()->value_name("FILE"),
        "a file holding the access token every request must carry (with --listen)");
}

}  // namespace

Command web_command_entry(int (*run)(Context&, const po::variables_map&)) {
    return {.name = "web",
            .summary = "the journal, check and weekly report in a browser (local web app)",
            .usage = "[--port N] [--open] [--listen ADDR --token-file FILE]",
            .details = fmt::format(
                "Serves the local web app on http://127.0.0.1:{}/ (docs/web.md): the day's\n"
                "entries with an add form, the check, the weekly report, foods and profiles,\n"
                "over the same files as the CLI, which can be used at the same time.\n"
                "Only loopback by default. --listen ADDR binds another address and needs\n"
                "--token-file: plain HTTP on a network exposes your health data; prefer an SSH\n"
                "tunnel (ssh -L {}:127.0.0.1:{} HOST).",
                web::kDefaultPort, web::kDefaultPort, web::kDefaultPort),
            .formats = {Format::text},
            .needs = {.foods = true, .journal = true},
            .add_options = options,
            .run = run};
}

}  // namespace mg::cli
